import { randomUUID } from 'node:crypto';
import { ActionField, Body, Organisation, Person } from '@pakt/api-alliance';
import { Indicator, IndicatorObservation } from '@pakt/api-indicator';
import { AlliancePlan, type FrozenIndicator, PlanVersion, PlanVersionIndicator, PlanVersionRecommendation, PlanVersionSignOff } from '@pakt/api-plan';
import {
  Recommendation,
  RecommendationAddressee,
  RecommendationAuthor,
  RecommendationComment,
  RecommendationIndicator,
  RecommendationRevision,
  RecommendationSupport,
  RecommendationTransition,
} from '@pakt/api-recommendation';
import type { EntityManager } from 'typeorm';
import type { SeedAlliance, SeedIndicator, SeedPlan, SeedRecommendation, SeedWorkspace } from './data/seed-types';
import { approvedAt, authorsOf, lastChange, recommendationState, resolveTransitions, revisionContents } from './data/workspace-history';

// The alliance's work so far, written as the services would have left it after every save,
// transition, comment and sign-off of the data's history: revisions numbered from 1 and matching
// the current content, versions counting the writes, the plan's approval frozen and adopted.

/** Created, then its figures entered: two writes, as through createIndicator and setIndicatorObservations. */
const INDICATOR_VERSION = 2;

/**
 * Seeds the alliance's workspace once: when it has no indicator, recommendation or plan yet.
 * Returns whether it did. Anything people have started there already is left alone.
 */
export async function seedWorkspace(manager: EntityManager, allianceId: string, seed: SeedAlliance): Promise<boolean> {
  const workspace = seed.workspace;
  if (!workspace) return false;
  const started =
    (await manager.existsBy(Indicator, { allianceId })) ||
    (await manager.existsBy(Recommendation, { allianceId })) ||
    (await manager.existsBy(AlliancePlan, { allianceId }));
  if (started) return false;

  const names = await namesOf(manager, allianceId, seed);
  const indicatorIds = await insertIndicators(manager, allianceId, workspace.indicators);
  const recommendationIds = new Map<string, string>();
  for (const recommendation of workspace.recommendations) {
    recommendationIds.set(recommendation.key, await insertRecommendation(manager, allianceId, recommendation, names, indicatorIds));
  }
  if (workspace.plan) await insertPlan(manager, allianceId, workspace, workspace.plan, names, indicatorIds, recommendationIds);
  return true;
}

/** The alliance's records, found by the names and keys the data uses. */
export interface Names {
  person(displayName: string): string;
  organisation(key: string): string;
  body(name: string): string;
  actionField(key: string): string;
}

export async function namesOf(manager: EntityManager, allianceId: string, seed: SeedAlliance): Promise<Names> {
  // One after the other: a transaction's connection runs one query at a time.
  const people = await manager.findBy(Person, { allianceId });
  const organisations = await manager.findBy(Organisation, { allianceId });
  const bodies = await manager.findBy(Body, { allianceId });
  const fields = await manager.findBy(ActionField, { allianceId });
  const lookup = (rows: Array<{ id: string }>, nameOf: (row: never) => string, what: string) => {
    const ids = new Map(rows.map((row) => [nameOf(row as never), row.id]));
    return (name: string | undefined) => {
      const found = name === undefined ? undefined : ids.get(name);
      // The data's tests rule this out; a miss is a programming error worth a loud failure.
      if (found === undefined) throw new Error(`Demo workspace refers to unknown ${what} "${name}"`);
      return found;
    };
  };
  const person = lookup(people, (row: Person) => row.displayName, 'person');
  const body = lookup(bodies, (row: Body) => row.name, 'body');
  const organisation = lookup(organisations, (row: Organisation) => row.name, 'organisation');
  const field = lookup(fields, (row: ActionField) => row.title, 'action field');
  return {
    person,
    body,
    organisation: (key) => organisation(seed.organisations[key]?.name),
    actionField: (key) => field(seed.actionFields[key]?.title),
  };
}

async function insertIndicators(manager: EntityManager, allianceId: string, indicators: SeedIndicator[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const indicator of indicators) {
    const id = randomUUID();
    ids.set(indicator.name, id);
    const at = new Date(indicator.enteredAt);
    await manager.insert(Indicator, {
      id,
      allianceId,
      name: indicator.name,
      unit: indicator.unit,
      description: indicator.description ?? null,
      source: indicator.source ?? null,
      version: INDICATOR_VERSION,
      createdAt: at,
      updatedAt: at,
    });
    await manager.insert(
      IndicatorObservation,
      indicator.series.flatMap((series, position) =>
        series.values.map(([period, value]) => ({ indicatorId: id, series: series.name, period, value, position })),
      ),
    );
  }
  return ids;
}

function required(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo workspace refers to unknown ${what} "${key}"`);
  return id;
}

async function insertRecommendation(
  manager: EntityManager,
  allianceId: string,
  seed: SeedRecommendation,
  names: Names,
  indicatorIds: Map<string, string>,
): Promise<string> {
  const id = randomUUID();
  const contents = revisionContents(seed);
  const current = contents.at(-1)!;
  const transitions = resolveTransitions(seed);
  const organisationIds = (keys: string[]) => keys.map((key) => names.organisation(key));
  const indicatorsOf = (list: string[]) => list.map((name) => required(indicatorIds, name, 'indicator'));

  await manager.insert(Recommendation, {
    id,
    allianceId,
    focusGroupId: names.body(seed.focusGroup),
    actionFieldId: names.actionField(seed.actionField),
    state: recommendationState(seed),
    title: current.title,
    problem: current.problem,
    measure: current.measure,
    addresseeKinds: current.addresseeKinds,
    expectedEffect: current.expectedEffect,
    timeFrame: current.timeFrame,
    costNotes: current.costNotes,
    revision: contents.length,
    createdByPersonId: names.person(seed.revisions[0].by),
    // One write for the creation, one for each later save and each transition.
    version: contents.length + transitions.length,
    createdAt: new Date(seed.revisions[0].at),
    updatedAt: new Date(lastChange(seed)),
  });
  if (current.addresseeOrganisations.length > 0) {
    await manager.insert(
      RecommendationAddressee,
      organisationIds(current.addresseeOrganisations).map((organisationId) => ({ recommendationId: id, organisationId })),
    );
  }
  if (current.citedIndicators.length > 0) {
    await manager.insert(
      RecommendationIndicator,
      indicatorsOf(current.citedIndicators).map((indicatorId, index) => ({ recommendationId: id, indicatorId, position: index + 1 })),
    );
  }
  await manager.insert(
    RecommendationAuthor,
    authorsOf(seed).map((author) => ({ recommendationId: id, personId: names.person(author.person), since: new Date(author.since) })),
  );
  await manager.insert(
    RecommendationRevision,
    contents.map((content, index) => ({
      recommendationId: id,
      number: index + 1,
      title: content.title,
      problem: content.problem,
      measure: content.measure,
      expectedEffect: content.expectedEffect,
      timeFrame: content.timeFrame,
      costNotes: content.costNotes,
      addresseeKinds: content.addresseeKinds,
      addresseeOrganisationIds: organisationIds(content.addresseeOrganisations),
      indicatorIds: indicatorsOf(content.citedIndicators),
      authorPersonId: names.person(seed.revisions[index]!.by),
      createdAt: new Date(seed.revisions[index]!.at),
    })),
  );
  if (transitions.length > 0) {
    await manager.insert(
      RecommendationTransition,
      transitions.map((transition) => ({
        recommendationId: id,
        action: transition.action,
        fromState: transition.from,
        toState: transition.to,
        actorPersonId: transition.by === null ? null : names.person(transition.by),
        comment: transition.comment,
        at: new Date(transition.at),
      })),
    );
  }
  for (const thread of seed.threads ?? []) {
    const threadId = randomUUID();
    await manager.insert(RecommendationComment, {
      id: threadId,
      recommendationId: id,
      allianceId,
      parentId: null,
      authorPersonId: names.person(thread.by),
      body: thread.body,
      resolvedAt: thread.resolved ? new Date(thread.resolved.at) : null,
      resolvedByPersonId: thread.resolved ? names.person(thread.resolved.by) : null,
      version: thread.editedAt ? 2 : 1,
      createdAt: new Date(thread.at),
      updatedAt: new Date(thread.editedAt ?? thread.at),
    });
    for (const reply of thread.replies ?? []) {
      await manager.insert(RecommendationComment, {
        recommendationId: id,
        allianceId,
        parentId: threadId,
        authorPersonId: names.person(reply.by),
        body: reply.body,
        resolvedAt: null,
        resolvedByPersonId: null,
        // An edit by its author is one more write; resolving a thread is none.
        version: reply.editedAt ? 2 : 1,
        createdAt: new Date(reply.at),
        updatedAt: new Date(reply.editedAt ?? reply.at),
      });
    }
  }
  if ((seed.supporters ?? []).length > 0) {
    await manager.insert(
      RecommendationSupport,
      (seed.supporters ?? []).map((supporter) => ({ recommendationId: id, personId: names.person(supporter.person), createdAt: new Date(supporter.at) })),
    );
  }
  return id;
}

async function insertPlan(
  manager: EntityManager,
  allianceId: string,
  workspace: SeedWorkspace,
  plan: SeedPlan,
  names: Names,
  indicatorIds: Map<string, string>,
  recommendationIds: Map<string, string>,
): Promise<void> {
  const approvals = plan.versions.map((version) => approvedAt(version));
  const published = plan.versions.filter((_, index) => approvals[index] !== null).at(-1);
  const planId = randomUUID();
  const firstAt = new Date(plan.versions[0]?.createdAt ?? Date.now());
  await manager.insert(AlliancePlan, {
    id: planId,
    allianceId,
    // The plan is called what its published version is called; each approval renamed it (one write each).
    title: (published ?? plan.versions[0])?.title ?? '',
    version: 1 + approvals.filter((at) => at !== null).length,
    createdAt: firstAt,
    updatedAt: new Date(approvals.filter((at) => at !== null).at(-1) ?? firstAt),
  });

  for (const [index, version] of plan.versions.entries()) {
    const versionId = randomUUID();
    const approved = approvals[index] ?? null;
    const indicators = version.indicators.map((name) => required(indicatorIds, name, 'indicator'));
    await manager.insert(PlanVersion, {
      id: versionId,
      planId,
      allianceId,
      number: index + 1,
      state: approved ? 'APPROVED' : version.submittedAt ? 'SUBMITTED' : 'DRAFT',
      title: version.title,
      situationAssessment: version.situationAssessment,
      initiativesText: version.initiativesText,
      commitments: version.commitments,
      submittedAt: version.submittedAt ? new Date(version.submittedAt) : null,
      approvedAt: approved ? new Date(approved) : null,
      frozenIndicators: approved ? (frozen(workspace, version.indicators, indicatorIds) as never) : null,
      // Started, assembled in one save, submitted, then one write per sign-off.
      version: 2 + (version.submittedAt ? 1 : 0) + version.signOffs.length,
      createdAt: new Date(version.createdAt),
      updatedAt: new Date(approved ?? version.signOffs.at(-1)?.at ?? version.submittedAt ?? version.createdAt),
    });
    if (indicators.length > 0) {
      await manager.insert(
        PlanVersionIndicator,
        indicators.map((indicatorId, position) => ({ planVersionId: versionId, indicatorId, position: position + 1 })),
      );
    }
    if (version.recommendations.length > 0) {
      await manager.insert(
        PlanVersionRecommendation,
        version.recommendations.map((key, position) => ({
          planVersionId: versionId,
          recommendationId: required(recommendationIds, key, 'recommendation'),
          position: position + 1,
        })),
      );
    }
    if (version.signOffs.length > 0) {
      await manager.insert(
        PlanVersionSignOff,
        version.signOffs.map((signOff) => ({
          planVersionId: versionId,
          role: signOff.role,
          personId: names.person(signOff.person),
          signedAt: new Date(signOff.at),
        })),
      );
    }
  }
}

/** The indicators' figures as the plan's approval freezes them (PlanService.freezeIndicators). */
export function frozen(workspace: SeedWorkspace, names: string[], indicatorIds: Map<string, string>): FrozenIndicator[] {
  return names.map((name) => {
    const indicator = workspace.indicators.find((candidate) => candidate.name === name);
    if (!indicator) throw new Error(`Demo plan refers to unknown indicator "${name}"`);
    return {
      id: required(indicatorIds, name, 'indicator'),
      version: INDICATOR_VERSION,
      name: indicator.name,
      unit: indicator.unit,
      description: indicator.description ?? null,
      source: indicator.source ?? null,
      series: indicator.series.map((series) => series.name),
      observations: indicator.series.flatMap((series) =>
        [...series.values].sort(([a], [b]) => a - b).map(([period, value]) => ({ series: series.name, period, value })),
      ),
      updatedAt: new Date(indicator.enteredAt).toISOString(),
    };
  });
}
