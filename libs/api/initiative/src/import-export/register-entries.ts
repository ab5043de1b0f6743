import type { InitiativeRegisterEntry } from '@pakt/domain';
import type { EntityManager } from 'typeorm';
import type { Initiative, PublishedInitiative } from '../entities';

/**
 * The initiatives with names for what they link to (organisations, action fields, regions), as the
 * export and the published list show them; four statements however many initiatives.
 */
export async function registerEntries(manager: EntityManager, initiatives: readonly Initiative[]): Promise<InitiativeRegisterEntry[]> {
  const ids = initiatives.map((initiative) => initiative.id);
  const names = (sql: string) => manager.query<Array<{ initiative_id: string; name: string }>>(sql, [ids]);
  // One after the other: the manager may be a transaction's, whose connection runs one query at a time.
  const partners = await names(
    `SELECT p.initiative_id, o.name FROM initiative_partner p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.initiative_id = ANY($1::uuid[]) ORDER BY o.name`,
  );
  const actionFields = await names(
    `SELECT a.initiative_id, f.title AS name FROM initiative_action_field a JOIN action_field f ON f.id = a.action_field_id
      WHERE a.initiative_id = ANY($1::uuid[]) ORDER BY f.position, f.title`,
  );
  const regions = await names(
    `SELECT r.initiative_id, g.name FROM initiative_region r JOIN region g ON g.id = r.region_id
      WHERE r.initiative_id = ANY($1::uuid[]) ORDER BY g.name`,
  );
  const leads = await names(
    `SELECT i.id AS initiative_id, o.name FROM initiative i JOIN organisation o ON o.id = i.lead_organisation_id WHERE i.id = ANY($1::uuid[])`,
  );
  const grouped = (rows: ReadonlyArray<{ initiative_id: string; name: string }>) => {
    const map = new Map<string, string[]>();
    for (const row of rows) map.set(row.initiative_id, [...(map.get(row.initiative_id) ?? []), row.name]);
    return map;
  };
  const [partnersOf, fieldsOf, regionsOf, leadOf] = [grouped(partners), grouped(actionFields), grouped(regions), grouped(leads)];
  return initiatives.map((initiative) => ({
    name: initiative.name,
    kind: initiative.kind,
    status: initiative.status,
    leadOrganisation: leadOf.get(initiative.id)?.[0] ?? '',
    partnerOrganisations: partnersOf.get(initiative.id) ?? [],
    actionFields: fieldsOf.get(initiative.id) ?? [],
    regions: regionsOf.get(initiative.id) ?? [],
    targetGroups: initiative.targetGroups,
    startOn: initiative.startOn,
    endOn: initiative.endOn,
    reportingCycle: initiative.reportingCycle,
    fundingNotes: initiative.fundingNotes,
    description: initiative.description,
  }));
}

/** The initiatives as a published list and the plan show them: names only, with their status and progress. */
export async function initiativeSummaries(manager: EntityManager, initiatives: readonly Initiative[]): Promise<PublishedInitiative[]> {
  const entries = await registerEntries(manager, initiatives);
  return entries.map((entry, index) => ({
    id: initiatives[index]!.id,
    name: entry.name,
    kind: entry.kind,
    status: entry.status,
    leadOrganisation: entry.leadOrganisation,
    partnerOrganisations: [...entry.partnerOrganisations],
    actionFields: [...entry.actionFields],
    regions: [...entry.regions],
    startOn: entry.startOn,
    endOn: entry.endOn,
    progressPercent: initiatives[index]!.latestPercent,
  }));
}
