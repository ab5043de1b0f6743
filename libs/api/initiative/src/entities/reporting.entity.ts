import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Person } from '@pakt/api-alliance';
import type { InitiativeKind, InitiativeStatus } from '@pakt/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { InitiativeKindEnum, InitiativeStatusEnum } from '../graphql-enums';
import { Initiative } from './initiative.entity';

/** A reporting round: the secretariat asks every initiative running at the time for a report by a date. */
@ObjectType('ReportingRound', { description: 'The secretariat asks every running initiative for a report by a date' })
@Entity({ name: 'reporting_round' })
@Index('IDX_reporting_round_alliance_opened', ['allianceId', 'openedAt'])
@Index('IDX_reporting_round_opened_by_person_id', ['openedByPersonId'])
export class ReportingRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_reporting_round' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_reporting_round_alliance' })
  alliance?: Relation<Alliance>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => LocalDateResolver, { description: 'Reports are asked for by this day' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'opened_by_person_id', type: 'uuid' })
  openedByPersonId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'opened_by_person_id', foreignKeyConstraintName: 'FK_reporting_round_opened_by' })
  openedBy?: Relation<Person>;

  @Field({ description: 'Reports filed from this moment on answer the round' })
  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;
}

/** An initiative a round asks for a report: those RUNNING when the round was opened. */
@Entity({ name: 'reporting_round_initiative' })
@Index('IDX_reporting_round_initiative_initiative_id', ['initiativeId'])
export class ReportingRoundInitiative {
  @PrimaryColumn({ name: 'round_id', type: 'uuid', primaryKeyConstraintName: 'PK_reporting_round_initiative' })
  roundId!: string;

  @PrimaryColumn({ name: 'initiative_id', type: 'uuid', primaryKeyConstraintName: 'PK_reporting_round_initiative' })
  initiativeId!: string;

  @ManyToOne(() => ReportingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_reporting_round_initiative_round' })
  round?: Relation<ReportingRound>;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_reporting_round_initiative_initiative' })
  initiative?: Relation<Initiative>;
}

/**
 * A reminder that a report is due, for one representative of the lead organisation. The row is
 * the claim: the periodic job inserts it (the unique constraint lets only one process win for an
 * initiative, person and due date) and mails only the rows it inserted, so nobody gets a mail twice.
 */
@ObjectType('InitiativeReminder', { description: 'A report is due; shown in the app to the lead organisation’s representatives' })
@Entity({ name: 'initiative_reminder' })
@Unique('UQ_initiative_reminder_initiative_person_due', ['initiativeId', 'personId', 'dueOn'])
@Index('IDX_initiative_reminder_person_dismissed', ['personId', 'dismissedAt'])
@Index('IDX_initiative_reminder_round_id', ['roundId'])
export class InitiativeReminder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_reminder' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_reminder_initiative' })
  initiative?: Relation<Initiative>;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_initiative_reminder_person' })
  person?: Relation<Person>;

  @Field(() => LocalDateResolver, { description: 'The report is due by this day' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** The round that asked, or null when the reporting cycle did. */
  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId!: string | null;

  @ManyToOne(() => ReportingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_initiative_reminder_round' })
  round?: Relation<ReportingRound> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;

  @Column({ name: 'dismissed_at', type: 'timestamptz', nullable: true })
  dismissedAt!: Date | null;
}

/** One initiative as a publication shows it: names only, frozen at publishing. */
@ObjectType('PublishedInitiative')
export class PublishedInitiative {
  @Field(() => ID, { description: 'The initiative in the register (members open it there)' }) id!: string;
  @Field() name!: string;
  @Field(() => InitiativeKindEnum) kind!: InitiativeKind;
  @Field(() => InitiativeStatusEnum) status!: InitiativeStatus;
  @Field() leadOrganisation!: string;
  @Field(() => [String]) partnerOrganisations!: string[];
  @Field(() => [String]) actionFields!: string[];
  @Field(() => [String]) regions!: string[];
  @Field(() => LocalDateResolver) startOn!: string;
  @Field(() => LocalDateResolver, { nullable: true }) endOn!: string | null;
  @Field(() => Int, { nullable: true }) progressPercent!: number | null;
}

/** The list of initiatives and their status as the secretariat published it for partners and observers. */
@ObjectType('InitiativePublication', { description: 'The register’s list as published: read-only, as it was at publishing' })
@Entity({ name: 'initiative_publication' })
@Index('IDX_initiative_publication_alliance_published', ['allianceId', 'publishedAt'])
@Index('IDX_initiative_publication_published_by_person_id', ['publishedByPersonId'])
export class InitiativePublication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_initiative_publication' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_initiative_publication_alliance' })
  alliance?: Relation<Alliance>;

  @Column({ name: 'published_by_person_id', type: 'uuid' })
  publishedByPersonId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'published_by_person_id', foreignKeyConstraintName: 'FK_initiative_publication_published_by' })
  publishedBy?: Relation<Person>;

  @Field()
  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Field(() => [PublishedInitiative], { description: 'By name' })
  @Column({ type: 'jsonb' })
  entries!: PublishedInitiative[];
}
