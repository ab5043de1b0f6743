import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Editable, Person } from '@pakt/api-alliance';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@pakt/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { InitiativeStatusEnum } from '../graphql-enums';
import { Initiative } from './initiative.entity';

/** One step of the status history: from (null: the initiative was created) to, dated, with its note. */
@ObjectType('InitiativeStatusChange', { description: 'One step of an initiative’s status history' })
@Entity({ name: 'initiative_status_change' })
@Index('IDX_initiative_status_change_initiative_at', ['initiativeId', 'at'])
// The dashboard's status over time reads the changes of an alliance by day.
@Index('IDX_initiative_status_change_alliance_effective', ['allianceId', 'effectiveOn'])
@Index('IDX_initiative_status_change_actor_person_id', ['actorPersonId'])
export class InitiativeStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_status_change' })
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_status_change_initiative' })
  initiative?: Relation<Initiative>;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field(() => InitiativeStatusEnum, { nullable: true, description: 'Null for the first entry, when the initiative entered the register' })
  @Column({ name: 'from_status', type: 'enum', enum: INITIATIVE_STATUSES, enumName: 'initiative_status', nullable: true })
  fromStatus!: InitiativeStatus | null;

  @Field(() => InitiativeStatusEnum)
  @Column({ name: 'to_status', type: 'enum', enum: INITIATIVE_STATUSES, enumName: 'initiative_status' })
  toStatus!: InitiativeStatus;

  @Field(() => LocalDateResolver, { description: 'The day the change took effect' })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  @Field({ description: 'Why; for CANCELLED the reason' })
  @Column({ type: 'text' })
  note!: string;

  // Null: the demo data. No SET NULL, which would turn a person into nobody.
  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'actor_person_id', foreignKeyConstraintName: 'FK_initiative_status_change_actor' })
  actor?: Relation<Person> | null;

  @Field({ description: 'When it was recorded' })
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** A milestone with its due date; done once someone marks it so. */
@ObjectType('InitiativeMilestone')
@Entity({ name: 'initiative_milestone' })
@Index('IDX_initiative_milestone_initiative_due', ['initiativeId', 'dueOn'])
// Partial (open milestones only) for the dashboard's overdue list: the migration owns it.
@Index('IDX_initiative_milestone_alliance_open_due', { synchronize: false })
export class InitiativeMilestone extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_milestone' })
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_milestone_initiative' })
  initiative?: Relation<Initiative>;

  /** Repeated from the initiative: the dashboard finds an alliance's overdue milestones by a partial index. */
  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => LocalDateResolver)
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while not done' })
  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;
}

/** A progress report: how far the initiative is, in words and in its indicators' values. */
@ObjectType('InitiativeProgressReport')
@Entity({ name: 'initiative_progress_report' })
@Check('CHK_initiative_progress_report_percent', `"percent" BETWEEN 0 AND 100`)
@Index('IDX_initiative_progress_report_initiative_reported', ['initiativeId', 'reportedOn', 'createdAt'])
@Index('IDX_initiative_progress_report_author_person_id', ['authorPersonId'])
export class InitiativeProgressReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_progress_report' })
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_progress_report_initiative' })
  initiative?: Relation<Initiative>;

  @Field(() => LocalDateResolver, { description: 'The day the report speaks of' })
  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  @Field(() => Int, { description: '0–100' })
  @Column({ type: 'integer' })
  percent!: number;

  @Field()
  @Column({ type: 'text' })
  narrative!: string;

  @Column({ name: 'author_person_id', type: 'uuid', nullable: true })
  authorPersonId!: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'FK_initiative_progress_report_author' })
  author?: Relation<Person> | null;

  @Field({ description: 'When it was filed' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An indicator of the initiative: where it started (baseline), where it wants to be (target). */
@ObjectType('InitiativeIndicator')
@Entity({ name: 'initiative_indicator' })
@Unique('UQ_initiative_indicator_initiative_name', ['initiativeId', 'name'])
export class InitiativeIndicator extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_indicator' })
  id!: string;

  // Indexed through UQ_initiative_indicator_initiative_name, whose first column it is.
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_indicator_initiative' })
  initiative?: Relation<Initiative>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: 'e.g. "Teilnehmende", "%"' })
  @Column({ type: 'varchar', length: 50 })
  unit!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  baseline!: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  target!: number;
}

/** A measured value of an initiative's indicator, given with a progress report. */
@ObjectType('InitiativeIndicatorValue')
@Entity({ name: 'initiative_indicator_value' })
@Unique('UQ_initiative_indicator_value_report_indicator', ['reportId', 'indicatorId'])
@Index('IDX_initiative_indicator_value_indicator_measured', ['indicatorId', 'measuredOn'])
export class InitiativeIndicatorValue {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_indicator_value' })
  id!: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @ManyToOne(() => InitiativeIndicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_initiative_indicator_value_indicator' })
  indicator?: Relation<InitiativeIndicator>;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => InitiativeProgressReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_initiative_indicator_value_report' })
  report?: Relation<InitiativeProgressReport>;

  @Field(() => LocalDateResolver, { description: 'The date of the report that gave it' })
  @Column({ name: 'measured_on', type: 'date' })
  measuredOn!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;
}
