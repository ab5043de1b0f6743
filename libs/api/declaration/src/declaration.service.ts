import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  type Actor,
  BadUserInputError,
  type Caller,
  ConflictError,
  findOr404,
  NotFoundError,
  staleVersion,
  updateVersioned,
} from '@pakt/api-access';
import { actingPerson, Alliance, Body, Membership, Person } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import {
  advanceDeclaration,
  checkDraftEdit,
  declarationPlainText,
  type DeclarationText,
  draftParagraph,
  isMembershipActive,
  toLocalDate,
  visibleParagraphs,
  wordDiff,
} from '@pakt/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { DeclarationAccess } from './declaration-access';
import { Amendment, Declaration, DeclarationDrafter, DeclarationRevision } from './entities';
import type { CreateDeclarationInput, DeclarationStepInput, SaveDeclarationDraftInput, SetDraftingTeamInput } from './inputs';

/**
 * Declarations as a whole: reading them, the drafting team and its saves (each a revision, with
 * optimistic locking), comparing revisions, and moving from phase to phase. Each change is one
 * transaction that locks the declaration, checks the caller in its body, applies @pakt/domain's
 * rules and leaves an audit entry; a refused change writes nothing.
 */
@Injectable()
export class DeclarationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: DeclarationAccess,
    private readonly audit: AuditService,
  ) {}

  find(id: string, actor: Actor | null): Promise<Declaration | null> {
    return this.access.readable(this.dataSource.manager, id, actor);
  }

  /** The declarations of the alliance the actor may read, newest first. */
  async list(allianceId: string, actor: Actor | null): Promise<Declaration[]> {
    if (!(await this.dataSource.manager.existsBy(Alliance, { id: allianceId }))) throw new NotFoundError();
    this.policy.assertMay(actor, 'alliance.read', { allianceId });
    const all = await this.dataSource.manager.find(Declaration, { where: { allianceId }, order: { createdAt: 'DESC', id: 'ASC' } });
    const readable: Declaration[] = [];
    for (const declaration of all) if (await this.access.readable(this.dataSource.manager, declaration.id, actor)) readable.push(declaration);
    return readable;
  }

  create(input: CreateDeclarationInput, caller: Caller): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const body = await findOr404(manager, Body, input.bodyId);
      this.policy.assertMay(caller.actor, 'declaration.steer', { allianceId: body.allianceId, bodyId: body.id });
      const person = await actingPerson(manager, caller.actor, body.allianceId);
      const content: DeclarationText = { preamble: '', sections: [] };
      const declaration = await manager.save(
        manager.create(Declaration, {
          allianceId: body.allianceId,
          bodyId: body.id,
          title: input.title.trim(),
          phase: 'DRAFTING',
          content,
          revision: 1,
          adoptedAt: null,
          finalVote: null,
        }),
      );
      await manager.insert(DeclarationRevision, { declarationId: declaration.id, number: 1, title: declaration.title, content, authorPersonId: person.id });
      await this.record(manager, caller, 'declaration.created', declaration, { title: declaration.title });
      return declaration;
    });
  }

  /** The chair or secretariat names the members of the body who draft with the secretariat. */
  setDraftingTeam(input: SetDraftingTeamInput, caller: Caller): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration } = await this.access.forChange(manager, input.id, caller.actor, 'declaration.steer');
      if (declaration.version !== input.version) throw staleVersion(declaration.version);
      const personIds = [...new Set(input.personIds)];
      const today = toLocalDate(new Date());
      const memberships = personIds.length === 0 ? [] : await manager.findBy(Membership, { bodyId: declaration.bodyId, personId: In(personIds) });
      const outside = personIds.filter(
        (personId) =>
          !memberships.some((membership) => membership.personId === personId && membership.role !== 'OBSERVER' && isMembershipActive(membership, today)),
      );
      if (outside.length > 0) {
        throw new BadUserInputError('Please check your input.', {
          personIds: 'The drafting team is named from the current members of the body (observers excepted).',
        }, { personIds: outside });
      }
      await manager.delete(DeclarationDrafter, { declarationId: declaration.id });
      if (personIds.length > 0) await manager.insert(DeclarationDrafter, personIds.map((personId) => ({ declarationId: declaration.id, personId })));
      const updated = await updateVersioned(manager, Declaration, declaration, input.version, {});
      await this.record(manager, caller, 'declaration.drafting-team-set', updated, { personIds });
      return updated;
    });
  }

  /** A save of the drafting team: the whole text, a new revision; stale: CONFLICT with the current text. */
  saveDraft(input: SaveDeclarationDraftInput, caller: Caller): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration, actor } = await this.access.forChange(manager, input.id, caller.actor, 'declaration.draft');
      const person = await this.access.drafter(manager, declaration, actor);
      if (declaration.version !== input.version) throw await this.conflict(manager, declaration);
      const phase = checkDraftEdit(declaration.phase);
      if (!phase.ok) throw new BadUserInputError('The text can no longer be edited.', phase.refusal.fields);
      const content = draftContent(declaration.content, input);
      const title = input.title.trim();
      // Saving what is already there (an editor's autosave) is no new revision.
      if (title === declaration.title && JSON.stringify(content) === JSON.stringify(declaration.content)) return declaration;
      const updated = await updateVersioned(manager, Declaration, declaration, input.version, { title, content, revision: declaration.revision + 1 });
      await manager.insert(DeclarationRevision, { declarationId: updated.id, number: updated.revision, title, content, authorPersonId: person.id });
      await this.record(manager, caller, 'declaration.saved', updated, { revision: updated.revision });
      return updated;
    });
  }

  /** The chair or secretariat moves the declaration on; into the final vote, amendments still awaiting a new version lapse. */
  advance(input: DeclarationStepInput, caller: Caller): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration } = await this.access.forChange(manager, input.id, caller.actor, 'declaration.steer');
      if (declaration.version !== input.version) throw staleVersion(declaration.version);
      const amendments = await manager.find(Amendment, { where: { declarationId: declaration.id }, select: { id: true, state: true } });
      const outcome = advanceDeclaration(declaration.phase, amendments);
      if (!outcome.ok) throw new BadUserInputError('The declaration cannot move on yet.', outcome.refusal.fields);
      if (declaration.phase === 'DRAFTING' && declaration.content.sections.every((section) => visibleParagraphs(section).length === 0)) {
        throw new BadUserInputError('The declaration cannot move on yet.', { phase: 'Please write at least one paragraph before opening the amendment phase.' });
      }
      if (outcome.value.lapse.length > 0) await manager.update(Amendment, { id: In(outcome.value.lapse) }, { state: 'LAPSED' });
      const updated = await updateVersioned(manager, Declaration, declaration, input.version, { phase: outcome.value.phase });
      await this.record(manager, caller, 'declaration.advanced', updated, { from: declaration.phase, to: updated.phase, lapsed: outcome.value.lapse });
      return updated;
    });
  }

  async revisions(declaration: Declaration): Promise<DeclarationRevision[]> {
    return this.dataSource.manager.find(DeclarationRevision, { where: { declarationId: declaration.id }, order: { number: 'DESC' } });
  }

  /** Two revisions as one word diff of their whole text (title, preamble, headings, paragraphs). */
  async compare(declaration: Declaration, from: number, to: number) {
    const revisions = await this.dataSource.manager.findBy(DeclarationRevision, { declarationId: declaration.id, number: In([from, to]) });
    const before = revisions.find((revision) => revision.number === from);
    const after = revisions.find((revision) => revision.number === to);
    if (!before || !after) {
      const fields: Record<string, string> = {};
      if (!before) fields.from = `There is no revision ${from}; the latest is ${declaration.revision}.`;
      if (!after) fields.to = `There is no revision ${to}; the latest is ${declaration.revision}.`;
      throw new BadUserInputError('Please check your input.', fields);
    }
    return wordDiff(declarationPlainText(before.title, before.content), declarationPlainText(after.title, after.content));
  }

  async draftingTeam(declaration: Declaration): Promise<Person[]> {
    const rows = await this.dataSource.manager.find(DeclarationDrafter, { where: { declarationId: declaration.id }, relations: { person: true } });
    return rows.flatMap((row) => (row.person ? [row.person] : [])).sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  }

  /** CONFLICT with the text as stored now, so the editor can show both and nothing typed is lost. */
  private async conflict(manager: EntityManager, declaration: Declaration): Promise<ConflictError> {
    const [last] = await manager.query<Array<{ name: string | null }>>(
      `SELECT p.display_name AS name FROM declaration_revision r LEFT JOIN person p ON p.id = r.author_person_id
        WHERE r.declaration_id = $1 ORDER BY r.number DESC LIMIT 1`,
      [declaration.id],
    );
    return new ConflictError('Someone else changed this declaration meanwhile. Please compare and save again.', {
      currentVersion: declaration.version,
      current: {
        version: declaration.version,
        revision: declaration.revision,
        title: declaration.title,
        preamble: declaration.content.preamble,
        sections: declaration.content.sections,
        updatedBy: last?.name ?? null,
      },
    });
  }

  async record(manager: EntityManager, caller: Caller, action: string, declaration: Declaration, details: Record<string, unknown>): Promise<void> {
    await this.audit.record(
      {
        ...auditActorOf(caller.req),
        action,
        allianceId: declaration.allianceId,
        objectType: 'Declaration',
        objectId: declaration.id,
        details: { ...details, bodyId: declaration.bodyId },
      },
      manager,
    );
  }
}

/**
 * The text as the drafting team saved it: sections and paragraphs keep the keys they were sent
 * with (they must be this declaration's, each once), new ones get a fresh key.
 */
function draftContent(current: DeclarationText, input: SaveDeclarationDraftInput): DeclarationText {
  const knownSections = new Set(current.sections.map((section) => section.key));
  const knownParagraphs = new Set(current.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.key)));
  const seen = new Set<string>();
  const fields: Record<string, string> = {};
  const keyFor = (key: string | null | undefined, known: Set<string>, field: string): string => {
    if (key === null || key === undefined) return randomUUID();
    if (!known.has(key)) fields[field] = 'This is not a key of this declaration.';
    else if (seen.has(key)) fields[field] = 'This key appears more than once.';
    seen.add(key);
    return key;
  };
  const sections = input.sections.map((section, s) => ({
    key: keyFor(section.key, knownSections, `sections.${s}.key`),
    heading: section.heading.trim(),
    paragraphs: section.paragraphs.map((paragraph, p) =>
      draftParagraph(keyFor(paragraph.key, knownParagraphs, `sections.${s}.paragraphs.${p}.key`), paragraph.text.trim()),
    ),
  }));
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Please check your input.', fields);
  return { preamble: input.preamble.trim(), sections };
}
