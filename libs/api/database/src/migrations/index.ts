import type { MigrationInterface } from 'typeorm';
import { AllianceStructure1763700000000 } from './1763700000000-alliance-structure';
import { Identity1763800000000 } from './1763800000000-identity';
import { Invitations1763900000000 } from './1763900000000-invitations';
import { Audit1763950000000 } from './1763950000000-audit';
import { Indicators1763990000000 } from './1763990000000-indicators';
import { Recommendations1764000000000 } from './1764000000000-recommendations';
import { Plan1764100000000 } from './1764100000000-plan';
import { Search1764200000000 } from './1764200000000-search';
import { Initiatives1764300000000 } from './1764300000000-initiatives';
import { Decisions1764306000000 } from './1764306000000-decisions';
import { Declarations1764700000000 } from './1764700000000-declarations';
import { BallotVoterCasters1764800000000 } from './1764800000000-ballot-voter-casters';
import { AmendmentsOfCancelledBallots1764810000000 } from './1764810000000-amendments-of-cancelled-ballots';

/** Every schema migration, oldest first. */
export const migrations: Array<new () => MigrationInterface> = [
  AllianceStructure1763700000000,
  Identity1763800000000,
  Invitations1763900000000,
  Audit1763950000000,
  Indicators1763990000000,
  Recommendations1764000000000,
  Plan1764100000000,
  Search1764200000000,
  Initiatives1764300000000,
  Decisions1764306000000,
  Declarations1764700000000,
  BallotVoterCasters1764800000000,
  AmendmentsOfCancelledBallots1764810000000,
];
