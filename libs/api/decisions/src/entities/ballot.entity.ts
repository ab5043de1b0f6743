import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Body, Editable } from '@pakt/api-alliance';
import {
  BALLOT_STATUSES,
  BALLOT_SUBJECT_TYPES,
  type BallotOutcome,
  type BallotStatus,
  type BallotSubjectType,
  MAJORITY_RULES,
  type MajorityRule,
  VOTING_UNITS,
  type VotingUnit,
} from '@pakt/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BallotStatusEnum, BallotSubjectTypeEnum, MajorityRuleEnum, VotingUnitEnum } from '../graphql-enums';

/**
 * One vote of a body on one subject. Its settings can change only while it is a DRAFT; opening
 * fixes the eligible voters (BallotVoter); closing computes the result and freezes it together
 * with a checksum of the votes it was computed from.
 */
@ObjectType('Ballot', { description: 'A vote of a body on a motion, an amendment, the declaration or a plan version' })
@Entity({ name: 'ballot' })
@Index('IDX_ballot_body_id', ['bodyId'])
@Index('IDX_ballot_alliance_id', ['allianceId'])
@Index('IDX_ballot_subject', ['subjectType', 'subjectId'])
@Check('CHK_ballot_quorum', `"quorum_percent" BETWEEN 0 AND 100`)
export class Ballot extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ballot' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_ballot_alliance' })
  alliance?: Relation<Alliance>;

  @Field(() => ID)
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'FK_ballot_body' })
  body?: Relation<Body>;

  @Field(() => BallotSubjectTypeEnum)
  @Column({ name: 'subject_type', type: 'enum', enum: BALLOT_SUBJECT_TYPES, enumName: 'ballot_subject_type' })
  subjectType!: BallotSubjectType;

  @Field(() => ID, { nullable: true, description: 'The amendment, declaration or plan version decided; null for a motion' })
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Field({ description: '1–200 characters' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'The text voted on' })
  @Column({ name: 'motion_text', type: 'text', default: '' })
  motionText!: string;

  @Field(() => [String], { description: 'Named options; empty for a YES / NO ballot. ABSTAIN is always possible.' })
  @Column({ type: 'jsonb' })
  options!: string[];

  @Field(() => VotingUnitEnum)
  @Column({ name: 'voting_unit', type: 'enum', enum: VOTING_UNITS, enumName: 'voting_unit' })
  votingUnit!: VotingUnit;

  @Field(() => MajorityRuleEnum)
  @Column({ type: 'enum', enum: MAJORITY_RULES, enumName: 'majority_rule' })
  majority!: MajorityRule;

  @Field(() => Int, { description: 'Minimum share (0–100 %) of the eligible weight that has to take part' })
  @Column({ name: 'quorum_percent', type: 'integer', default: 0 })
  quorumPercent!: number;

  @Field({ description: 'The majority must also hold within every camp of organisations' })
  @Column({ name: 'double_majority', type: 'boolean', default: false })
  doubleMajority!: boolean;

  @Field({ description: 'Secret: who voted what is never stored together. Open: shown after closing.' })
  @Column({ type: 'boolean', default: false })
  secret!: boolean;

  @Field({ description: 'Whether a vote may be changed while the ballot is open (never in a secret ballot)' })
  @Column({ name: 'vote_changes_allowed', type: 'boolean', default: false })
  voteChangesAllowed!: boolean;

  @Field(() => Int, { description: 'How many delegated votes one voter may hold; 0: no delegation' })
  @Column({ name: 'max_delegations', type: 'integer', default: 1 })
  maxDelegations!: number;

  @Field(() => String, { nullable: true, description: 'Ballots of one meeting share it; a delegation for the meeting covers them all' })
  @Column({ name: 'meeting_key', type: 'varchar', length: 100, nullable: true })
  meetingKey!: string | null;

  /** Weights per voter id set while a DRAFT; copied into the eligibility snapshot when the ballot opens. */
  @Column({ type: 'jsonb' })
  weights!: Array<{ voterId: string; weight: number }>;

  @Field(() => BallotStatusEnum)
  @Column({ type: 'enum', enum: BALLOT_STATUSES, enumName: 'ballot_status', default: 'DRAFT' })
  status!: BallotStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** The frozen result, written when the ballot closes. */
  @Column({ type: 'jsonb', nullable: true })
  outcome!: BallotOutcome | null;

  /** SHA-256 over the canonical eligible voters, votes and result; recomputed and compared whenever the result is read. */
  @Column({ name: 'result_checksum', type: 'char', length: 64, nullable: true })
  resultChecksum!: string | null;

  @Column({ name: 'created_by_person_id', type: 'uuid', nullable: true })
  createdByPersonId!: string | null;
}
