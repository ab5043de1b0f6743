import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, type Caller, ClientError, findOr404, staleVersion } from '@pakt/api-access';
import { Ballot, type BallotCancellation, type BallotDecision, BallotOutcomes, BallotService } from '@pakt/api-decisions';
import { checkDecision, checkFinalBallot, declarationPlainText, type DeclarationOutcome, wordDiff } from '@pakt/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AmendmentService } from './amendment.service';
import { DeclarationAccess } from './declaration-access';
import { DeclarationService } from './declaration.service';
import { EndorsementService } from './endorsement.service';
import { Amendment, Declaration } from './entities';
import type { DeclarationBallotInput } from './inputs';

function refused<T>(outcome: DeclarationOutcome<T>, message: string): T {
  if (!outcome.ok) throw new BadUserInputError(message, outcome.refusal.fields);
  return outcome.value;
}

/** A change as one line for the ballot's motion: removed words in [− …], added ones in [+ …]. */
function motionOf(before: string, after: string): string {
  return wordDiff(before, after)
    .map((segment) => (segment.operation === 'EQUAL' ? segment.text : segment.operation === 'INSERT' ? `[+ ${segment.text}]` : `[− ${segment.text}]`))
    .join('');
}

/**
 * Decisions by ballot, through the one voting engine (@pakt/api-decisions): an amendment in the
 * deciding phase, and the consolidated text in the final vote. The engine calls back inside the
 * transaction that closes the ballot, so the amendment is accepted (merged) or rejected, and the
 * declaration adopted, together with the result or not at all.
 */
@Injectable()
export class DeclarationBallots implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DeclarationAccess,
    private readonly declarations: DeclarationService,
    private readonly amendments: AmendmentService,
    private readonly endorsements: EndorsementService,
    private readonly ballots: BallotService,
    private readonly outcomes: BallotOutcomes,
  ) {}

  onModuleInit(): void {
    this.outcomes.register('AMENDMENT', { decided: (event) => this.amendmentDecided(event), cancelled: (event) => this.amendmentBallotCancelled(event) });
    this.outcomes.register('DECLARATION', { decided: (event) => this.finalVoteDecided(event) });
  }

  /** The chair or secretariat puts a proposed amendment to the vote: a ballot is opened and the amendment is IN_BALLOT. */
  async putAmendmentToBallot(input: DeclarationBallotInput, caller: Caller): Promise<Amendment> {
    const { declaration, amendment } = await this.dataSource.transaction(async (manager) => {
      const amendment = await findOr404(manager, Amendment, input.id);
      const { declaration } = await this.access.forChange(manager, amendment.declarationId, caller.actor, 'declaration.steer');
      if (amendment.version !== input.version) throw staleVersion(amendment.version);
      refused(
        checkDecision(declaration.phase, amendment.state, 'BALLOT', await this.amendments.overlapsOneInBallot(manager, amendment)),
        'This amendment cannot be put to the vote now.',
      );
      return { declaration, amendment };
    });
    const motion = amendment.kind === 'INSERT' ? amendment.text : motionOf(amendment.baseText, amendment.text);
    const ballot = await this.openBallot(caller, input, {
      bodyId: declaration.bodyId,
      subjectType: 'AMENDMENT',
      subjectId: amendment.id,
      title: `Ä ${amendment.number}: ${declaration.title}`,
      motionText: `${motion}\n\n${amendment.reason}`,
    });
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Amendment, { where: { id: amendment.id }, lock: { mode: 'pessimistic_write' } });
      // Decided or withdrawn between the check and the ballot: the ballot goes, nothing else changed.
      if (!current || current.state !== 'PROPOSED' || current.version !== input.version) {
        await this.ballots.cancelBallot(caller, ballot.id);
        throw staleVersion(current?.version ?? input.version);
      }
      await manager.update(Amendment, { id: current.id }, { state: 'IN_BALLOT', ballotId: ballot.id, version: current.version + 1 });
      await this.declarations.record(manager, caller, 'amendment.put-to-ballot', declaration, { amendmentId: current.id, ballotId: ballot.id });
      return manager.findOneByOrFail(Amendment, { id: current.id });
    });
  }

  /** The chair or secretariat opens the final ballot on the consolidated text. */
  async startFinalVote(input: DeclarationBallotInput, caller: Caller): Promise<Ballot> {
    const declaration = await this.dataSource.transaction(async (manager) => {
      const { declaration } = await this.access.forChange(manager, input.id, caller.actor, 'declaration.steer');
      if (declaration.version !== input.version) throw staleVersion(declaration.version);
      refused(checkFinalBallot(declaration.phase, await this.finalBallotRunning(manager, declaration)), 'The final vote cannot start now.');
      return declaration;
    });
    return this.openBallot(caller, input, {
      bodyId: declaration.bodyId,
      subjectType: 'DECLARATION',
      subjectId: declaration.id,
      title: declaration.title,
      motionText: declarationPlainText(declaration.title, declaration.content),
    });
  }

  /** The ballots on the declaration's final text, newest first. */
  finalBallots(declaration: Declaration): Promise<Ballot[]> {
    return this.dataSource.manager.find(Ballot, { where: { subjectType: 'DECLARATION', subjectId: declaration.id }, order: { createdAt: 'DESC' } });
  }

  async ballotOf(amendment: Amendment): Promise<Ballot | null> {
    return amendment.ballotId === null ? null : this.dataSource.manager.findOneBy(Ballot, { id: amendment.ballotId });
  }

  /** Creates and opens the ballot; when it cannot be opened, the draft is cancelled so no stray ballot remains. */
  private async openBallot(
    caller: Caller,
    input: DeclarationBallotInput,
    subject: { bodyId: string; subjectType: 'AMENDMENT' | 'DECLARATION'; subjectId: string; title: string; motionText: string },
  ): Promise<Ballot> {
    const draft = await this.ballots.createBallot(caller, {
      ...subject,
      title: subject.title.slice(0, 200),
      votingUnit: input.votingUnit,
      majority: input.majority,
      quorumPercent: input.quorumPercent,
      secret: input.secret,
    });
    try {
      return await this.ballots.openBallot(caller, draft.id);
    } catch (error) {
      if (error instanceof ClientError) await this.ballots.cancelBallot(caller, draft.id);
      throw error;
    }
  }

  private async finalBallotRunning(manager: EntityManager, declaration: Declaration): Promise<boolean> {
    return manager.existsBy(Ballot, { subjectType: 'DECLARATION', subjectId: declaration.id, status: In(['DRAFT', 'OPEN']) });
  }

  /**
   * In the cancelling transaction: the amendment waits for a decision again. Read before writing:
   * putAmendmentToBallot cancels a ballot it could not attach while it holds the amendment's lock,
   * and then the amendment is not IN_BALLOT with this ballot.
   */
  private async amendmentBallotCancelled({ ballot, manager }: BallotCancellation): Promise<void> {
    const amendment = ballot.subjectId === null ? null : await manager.findOneBy(Amendment, { id: ballot.subjectId });
    if (!amendment || amendment.state !== 'IN_BALLOT' || amendment.ballotId !== ballot.id) return;
    await manager.update(Amendment, { id: amendment.id, state: 'IN_BALLOT', ballotId: ballot.id }, { state: 'PROPOSED', ballotId: null, version: () => 'version + 1' });
  }

  /** In the closing transaction: accepted amendments are merged (the others rebased), rejected ones recorded. */
  private async amendmentDecided({ ballot, result, manager }: BallotDecision): Promise<void> {
    const amendment = ballot.subjectId === null ? null : await manager.findOneBy(Amendment, { id: ballot.subjectId });
    if (!amendment || amendment.state !== 'IN_BALLOT' || amendment.ballotId !== ballot.id) return;
    const declaration = await manager.findOne(Declaration, { where: { id: amendment.declarationId }, lock: { mode: 'pessimistic_write' } });
    if (!declaration) return;
    if (result.accepted) {
      try {
        await this.amendments.accept(manager, declaration, amendment, { decision: 'BALLOT', note: result.reason }, null);
      } catch (error) {
        // The text no longer fits (refused before anything was written): its author has to write a new version.
        if (!(error instanceof BadUserInputError)) throw error;
        await manager.update(Amendment, { id: amendment.id }, { state: 'NEEDS_NEW_VERSION', decisionNote: result.reason, version: amendment.version + 1 });
      }
      return;
    }
    await manager.update(Amendment, { id: amendment.id }, {
      state: 'REJECTED',
      decision: 'BALLOT',
      decisionNote: result.reason,
      decidedAt: new Date(),
      version: amendment.version + 1,
    });
  }

  /** In the closing transaction: a successful final vote adopts the text; a failed one is recorded and may be repeated. */
  private async finalVoteDecided({ ballot, result, manager }: BallotDecision): Promise<void> {
    const declaration = ballot.subjectId === null ? null : await manager.findOne(Declaration, { where: { id: ballot.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!declaration || declaration.phase !== 'FINAL_VOTE') return;
    const finalVote = { ballotId: ballot.id, accepted: result.accepted, reason: result.reason };
    if (result.accepted) {
      await this.endorsements.adopt(manager, declaration, finalVote);
      return;
    }
    await manager.update(Declaration, { id: declaration.id }, { finalVote, version: declaration.version + 1 });
  }
}
