import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Ballot } from './ballot.entity';

/**
 * The eligibility snapshot: who may vote in a ballot, fixed when it opens. A voter is a person
 * (PERSON ballots) or an organisation (ORGANISATION ballots); casterIds are the people who may
 * cast that vote (the person; the organisation's representative and deputy).
 */
@Entity({ name: 'ballot_voter' })
// A GIN index (a caller's votes in a ballot by casterIds) that TypeORM cannot describe: the migration owns it.
@Index('IDX_ballot_voter_caster_ids', { synchronize: false })
export class BallotVoter {
  @PrimaryColumn({ name: 'ballot_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_voter' })
  ballotId!: string;

  @PrimaryColumn({ name: 'voter_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_voter' })
  voterId!: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id', foreignKeyConstraintName: 'FK_ballot_voter_ballot' })
  ballot?: Relation<Ballot>;

  /** The person's or organisation's name when the ballot opened. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  camp!: string | null;

  @Column({ type: 'integer', default: 1 })
  weight!: number;

  @Column({ name: 'caster_ids', type: 'uuid', array: true })
  casterIds!: string[];
}
