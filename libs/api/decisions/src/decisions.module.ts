import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BallotEvents } from './ballot-events';
import { BallotOutcomes } from './ballot-outcomes';
import { BallotReader } from './ballot-reader.service';
import { BallotRecords } from './ballot-record';
import { BallotResolver, CampResolver } from './ballot.resolver';
import { BallotService } from './ballot.service';
import { CampService } from './camp.service';
import { decisionsEntities } from './entities';
import { VotingService } from './voting.service';

/**
 * The one voting engine of Pakt: ballots of bodies on motions, amendments, the declaration and
 * plan versions; eligibility, delegation, secret and open votes, frozen and verified results;
 * live participation over GraphQL subscriptions (needs LiveUpdatesModule.forRoot in the app).
 * Other features create and close ballots through BallotService and hear results through
 * BallotOutcomes.
 */
@Module({
  imports: [TypeOrmModule.forFeature(decisionsEntities)],
  providers: [BallotOutcomes, BallotRecords, BallotEvents, BallotService, VotingService, BallotReader, CampService, BallotResolver, CampResolver],
  exports: [BallotService, BallotOutcomes, BallotReader],
})
export class DecisionsModule {}
