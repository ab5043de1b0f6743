import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Ballot } from './ballot.entity';

/**
 * What was voted in a SECRET ballot, and nothing else: one running count per camp and choice, created
 * when the ballot opens. No voter id, no row per vote, no time, so nothing here can be matched
 * with ballot_participation; closing rewrites these rows and the participation rows in a random
 * order in one transaction, so not even their physical order or transaction ids tell more.
 */
@Entity({ name: 'ballot_secret_tally' })
export class BallotSecretTally {
  @PrimaryColumn({ name: 'ballot_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_secret_tally' })
  ballotId!: string;

  /** The voters' camp ('' for none): a double majority is counted within each camp. */
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_ballot_secret_tally' })
  camp!: string;

  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_ballot_secret_tally' })
  choice!: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id', foreignKeyConstraintName: 'FK_ballot_secret_tally_ballot' })
  ballot?: Relation<Ballot>;

  @Column({ type: 'integer', default: 0 })
  votes!: number;

  @Column({ type: 'integer', default: 0 })
  weight!: number;
}
