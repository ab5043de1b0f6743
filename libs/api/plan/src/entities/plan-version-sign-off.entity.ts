import { Person } from '@pakt/api-alliance';
import { SIGN_OFF_ROLES, type SignOffRole } from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, Unique } from 'typeorm';
import { PlanVersion } from './plan-version.entity';

/** A signature under a submitted version: one per role, and one per person. */
@Entity({ name: 'plan_version_sign_off' })
@Unique('UQ_plan_version_sign_off_person', ['planVersionId', 'personId'])
@Index('IDX_plan_version_sign_off_person_id', ['personId'])
export class PlanVersionSignOff {
  @PrimaryColumn({ name: 'plan_version_id', type: 'uuid', primaryKeyConstraintName: 'PK_plan_version_sign_off' })
  planVersionId!: string;

  @PrimaryColumn({ type: 'enum', enum: SIGN_OFF_ROLES, enumName: 'sign_off_role', primaryKeyConstraintName: 'PK_plan_version_sign_off' })
  role!: SignOffRole;

  @ManyToOne(() => PlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_version_id', foreignKeyConstraintName: 'FK_plan_version_sign_off_plan_version' })
  planVersion?: Relation<PlanVersion>;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  // No cascade: who signed the plan stays on record.
  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_plan_version_sign_off_person' })
  person?: Relation<Person>;

  @Column({ name: 'signed_at', type: 'timestamptz', default: () => 'now()' })
  signedAt!: Date;
}
