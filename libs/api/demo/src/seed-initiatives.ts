import { randomUUID } from 'node:crypto';
import { ActionField, Organisation, Person, Region } from '@pakt/api-alliance';
import {
  Initiative,
  InitiativeActionField,
  InitiativeIndicator,
  InitiativeIndicatorValue,
  InitiativeMilestone,
  InitiativePartner,
  InitiativeProgressReport,
  InitiativeRecommendation,
  InitiativeRegion,
  InitiativeStatusChange,
} from '@pakt/api-initiative';
import { Recommendation } from '@pakt/api-recommendation';
import type { EntityManager } from 'typeorm';
import type { SeedAlliance, SeedInitiative } from './data/seed-types';
import { currentContent } from './data/workspace-history';

// The register as the services would have left it: each status change and report written at
// noon (Berlin) of its day, versions counting the writes, the latest report repeated on the initiative.

const noon = (day: string) => new Date(`${day}T11:00:00Z`);

/**
 * Seeds the alliance's initiatives once: when its register is empty. Returns whether it did.
 * Seeded apart from the rest of the workspace, so an alliance seeded before the register existed gets it too.
 */
export async function seedInitiatives(manager: EntityManager, allianceId: string, seed: SeedAlliance): Promise<boolean> {
  const initiatives = seed.workspace?.initiatives ?? [];
  if (initiatives.length === 0 || (await manager.existsBy(Initiative, { allianceId }))) return false;
  const lookup = await lookupOf(manager, allianceId, seed);
  for (const initiative of initiatives) await insertInitiative(manager, allianceId, initiative, lookup);
  return true;
}

interface Lookup {
  person(name: string): string;
  organisation(key: string): string;
  actionField(key: string): string;
  region(name: string): string;
  recommendation(key: string): string;
}

async function lookupOf(manager: EntityManager, allianceId: string, seed: SeedAlliance): Promise<Lookup> {
  const byName = <T extends { id: string }>(rows: T[], nameOf: (row: T) => string, what: string) => {
    const ids = new Map(rows.map((row) => [nameOf(row), row.id]));
    return (name: string | undefined) => {
      const id = name === undefined ? undefined : ids.get(name);
      // The data's tests rule this out; a miss is a programming error worth a loud failure.
      if (id === undefined) throw new Error(`Demo initiatives refer to unknown ${what} "${name}"`);
      return id;
    };
  };
  // One after the other: a transaction's connection runs one query at a time.
  const person = byName(await manager.findBy(Person, { allianceId }), (row) => row.displayName, 'person');
  const organisation = byName(await manager.findBy(Organisation, { allianceId }), (row) => row.name, 'organisation');
  const field = byName(await manager.findBy(ActionField, { allianceId }), (row) => row.title, 'action field');
  const region = byName(await manager.findBy(Region, { allianceId }), (row) => row.name, 'region');
  const recommendation = byName(await manager.findBy(Recommendation, { allianceId }), (row) => row.title, 'recommendation');
  const titles = new Map((seed.workspace?.recommendations ?? []).map((entry) => [entry.key, currentContent(entry).title]));
  return {
    person,
    region,
    organisation: (key) => organisation(seed.organisations[key]?.name),
    actionField: (key) => field(seed.actionFields[key]?.title),
    recommendation: (key) => recommendation(titles.get(key)),
  };
}

async function insertInitiative(manager: EntityManager, allianceId: string, seed: SeedInitiative, lookup: Lookup): Promise<void> {
  const id = randomUUID();
  const history = seed.statusHistory;
  const registered = history[0];
  const latest = seed.reports?.at(-1);
  const lastChange = history.at(-1)!;
  await manager.insert(Initiative, {
    id,
    allianceId,
    name: seed.name,
    description: seed.description,
    kind: seed.kind,
    status: lastChange.status,
    leadOrganisationId: lookup.organisation(seed.lead),
    targetGroups: seed.targetGroups,
    startOn: seed.startOn,
    endOn: seed.endOn ?? null,
    fundingNotes: seed.fundingNotes ?? null,
    reportingCycle: seed.reportingCycle,
    latestPercent: latest?.percent ?? null,
    lastReportOn: latest?.on ?? null,
    createdByPersonId: lookup.person(registered.by),
    // Created, then one write per later status change.
    version: history.length,
    createdAt: noon(registered.on),
    updatedAt: noon(lastChange.on),
  });
  const rows = <T>(values: readonly string[] | undefined, row: (value: string) => T): T[] => (values ?? []).map(row);
  const partners = rows(seed.partners, (key) => ({ initiativeId: id, organisationId: lookup.organisation(key) }));
  if (partners.length > 0) await manager.insert(InitiativePartner, partners);
  await manager.insert(InitiativeActionField, rows(seed.actionFields, (key) => ({ initiativeId: id, actionFieldId: lookup.actionField(key) })));
  const regions = rows(seed.regions, (name) => ({ initiativeId: id, regionId: lookup.region(name) }));
  if (regions.length > 0) await manager.insert(InitiativeRegion, regions);
  const recommendations = rows(seed.recommendations, (key) => ({ initiativeId: id, recommendationId: lookup.recommendation(key) }));
  if (recommendations.length > 0) await manager.insert(InitiativeRecommendation, recommendations);
  await manager.insert(
    InitiativeStatusChange,
    history.map((change, index) => ({
      initiativeId: id,
      allianceId,
      fromStatus: index === 0 ? null : history[index - 1]!.status,
      toStatus: change.status,
      effectiveOn: change.on,
      note: change.note,
      actorPersonId: lookup.person(change.by),
      at: noon(change.on),
    })),
  );
  if (seed.milestones && seed.milestones.length > 0) {
    await manager.insert(
      InitiativeMilestone,
      seed.milestones.map((milestone) => ({
        initiativeId: id,
        allianceId,
        title: milestone.title,
        dueOn: milestone.dueOn,
        doneOn: milestone.doneOn ?? null,
        version: milestone.doneOn ? 2 : 1,
        createdAt: noon(registered.on),
        updatedAt: noon(milestone.doneOn ?? registered.on),
      })),
    );
  }
  const indicatorIds = new Map<string, string>();
  for (const indicator of seed.indicators ?? []) {
    const indicatorId = randomUUID();
    indicatorIds.set(indicator.name, indicatorId);
    await manager.insert(InitiativeIndicator, { id: indicatorId, initiativeId: id, ...indicator, version: 1, createdAt: noon(registered.on), updatedAt: noon(registered.on) });
  }
  for (const report of seed.reports ?? []) {
    const reportId = randomUUID();
    await manager.insert(InitiativeProgressReport, {
      id: reportId,
      initiativeId: id,
      reportedOn: report.on,
      percent: report.percent,
      narrative: report.narrative,
      authorPersonId: lookup.person(report.by),
      createdAt: noon(report.on),
    });
    const values = Object.entries(report.values ?? {}).map(([name, value]) => {
      const indicatorId = indicatorIds.get(name);
      if (indicatorId === undefined) throw new Error(`Demo report of "${seed.name}" names unknown indicator "${name}"`);
      return { indicatorId, reportId, measuredOn: report.on, value };
    });
    if (values.length > 0) await manager.insert(InitiativeIndicatorValue, values);
  }
}
