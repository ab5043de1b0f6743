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

/** What a subject's feature learns when its ballot is cancelled: there is no result. */
export interface BallotCancellation {
  ballot: Ballot;
  /** The cancelling transaction. */
  manager: EntityManager;
}

/** A feature's handlers for ballots on its subjects: the result when one closes, and a cancellation if it cares. */
export interface BallotOutcomeHandlers {
  decided(event: BallotDecision): Promise<void>;
  cancelled?(event: BallotCancellation): Promise<void>;
}

/**
 * Where features hear about the ballots on their subjects (an amendment accepted, the declaration
 * adopted, an amendment's ballot cancelled …). A feature registers its handlers for its subject
 * type in its module's onModuleInit; the engine calls them inside the transaction that closes or
 * cancels the ballot, so the subject and the ballot change together or not at all.
 */
@Injectable()
export class BallotOutcomes {
  private readonly handlers = new Map<BallotSubjectType, BallotOutcomeHandlers>();

  register(subjectType: BallotSubjectType, handlers: BallotOutcomeHandlers): void {
    if (this.handlers.has(subjectType)) throw new Error(`Handlers for ballots on ${subjectType} are registered already`);
    this.handlers.set(subjectType, handlers);
  }

  /** Calls the handler of the ballot's subject type, if there is one (motions have none). */
  async decided(event: BallotDecision): Promise<void> {
    await this.handlers.get(event.ballot.subjectType)?.decided(event);
  }

  async cancelled(event: BallotCancellation): Promise<void> {
    await this.handlers.get(event.ballot.subjectType)?.cancelled?.(event);
  }
}
