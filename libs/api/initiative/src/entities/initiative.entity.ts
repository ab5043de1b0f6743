import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Editable, Organisation, Person } from '@pakt/api-alliance';
import {
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  REPORTING_CYCLES,
  type InitiativeKind,
  type InitiativeStatus,
  type ReportingCycle,
} from '@pakt/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InitiativeKindEnum, InitiativeStatusEnum, ReportingCycleEnum } from '../graphql-enums';

/**
 * An initiative in the alliance's register: a single one (one lead organisation) or a joint one (a
 * lead plus partners). latestPercent and lastReportOn repeat the newest progress report, written
 * in the report's transaction, so that the dashboard need not look through every report.
 */
@ObjectType('Initiative', { description: 'A single or joint initiative of the alliance’s partners' })
@Entity({ name: 'initiative' })
@Check('CHK_initiative_period', `"end_on" IS NULL OR "end_on" >= "start_on"`)
@Check('CHK_initiative_latest_percent', `"latest_percent" IS NULL OR "latest_percent" BETWEEN 0 AND 100`)
// The register sorted by name; the dashboard by status; who leads what.
@Index('IDX_initiative_alliance_name', ['allianceId', 'name'])
@Index('IDX_initiative_alliance_status', ['allianceId', 'status'])
@Index('IDX_initiative_lead_organisation_id', ['leadOrganisationId'])
@Index('IDX_initiative_created_by_person_id', ['createdByPersonId'])
// An expression index (names unique without regard to case) that TypeORM cannot describe: the migration owns it.
@Index('UQ_initiative_alliance_lower_name', { synchronize: false })
export class Initiative extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_initiative_alliance' })
  alliance?: Relation<Alliance>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field(() => InitiativeKindEnum)
  @Column({ type: 'enum', enum: INITIATIVE_KINDS, enumName: 'initiative_kind' })
  kind!: InitiativeKind;

  @Field(() => InitiativeStatusEnum)
  @Column({ type: 'enum', enum: INITIATIVE_STATUSES, enumName: 'initiative_status' })
  status!: InitiativeStatus;

  @Column({ name: 'lead_organisation_id', type: 'uuid' })
  leadOrganisationId!: string;

  // No cascade: an organisation that leads initiatives must not vanish with them.
  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'lead_organisation_id', foreignKeyConstraintName: 'FK_initiative_lead_organisation' })
  leadOrganisation?: Relation<Organisation>;

  @Field(() => [String], { description: 'Whom it is for, e.g. "Geflüchtete", "Pflegekräfte aus dem Ausland"' })
  @Column({ name: 'target_groups', type: 'text', array: true })
  targetGroups!: string[];

  @Field(() => LocalDateResolver)
  @Column({ name: 'start_on', type: 'date' })
  startOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while open-ended' })
  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'funding_notes', type: 'text', nullable: true })
  fundingNotes!: string | null;

  @Field(() => ReportingCycleEnum)
  @Column({ name: 'reporting_cycle', type: 'enum', enum: REPORTING_CYCLES, enumName: 'reporting_cycle' })
  reportingCycle!: ReportingCycle;

  @Field(() => Int, { nullable: true, name: 'progressPercent', description: 'Percent complete as of the latest progress report; null before the first' })
  @Column({ name: 'latest_percent', type: 'integer', nullable: true })
  latestPercent!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date of the latest progress report' })
  @Column({ name: 'last_report_on', type: 'date', nullable: true })
  lastReportOn!: string | null;

  /** Null for initiatives that came with the demo data. */
  @Column({ name: 'created_by_person_id', type: 'uuid', nullable: true })
  createdByPersonId!: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'created_by_person_id', foreignKeyConstraintName: 'FK_initiative_created_by' })
  createdBy?: Relation<Person> | null;
}
