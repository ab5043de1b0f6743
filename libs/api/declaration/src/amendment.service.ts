import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, BadUserInputError, type Caller, findOr404, ForbiddenError, NotFoundError, staleVersion, updateVersioned } from '@pakt/api-access';
import { actingPerson, Person } from '@pakt/api-alliance';
import {
  type AmendmentChange,
  amendmentProblems,
  amendmentsOverlap,
  checkDecision,
  checkDiscussion,
  checkNewVersion,
  checkProposal,
  checkWithdrawal,
  type DeclarationOutcome,
  findParagraph,
  isOpenAmendment,
  mergeAmendment,
  overlappingPairs,
  rebaseAmendment,
} from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DeclarationAccess } from './declaration-access';
import { DeclarationService } from './declaration.service';
import { Amendment, AmendmentComment, AmendmentSupport, Declaration, DeclarationRevision } from './entities';
import type { AmendmentCommentInput, AmendmentStepInput, ProposeAmendmentInput, ReviseAmendmentInput, TakeOverAmendmentInput } from './inputs';

/** The change an amendment makes now, as @pakt/domain reads it; `text` overrides its wording (a modified takeover). */
export function changeOf(amendment: Amendment, text = amendment.text): AmendmentChange {
  switch (amendment.kind) {
    case 'REPLACE':
      return { kind: 'REPLACE', paragraphKey: amendment.paragraphKey ?? '', baseText: amendment.baseText, text };
    case 'DELETE':
      return { kind: 'DELETE', paragraphKey: amendment.paragraphKey ?? '', baseText: amendment.baseText };
    case 'INSERT':
      return { kind: 'INSERT', sectionKey: amendment.sectionKey, afterParagraphKey: amendment.afterParagraphKey, text };
  }
}

function refused<T>(outcome: DeclarationOutcome<T>, message: string): T {
  if (!outcome.ok) throw new BadUserInputError(message, outcome.refusal.fields);
  return outcome.value;
}

/** What a ballot or takeover decided, for accept(). */
export interface AmendmentVerdict {
  decision: 'BALLOT' | 'TAKEOVER';
  note: string;
}

/**
 * Amendments: proposing, new versions, withdrawing, support and comments, and deciding them. An
 * accepted amendment is merged into the declaration's text in the same transaction (mergeAmendment
 * in @pakt/domain), and every other open amendment is rebased onto the new text or marked as
 * needing a new version.
 */
@Injectable()
export class AmendmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DeclarationAccess,
    private readonly declarations: DeclarationService,
  ) {}

  /** The amendment, or null when there is none or the actor may not read its declaration. */
  async find(id: string, actor: Actor | null): Promise<Amendment | null> {
    const amendment = await this.dataSource.manager.findOneBy(Amendment, { id });
    if (!amendment) return null;
    return (await this.access.readable(this.dataSource.manager, amendment.declarationId, actor)) ? amendment : null;
  }

  ofDeclaration(declaration: Declaration): Promise<Amendment[]> {
    return this.dataSource.manager.find(Amendment, { where: { declarationId: declaration.id }, order: { number: 'ASC' } });
  }

  /** Pairs of open amendments that overlap: the board decides one of each pair first. */
  async conflicts(declaration: Declaration): Promise<Array<{ first: Amendment; second: Amendment }>> {
    const open = (await this.ofDeclaration(declaration)).filter((amendment) => amendment.state === 'PROPOSED' || amendment.state === 'IN_BALLOT');
    const byId = new Map(open.map((amendment) => [amendment.id, amendment]));
    return overlappingPairs(open.map((amendment) => ({ id: amendment.id, change: changeOf(amendment) }))).map(([first, second]) => ({
      first: byId.get(first)!,
      second: byId.get(second)!,
    }));
  }

  /** The other open amendments whose changes overlap this one's. */
  async overlapping(amendment: Amendment): Promise<Amendment[]> {
    if (!isOpenAmendment(amendment.state)) return [];
    const others = await this.dataSource.manager.find(Amendment, { where: { declarationId: amendment.declarationId }, order: { number: 'ASC' } });
    return others.filter(
      (other) =>
        other.id !== amendment.id &&
        (other.state === 'PROPOSED' || other.state === 'IN_BALLOT') &&
        amendmentsOverlap(changeOf(amendment), changeOf(other)),
    );
  }

  propose(input: ProposeAmendmentInput, caller: Caller): Promise<Amendment> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration, actor } = await this.access.forChange(manager, input.declarationId, caller.actor, 'declaration.amend');
      refused(checkProposal(declaration.phase), 'Amendments cannot be proposed now.');
      const person = await actingPerson(manager, actor, declaration.allianceId);
      const change = requestedChange(declaration, input);
      const problems = amendmentProblems(declaration.content, change);
      if (Object.keys(problems).length > 0) throw new BadUserInputError('Please check your amendment.', problems);
      const [{ next }] = await manager.query<[{ next: number }]>(
        `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM amendment WHERE declaration_id = $1`,
        [declaration.id],
      );
      const text = change.kind === 'DELETE' ? '' : change.text;
      const amendment = await manager.save(
        manager.create(Amendment, {
          declarationId: declaration.id,
          allianceId: declaration.allianceId,
          number: next,
          kind: change.kind,
          sectionKey: change.kind === 'INSERT' ? change.sectionKey : findParagraph(declaration.content, change.paragraphKey)!.section.key,
          paragraphKey: change.kind === 'INSERT' ? null : change.paragraphKey,
          afterParagraphKey: change.kind === 'INSERT' ? change.afterParagraphKey : null,
          baseText: change.kind === 'INSERT' ? '' : change.baseText,
          text,
          proposedText: text,
          reason: input.reason.trim(),
          state: 'PROPOSED',
          authorPersonId: person.id,
          takenOverText: null,
          decision: null,
          ballotId: null,
          decisionNote: null,
          decidedAt: null,
        }),
      );
      await this.declarations.record(manager, caller, 'amendment.proposed', declaration, { amendmentId: amendment.id, number: amendment.number, kind: amendment.kind });
      return amendment;
    });
  }

  /** Its author writes a new version against the paragraph's current wording. */
  revise(input: ReviseAmendmentInput, caller: Caller): Promise<Amendment> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration, amendment, person } = await this.ownAmendment(manager, input.id, caller);
      if (amendment.version !== input.version) throw staleVersion(amendment.version);
      refused(checkNewVersion(declaration.phase, amendment.state), 'This amendment cannot be revised now.');
      const text = (input.text ?? amendment.text).trim();
      const current = amendment.paragraphKey === null ? null : findParagraph(declaration.content, amendment.paragraphKey);
      const change: AmendmentChange =
        amendment.kind === 'INSERT'
          ? { ...(changeOf(amendment) as Extract<AmendmentChange, { kind: 'INSERT' }>), text }
          : amendment.kind === 'DELETE'
            ? { kind: 'DELETE', paragraphKey: amendment.paragraphKey ?? '', baseText: current?.paragraph.text ?? amendment.baseText }
            : { kind: 'REPLACE', paragraphKey: amendment.paragraphKey ?? '', baseText: current?.paragraph.text ?? amendment.baseText, text };
      const problems = amendmentProblems(declaration.content, change);
      if (Object.keys(problems).length > 0) throw new BadUserInputError('Please check your amendment.', problems);
      const updated = await updateVersioned(manager, Amendment, amendment, input.version, {
        state: 'PROPOSED',
        baseText: change.kind === 'INSERT' ? '' : change.baseText,
        text: change.kind === 'DELETE' ? '' : change.text,
        reason: input.reason?.trim(),
      });
      await this.declarations.record(manager, caller, 'amendment.revised', declaration, { amendmentId: amendment.id, by: person.id });
      return updated;
    });
  }

  withdraw(input: AmendmentStepInput, caller: Caller): Promise<Amendment> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration, amendment } = await this.ownAmendment(manager, input.id, caller);
      refused(checkWithdrawal(amendment.state), 'This amendment cannot be withdrawn now.');
      const updated = await updateVersioned(manager, Amendment, amendment, input.version, { state: 'WITHDRAWN' });
      await this.declarations.record(manager, caller, 'amendment.withdrawn', declaration, { amendmentId: amendment.id });
      return updated;
    });
  }

  /** Declares or takes back the caller's support, once per person. */
  support(amendmentId: string, supported: boolean, caller: Caller): Promise<Amendment> {
    return this.dataSource.transaction(async (manager) => {
      const { amendment, actor } = await this.forDiscussion(manager, amendmentId, caller);
      const person = await actingPerson(manager, actor, amendment.allianceId);
      if (supported) {
        await manager.createQueryBuilder().insert().into(AmendmentSupport).values({ amendmentId, personId: person.id }).orIgnore().execute();
      } else {
        await manager.delete(AmendmentSupport, { amendmentId, personId: person.id });
      }
      return amendment;
    });
  }

  comment(input: AmendmentCommentInput, caller: Caller): Promise<AmendmentComment> {
    return this.dataSource.transaction(async (manager) => {
      const { amendment, actor } = await this.forDiscussion(manager, input.amendmentId, caller);
      const person = await actingPerson(manager, actor, amendment.allianceId);
      return manager.save(manager.create(AmendmentComment, { amendmentId: amendment.id, authorPersonId: person.id, body: input.body.trim() }));
    });
  }

  /** The drafting team takes the amendment over, as it is or modified; it is accepted and merged at once. */
  takeOver(input: TakeOverAmendmentInput, caller: Caller): Promise<Amendment> {
    return this.dataSource.transaction(async (manager) => {
      const amendment = await findOr404(manager, Amendment, input.id);
      const { declaration, actor } = await this.access.forChange(manager, amendment.declarationId, caller.actor, 'declaration.draft');
      const person = await this.access.drafter(manager, declaration, actor);
      if (amendment.version !== input.version) throw staleVersion(amendment.version);
      refused(
        checkDecision(declaration.phase, amendment.state, 'TAKEOVER', await this.overlapsOneInBallot(manager, amendment)),
        'This amendment cannot be taken over now.',
      );
      const modified = input.text === undefined || input.text === null ? null : input.text.trim();
      if (modified !== null && amendment.kind === 'DELETE') {
        throw new BadUserInputError('Please check your input.', { text: 'A deletion is taken over as it is.' });
      }
      if (modified !== null && modified !== amendment.text) {
        const problems = amendmentProblems(declaration.content, changeOf(amendment, modified));
        if (Object.keys(problems).length > 0) throw new BadUserInputError('Please check the modified wording.', problems);
        await manager.update(Amendment, { id: amendment.id }, { takenOverText: modified });
        amendment.takenOverText = modified;
      }
      const accepted = await this.accept(manager, declaration, amendment, {
        decision: 'TAKEOVER',
        note: amendment.takenOverText === null ? 'Taken over by the drafting team.' : 'Taken over by the drafting team in a modified wording.',
      }, person.id);
      await this.declarations.record(manager, caller, 'amendment.taken-over', declaration, { amendmentId: amendment.id, modified: amendment.takenOverText !== null });
      return accepted;
    });
  }

  /**
   * Accepts the amendment in the caller's transaction: merges it into the text (a new revision),
   * rebases every other open amendment onto the new text or marks it as needing a new version.
   * The ballot's outcome handler and takeOver both end here.
   */
  async accept(manager: EntityManager, declaration: Declaration, amendment: Amendment, verdict: AmendmentVerdict, personId: string | null): Promise<Amendment> {
    const change = changeOf(amendment, amendment.takenOverText ?? amendment.text);
    const merged = mergeAmendment(declaration.content, amendment.id, change);
    if (!merged.ok) {
      throw new BadUserInputError('This amendment no longer fits the text.', { id: 'The paragraph it changes has changed or is gone: its author has to write a new version.' });
    }
    const others = await manager.find(Amendment, { where: { declarationId: declaration.id } });
    for (const other of others) {
      if (other.id === amendment.id || (other.state !== 'PROPOSED' && other.state !== 'IN_BALLOT')) continue;
      const rebased = rebaseAmendment(changeOf(other), change, declaration.content);
      if (!rebased.ok) {
        await manager.update(Amendment, { id: other.id }, { state: 'NEEDS_NEW_VERSION', version: other.version + 1 });
        continue;
      }
      const next = rebased.change;
      await manager.update(Amendment, { id: other.id }, {
        baseText: next.kind === 'INSERT' ? '' : next.baseText,
        text: next.kind === 'DELETE' ? '' : next.text,
        afterParagraphKey: next.kind === 'INSERT' ? next.afterParagraphKey : null,
        version: other.version + 1,
      });
    }
    const revision = declaration.revision + 1;
    await manager.update(Declaration, { id: declaration.id }, { content: merged.text, revision, version: declaration.version + 1 });
    await manager.insert(DeclarationRevision, {
      declarationId: declaration.id,
      number: revision,
      title: declaration.title,
      content: merged.text,
      amendmentId: amendment.id,
      authorPersonId: personId,
    });
    declaration.content = merged.text;
    declaration.revision = revision;
    declaration.version += 1;
    await manager.update(Amendment, { id: amendment.id }, {
      state: 'ACCEPTED',
      decision: verdict.decision,
      decisionNote: verdict.note,
      decidedAt: new Date(),
      version: amendment.version + 1,
    });
    return manager.findOneByOrFail(Amendment, { id: amendment.id });
  }

  /** Whether the actor is one of these people (an amendment's author, its supporters). */
  async isViewerAmong(amendment: Amendment, actor: Actor, personIds: readonly string[]): Promise<boolean> {
    const person = await this.dataSource.manager.findOneBy(Person, { accountId: actor.accountId, allianceId: amendment.allianceId });
    return person !== null && personIds.includes(person.id);
  }

  /** Whether an open amendment that overlaps this one is being voted on. */
  async overlapsOneInBallot(manager: EntityManager, amendment: Amendment): Promise<boolean> {
    const inBallot = await manager.findBy(Amendment, { declarationId: amendment.declarationId, state: 'IN_BALLOT' });
    return inBallot.some((other) => other.id !== amendment.id && amendmentsOverlap(changeOf(amendment), changeOf(other)));
  }

  /** An amendment of the caller's own, for revising and withdrawing it. */
  private async ownAmendment(manager: EntityManager, id: string, caller: Caller) {
    const amendment = await findOr404(manager, Amendment, id);
    const { declaration, actor } = await this.access.forChange(manager, amendment.declarationId, caller.actor, 'declaration.amend');
    const person = await actingPerson(manager, actor, declaration.allianceId);
    if (amendment.authorPersonId !== person.id) throw new ForbiddenError('Only its author may do this.');
    return { declaration, amendment: await manager.findOneByOrFail(Amendment, { id }), person };
  }

  private async forDiscussion(manager: EntityManager, id: string, caller: Caller) {
    const amendment = await manager.findOneBy(Amendment, { id });
    if (!amendment) throw new NotFoundError();
    const { actor } = await this.access.forChange(manager, amendment.declarationId, caller.actor, 'declaration.amend');
    refused(checkDiscussion(amendment.state), 'The discussion of this amendment is closed.');
    return { amendment, actor };
  }
}

/** The change the input asks for, against the declaration's current text; missing keys are the input's fault. */
function requestedChange(declaration: Declaration, input: ProposeAmendmentInput): AmendmentChange {
  const text = (input.text ?? '').trim();
  if (input.kind === 'INSERT') {
    if (!input.sectionKey) throw new BadUserInputError('Please check your amendment.', { sectionKey: 'Please choose the section of the new paragraph.' });
    return { kind: 'INSERT', sectionKey: input.sectionKey, afterParagraphKey: input.afterParagraphKey ?? null, text };
  }
  if (!input.paragraphKey) throw new BadUserInputError('Please check your amendment.', { paragraphKey: 'Please choose the paragraph.' });
  const found = findParagraph(declaration.content, input.paragraphKey);
  const baseText = found?.paragraph.text ?? '';
  return input.kind === 'DELETE' ? { kind: 'DELETE', paragraphKey: input.paragraphKey, baseText } : { kind: 'REPLACE', paragraphKey: input.paragraphKey, baseText, text };
}
