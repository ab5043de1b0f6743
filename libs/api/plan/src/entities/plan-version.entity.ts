import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Editable } from '@pakt/api-alliance';
import { PLAN_VERSION_STATES, type PlanVersionState } from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { PlanVersionStateEnum } from '../graphql-enums';
import { AlliancePlan } from './alliance-plan.entity';

/** The indicator as it was when the version was approved: the published plan keeps its figures. */
export interface FrozenIndicator {
  id: string;
  version: number;
  name: string;
  unit: string;
  description: string | null;
  source: string | null;
  series: string[];
  observations: Array<{ series: string; period: number; value: number }>;
  updatedAt: string;
}

/**
 * One version of the Bündnisplan: a draft edited by the steering board's chair or the secretariat,
 * submitted for sign-off, approved (frozen and published) once chair and deputy have signed.
 */
@ObjectType('PlanVersion', { description: 'A version of the Bündnisplan' })
@Entity({ name: 'plan_version' })
@Unique('UQ_plan_version_plan_number', ['planId', 'number'])
@Index('IDX_plan_version_alliance_id', ['allianceId'])
// At most one unapproved version per plan, even when two people start one at the same moment.
@Index('UQ_plan_version_one_unapproved', ['planId'], { unique: true, where: `"state" <> 'APPROVED'` })
export class PlanVersion extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_plan_version' })
  id!: string;

  // Indexed through UQ_plan_version_plan_number, whose first column it is.
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => AlliancePlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_plan_version_plan' })
  plan?: Relation<AlliancePlan>;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_plan_version_alliance' })
  alliance?: Relation<Alliance>;

  @Field(() => Int, { description: 'Counts the versions of the plan: 1, 2, …' })
  @Column({ type: 'integer' })
  number!: number;

  @Field(() => PlanVersionStateEnum)
  @Column({ type: 'enum', enum: PLAN_VERSION_STATES, enumName: 'plan_version_state' })
  state!: PlanVersionState;

  @Field({ description: '1–200 characters' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'The Standortbestimmung' })
  @Column({ name: 'situation_assessment', type: 'text', default: '' })
  situationAssessment!: string;

  @Field({ description: 'The initiatives section' })
  @Column({ name: 'initiatives_text', type: 'text', default: '' })
  initiativesText!: string;

  @Field({ description: 'The Selbstverpflichtung' })
  @Column({ type: 'text', default: '' })
  commitments!: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the second sign-off approved it' })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** Written on approval: the indicators with their figures as approved. Null before. */
  @Column({ name: 'frozen_indicators', type: 'jsonb', nullable: true })
  frozenIndicators!: FrozenIndicator[] | null;
}
