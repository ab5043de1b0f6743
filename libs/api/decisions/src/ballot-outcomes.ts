import { Injectable } from '@nestjs/common';
import type { BallotSubjectType } from '@pakt/domain';
import type { EntityManager } from 'typeorm';
import type { Ballot } from './entities';
import type { BallotResult } from './models';

/** What a subject's feature learns when its ballot closes. */
export interface BallotDecision {
  ballot: Ballot;
  result: BallotResult;
  /** The closing transaction: write the subject's consequence with it, so both happen or neither. */
  manager: EntityManager;
}

export type BallotOutcomeHandler = (event: BallotDecision) => Promise<void>;

/**
 * Where features hear about the results of ballots on their subjects (an amendment accepted, the
 * declaration adopted …). A feature registers one handler for its subject type in its module's
 * onModuleInit; the engine calls it inside the transaction that closes the ballot.
 */
@Injectable()
export class BallotOutcomes {
  private readonly handlers = new Map<BallotSubjectType, BallotOutcomeHandler>();

  register(subjectType: BallotSubjectType, handler: BallotOutcomeHandler): void {
    if (this.handlers.has(subjectType)) throw new Error(`A handler for ballots on ${subjectType} is registered already`);
    this.handlers.set(subjectType, handler);
  }

  /** Calls the handler of the ballot's subject type, if there is one (motions have none). */
  async decided(event: BallotDecision): Promise<void> {
    await this.handlers.get(event.ballot.subjectType)?.(event);
  }
}
