import { Person } from '@pakt/api-alliance';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Ballot } from './ballot.entity';

/** A person hands their vote to another for one ballot, or for every ballot of a meeting (ballots sharing the meetingKey of one body). */
@Entity({ name: 'ballot_delegation' })
@Index('UQ_ballot_delegation_ballot_delegator', ['ballotId', 'delegatorId'], { unique: true, where: '"ballot_id" IS NOT NULL' })
@Index('UQ_ballot_delegation_meeting_delegator', ['bodyId', 'meetingKey', 'delegatorId'], { unique: true, where: '"meeting_key" IS NOT NULL' })
@Index('IDX_ballot_delegation_delegate_id', ['delegateId'])
@Index('IDX_ballot_delegation_delegator_id', ['delegatorId'])
export class BallotDelegation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ballot_delegation' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @Column({ name: 'ballot_id', type: 'uuid', nullable: true })
  ballotId!: string | null;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id', foreignKeyConstraintName: 'FK_ballot_delegation_ballot' })
  ballot?: Relation<Ballot> | null;

  @Column({ name: 'meeting_key', type: 'varchar', length: 100, nullable: true })
  meetingKey!: string | null;

  @Column({ name: 'delegator_id', type: 'uuid' })
  delegatorId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'delegator_id', foreignKeyConstraintName: 'FK_ballot_delegation_delegator' })
  delegator?: Relation<Person>;

  @Column({ name: 'delegate_id', type: 'uuid' })
  delegateId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'delegate_id', foreignKeyConstraintName: 'FK_ballot_delegation_delegate' })
  delegate?: Relation<Person>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
