import { ALLIANCE_ROLES, type AllianceRole as AllianceRoleKind } from '@pakt/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A role a person holds in the alliance itself rather than in one of its bodies (today: the
 * secretariat, which administers the alliance). The relations name their targets as strings
 * because api-alliance depends on this library, not the other way round.
 */
@Entity({ name: 'alliance_role' })
@Unique('UQ_alliance_role_person_role', ['personId', 'role'])
@Index('IDX_alliance_role_alliance_id', ['allianceId'])
export class AllianceRole {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alliance_role' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne('Alliance', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_alliance_role_alliance' })
  alliance?: object;

  // Indexed through UQ_alliance_role_person_role, whose first column it is.
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne('Person', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_alliance_role_person' })
  person?: object;

  @Column({ type: 'enum', enum: ALLIANCE_ROLES, enumName: 'alliance_role_kind' })
  role!: AllianceRoleKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
