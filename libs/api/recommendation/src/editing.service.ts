import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  assertAllInAlliance,
  BadUserInputError,
  type Caller,
  ConflictError,
  findOr404,
  ForbiddenError,
  NotFoundError,
  staleVersion,
} from '@pakt/api-access';
import { actingPerson, ActionField, Body, BodyActionField, optionalText, Organisation, Person } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { Indicator } from '@pakt/api-indicator';
import {
  checkRecommendationTransition,
  isRecommendationEditable,
  missingForSubmission,
  type OrganisationKind,
  type RecommendationAction,
  type SubmissionField,
  type TransitionRefusal,
} from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { factsOf, scopeOf } from './access';
import {
  Recommendation,
  RecommendationAddressee,
  RecommendationAuthor,
  RecommendationIndicator,
  RecommendationRevision,
  RecommendationTransition,
} from './entities';
import type { CreateRecommendationInput, TransitionRecommendationInput, UpdateRecommendationInput } from './inputs';

/** Everything a save may change; what a revision keeps. */
interface Content {
  actionFieldId: string;
  title: string;
  problem: string;
  measure: string;
  expectedEffect: string;
  timeFrame: string;
  costNotes: string | null;
  addresseeKinds: OrganisationKind[];
  addresseeOrganisationIds: string[];
  citedIndicatorIds: string[];
}

const TEXT_FIELDS = ['title', 'problem', 'measure', 'expectedEffect', 'timeFrame', 'costNotes'] as const;

const SUBMISSION_MESSAGES: Record<SubmissionField, string> = {
  title: 'Please fill in the title before submitting.',
  problem: 'Please describe the problem before submitting.',
  measure: 'Please describe the measure before submitting.',
  addressees: 'Please name at least one organisation or kind of organisation it addresses before submitting.',
  expectedEffect: 'Please describe the expected effect before submitting.',
  timeFrame: 'Please give a time frame before submitting.',
};

/**
 * Drafting and the workflow. Each change is one transaction that loads the recommendation, checks
 * the caller's permission in its focus group (AccessPolicy), applies @pakt/domain's rules, writes
 * with optimistic locking and leaves an audit entry. A refused change writes nothing.
 */
@Injectable()
export class RecommendationEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  create(input: CreateRecommendationInput, caller: Caller): Promise<Recommendation> {
    return this.dataSource.transaction(async (manager) => {
      const group = await findOr404(manager, Body, input.focusGroupId);
      this.policy.assertMay(caller.actor, 'recommendation.draft', { allianceId: group.allianceId, bodyId: group.id });
      if (group.kind !== 'FOCUS_GROUP') {
        throw new BadUserInputError('Please check your input.', { focusGroupId: 'Recommendations are drafted in a focus group.' });
      }
      const content: Content = {
        actionFieldId: input.actionFieldId,
        title: input.title.trim(),
        problem: text(input.problem),
        measure: text(input.measure),
        expectedEffect: text(input.expectedEffect),
        timeFrame: text(input.timeFrame),
        costNotes: optionalText(input.costNotes) ?? null,
        addresseeKinds: unique(input.addresseeKinds ?? []),
        addresseeOrganisationIds: unique(input.addresseeOrganisationIds ?? []),
        citedIndicatorIds: unique(input.citedIndicatorIds ?? []),
      };
      await this.assertReferences(manager, group, content);
      const person = await actingPerson(manager, caller.actor, group.allianceId);
      const recommendation = await manager.save(
        manager.create(Recommendation, {
          allianceId: group.allianceId,
          focusGroupId: group.id,
          actionFieldId: content.actionFieldId,
          state: 'DRAFT',
          title: content.title,
          problem: content.problem,
          measure: content.measure,
          expectedEffect: content.expectedEffect,
          timeFrame: content.timeFrame,
          costNotes: content.costNotes,
          addresseeKinds: content.addresseeKinds,
          revision: 1,
          createdByPersonId: person.id,
        }),
      );
      await this.writeLinks(manager, recommendation.id, content, true);
      await this.saved(manager, recommendation, content, person);
      await this.record(manager, caller, 'recommendation.created', recommendation, { revision: 1, title: content.title });
      return recommendation;
    });
  }

  update(input: UpdateRecommendationInput, caller: Caller): Promise<Recommendation> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOr404(manager, Recommendation, input.id);
      this.policy.assertMay(caller.actor, 'recommendation.draft', scopeOf(current));
      if (current.version !== input.version) throw await this.conflict(manager, current.id);
      if (!isRecommendationEditable(current.state)) {
        throw new BadUserInputError('Only drafts and returned recommendations can be edited.', {
          id: `This recommendation is ${current.state} and can no longer be edited.`,
        });
      }
      const before = await this.contentOf(manager, current);
      const after: Content = {
        actionFieldId: input.actionFieldId ?? before.actionFieldId,
        title: input.title === undefined ? before.title : input.title.trim(),
        problem: input.problem === undefined ? before.problem : text(input.problem),
        measure: input.measure === undefined ? before.measure : text(input.measure),
        expectedEffect: input.expectedEffect === undefined ? before.expectedEffect : text(input.expectedEffect),
        timeFrame: input.timeFrame === undefined ? before.timeFrame : text(input.timeFrame),
        costNotes: input.costNotes === undefined ? before.costNotes : (optionalText(input.costNotes) ?? null),
        addresseeKinds: input.addresseeKinds == null ? before.addresseeKinds : unique(input.addresseeKinds),
        addresseeOrganisationIds: input.addresseeOrganisationIds == null ? before.addresseeOrganisationIds : unique(input.addresseeOrganisationIds),
        citedIndicatorIds: input.citedIndicatorIds == null ? before.citedIndicatorIds : unique(input.citedIndicatorIds),
      };
      const group = await findOr404(manager, Body, current.focusGroupId);
      await this.assertReferences(manager, group, after);
      const changed = changedFields(before, after);
      // Saving what is already there (an editor's autosave) is no new revision.
      if (changed.length === 0) return current;

      const person = await actingPerson(manager, caller.actor, current.allianceId);
      const result = await manager
        .createQueryBuilder()
        .update(Recommendation)
        .set({
          actionFieldId: after.actionFieldId,
          title: after.title,
          problem: after.problem,
          measure: after.measure,
          expectedEffect: after.expectedEffect,
          timeFrame: after.timeFrame,
          costNotes: after.costNotes,
          addresseeKinds: after.addresseeKinds,
          revision: () => '"revision" + 1',
          version: () => '"version" + 1',
        })
        .where('id = :id AND version = :version', { id: current.id, version: input.version })
        .execute();
      // Another save committed between our read and our write: it wins, this one is refused whole.
      if (result.affected === 0) throw await this.conflict(manager, current.id);
      const updated = await manager.findOneByOrFail(Recommendation, { id: current.id });
      await this.writeLinks(manager, updated.id, after, false, before);
      await this.saved(manager, updated, after, person);
      await this.record(manager, caller, 'recommendation.updated', updated, { revision: updated.revision, fields: changed });
      return updated;
    });
  }

  transition(input: TransitionRecommendationInput, caller: Caller): Promise<Recommendation> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOr404(manager, Recommendation, input.id);
      this.policy.assertMay(caller.actor, 'recommendation.draft', scopeOf(current));
      if (current.version !== input.version) throw await this.conflict(manager, current.id);
      const check = checkRecommendationTransition(caller.actor.grants, factsOf(current), input.action, input.comment);
      if (!check.ok) throw refusal(check.refusal, input.action, current);
      if (input.action === 'SUBMIT') {
        const missing = missingForSubmission(await this.contentOf(manager, current));
        if (missing.length > 0) {
          throw new BadUserInputError(
            'Please fill in everything a submission needs.',
            Object.fromEntries(missing.map((field) => [field, SUBMISSION_MESSAGES[field]])),
            { missing },
          );
        }
      }
      const person = await actingPerson(manager, caller.actor, current.allianceId);
      const result = await manager
        .createQueryBuilder()
        .update(Recommendation)
        .set({ state: check.to, version: () => '"version" + 1' })
        .where('id = :id AND version = :version', { id: current.id, version: input.version })
        .execute();
      if (result.affected === 0) throw await this.conflict(manager, current.id);
      const comment = optionalText(input.comment) ?? null;
      await manager.insert(RecommendationTransition, {
        recommendationId: current.id,
        action: input.action,
        fromState: current.state,
        toState: check.to,
        actorPersonId: person.id,
        comment,
      });
      const updated = await manager.findOneByOrFail(Recommendation, { id: current.id });
      await this.record(manager, caller, 'recommendation.transitioned', updated, {
        action: input.action,
        from: current.state,
        to: check.to,
        comment,
      });
      return updated;
    });
  }

  /** The content as stored now, with its addressees and cited indicators. */
  private async contentOf(manager: EntityManager, recommendation: Recommendation): Promise<Content> {
    const [addressees, indicators] = await Promise.all([
      manager.find(RecommendationAddressee, { where: { recommendationId: recommendation.id }, order: { organisationId: 'ASC' } }),
      manager.find(RecommendationIndicator, { where: { recommendationId: recommendation.id }, order: { position: 'ASC' } }),
    ]);
    return {
      actionFieldId: recommendation.actionFieldId,
      title: recommendation.title,
      problem: recommendation.problem,
      measure: recommendation.measure,
      expectedEffect: recommendation.expectedEffect,
      timeFrame: recommendation.timeFrame,
      costNotes: recommendation.costNotes,
      addresseeKinds: recommendation.addresseeKinds,
      addresseeOrganisationIds: addressees.map((row) => row.organisationId),
      citedIndicatorIds: indicators.map((row) => row.indicatorId),
    };
  }

  /**
   * Organisations and indicators must be the alliance's (another alliance's id: NOT_FOUND, like a
   * missing one); the action field must also be one the focus group works on.
   */
  private async assertReferences(manager: EntityManager, group: Body, content: Content): Promise<void> {
    await assertAllInAlliance(manager, Organisation, content.addresseeOrganisationIds, group.allianceId);
    await assertAllInAlliance(manager, Indicator, content.citedIndicatorIds, group.allianceId);
    if (!(await manager.existsBy(ActionField, { id: content.actionFieldId, allianceId: group.allianceId }))) throw new NotFoundError();
    if (await manager.existsBy(BodyActionField, { bodyId: group.id, actionFieldId: content.actionFieldId })) return;
    throw new BadUserInputError('Please check your input.', { actionFieldId: `"${group.name}" does not work on this action field.` });
  }

  /** Replaces the addressees and cited indicators that changed (all of them for a new recommendation). */
  private async writeLinks(manager: EntityManager, recommendationId: string, content: Content, created: boolean, before?: Content): Promise<void> {
    if (created || !sameList(before!.addresseeOrganisationIds, content.addresseeOrganisationIds, false)) {
      if (!created) await manager.delete(RecommendationAddressee, { recommendationId });
      if (content.addresseeOrganisationIds.length > 0) {
        await manager.insert(
          RecommendationAddressee,
          content.addresseeOrganisationIds.map((organisationId) => ({ recommendationId, organisationId })),
        );
      }
    }
    if (created || !sameList(before!.citedIndicatorIds, content.citedIndicatorIds, true)) {
      if (!created) await manager.delete(RecommendationIndicator, { recommendationId });
      if (content.citedIndicatorIds.length > 0) {
        await manager.insert(
          RecommendationIndicator,
          content.citedIndicatorIds.map((indicatorId, index) => ({ recommendationId, indicatorId, position: index + 1 })),
        );
      }
    }
  }

  /** After a save: the full revision, and the saver among the authors. */
  private async saved(manager: EntityManager, recommendation: Recommendation, content: Content, person: Person): Promise<void> {
    await manager.insert(RecommendationRevision, {
      recommendationId: recommendation.id,
      number: recommendation.revision,
      title: content.title,
      problem: content.problem,
      measure: content.measure,
      expectedEffect: content.expectedEffect,
      timeFrame: content.timeFrame,
      costNotes: content.costNotes,
      addresseeKinds: content.addresseeKinds,
      addresseeOrganisationIds: content.addresseeOrganisationIds,
      indicatorIds: content.citedIndicatorIds,
      authorPersonId: person.id,
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(RecommendationAuthor)
      .values({ recommendationId: recommendation.id, personId: person.id, since: () => 'now()' })
      .orIgnore()
      .execute();
  }

  /**
   * CONFLICT with what is stored now, so the editor can show both versions and nothing typed is
   * lost; updatedBy names who changed it last (a save or a workflow step).
   */
  private async conflict(manager: EntityManager, id: string): Promise<ConflictError> {
    const stored = await manager.findOneBy(Recommendation, { id });
    if (!stored) return staleVersion(0);
    const content = await this.contentOf(manager, stored);
    const [last] = await manager.query<Array<{ name: string | null }>>(
      `SELECT p.display_name AS name FROM (
         SELECT author_person_id AS person_id, created_at AS at FROM recommendation_revision WHERE recommendation_id = $1
         UNION ALL
         SELECT actor_person_id, at FROM recommendation_transition WHERE recommendation_id = $1
       ) changes LEFT JOIN person p ON p.id = changes.person_id
       ORDER BY changes.at DESC LIMIT 1`,
      [id],
    );
    return new ConflictError('Someone else changed this recommendation meanwhile. Please compare and save again.', {
      currentVersion: stored.version,
      current: { version: stored.version, revision: stored.revision, state: stored.state, ...content, updatedBy: last?.name ?? null },
    });
  }

  private async record(
    manager: EntityManager,
    caller: Caller,
    action: string,
    recommendation: Recommendation,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      {
        ...auditActorOf(caller.req),
        action,
        allianceId: recommendation.allianceId,
        objectType: 'Recommendation',
        objectId: recommendation.id,
        details: { ...details, focusGroupId: recommendation.focusGroupId },
      },
      manager,
    );
  }
}

/** The error for a refused workflow step: the role is FORBIDDEN, everything else is the input's fault. */
function refusal(reason: TransitionRefusal, action: RecommendationAction, recommendation: Recommendation): Error {
  switch (reason) {
    case 'NOT_PERMITTED':
      return new ForbiddenError(
        action === 'SUBMIT' || action === 'WITHDRAW'
          ? 'Only members of the focus group may do this.'
          : "Only the focus group's chair or deputy chair may do this.",
      );
    case 'SYSTEM_ONLY':
      return new BadUserInputError('Recommendations are adopted only by approving a plan version that contains them.', {
        action: 'Recommendations are adopted only by approving a plan version that contains them.',
      });
    case 'WRONG_STATE':
      return new BadUserInputError(`This is not possible while the recommendation is ${recommendation.state}.`, {
        action: `${action} is not possible while the recommendation is ${recommendation.state}.`,
      });
    case 'COMMENT_REQUIRED':
      return new BadUserInputError('Please give a reason.', { comment: 'Please give a reason; the authors will read it.' });
  }
}

/** A text a draft may leave empty: absent or null is empty. */
function text(value: string | null | undefined): string {
  return value?.trim() ?? '';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function sameList(a: readonly string[], b: readonly string[], ordered: boolean): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = ordered ? [a, b] : [[...a].sort(), [...b].sort()];
  return x.every((value, index) => value === y[index]);
}

/** The fields whose content differs, for the audit entry (and whether a save is a revision at all). */
function changedFields(before: Content, after: Content): string[] {
  const changed: string[] = TEXT_FIELDS.filter((field) => before[field] !== after[field]);
  if (before.actionFieldId !== after.actionFieldId) changed.push('actionFieldId');
  if (!sameList(before.addresseeKinds, after.addresseeKinds, false)) changed.push('addresseeKinds');
  if (!sameList(before.addresseeOrganisationIds, after.addresseeOrganisationIds, false)) changed.push('addresseeOrganisationIds');
  if (!sameList(before.citedIndicatorIds, after.citedIndicatorIds, true)) changed.push('citedIndicatorIds');
  return changed;
}
