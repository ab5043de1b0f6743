import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { BallotVoter } from './ballot-voter.entity';

/**
 * That a voter took part, and who cast it (the voter, a representative or a delegate). Its key is
 * the database's guarantee of one vote per voter and ballot. Deliberately without a time: in a
 * secret ballot nothing here may line up with the anonymous tally.
 */
@Entity({ name: 'ballot_participation' })
export class BallotParticipation {
  @PrimaryColumn({ name: 'ballot_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_participation' })
  ballotId!: string;

  @PrimaryColumn({ name: 'voter_id', type: 'uuid', primaryKeyConstraintName: 'PK_ballot_participation' })
  voterId!: string;

  @ManyToOne(() => BallotVoter, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'ballot_id', referencedColumnName: 'ballotId', foreignKeyConstraintName: 'FK_ballot_participation_voter' },
    { name: 'voter_id', referencedColumnName: 'voterId', foreignKeyConstraintName: 'FK_ballot_participation_voter' },
  ])
  voter?: Relation<BallotVoter>;

  @Column({ name: 'cast_by_person_id', type: 'uuid' })
  castByPersonId!: string;
}
