import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { BallotParticipation } from './ballot-participation.entity';

/** What a voter chose in an OPEN (not secret) ballot, with an optional dissent statement. Secret ballots have none. */
@Entity({ name: 'ballot_vote' })
export class BallotVote {
  @PrimaryColumn({ name: 'ballot_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_vote' })
  ballotId!: string;

  @PrimaryColumn({ name: 'voter_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_vote' })
  voterId!: string;

  @ManyToOne(() => BallotParticipation, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'ballot_id', referencedColumnName: 'ballotId', foreignKeyConstraintName: 'FK_ballot_vote_participation' },
    { name: 'voter_id', referencedColumnName: 'voterId', foreignKeyConstraintName: 'FK_ballot_vote_participation' },
  ])
  participation?: Relation<BallotParticipation>;

  @Column({ type: 'varchar', length: 100 })
  choice!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  dissent!: string | null;

  @Column({ name: 'cast_at', type: 'timestamptz', default: () => 'now()' })
  castAt!: Date;
}
