import { toLocalDate } from '@pakt/domain';
import type { EntityManager } from 'typeorm';

// A person represents an organisation while they hold a current membership (since ≤ today ≤
// until) on its behalf in any body of the alliance. "Today" is Berlin's, as for every membership.

/** The organisations the person currently represents in the alliance, each once. */
export async function representedOrganisationIds(manager: EntityManager, personId: string, allianceId: string): Promise<string[]> {
  const rows = await manager.query<Array<{ organisation_id: string }>>(
    `SELECT DISTINCT m.organisation_id FROM membership m
      WHERE m.person_id = $1 AND m.alliance_id = $2 AND m.organisation_id IS NOT NULL
        AND m.since <= $3::date AND (m.until IS NULL OR m.until >= $3::date)`,
    [personId, allianceId, toLocalDate(new Date())],
  );
  return rows.map((row) => row.organisation_id);
}

/** Whether the person currently represents the organisation (in any body of its alliance). */
export async function isRepresentativeOf(manager: EntityManager, personId: string, organisationId: string): Promise<boolean> {
  const [row] = await manager.query<Array<{ found: boolean }>>(
    `SELECT EXISTS (
       SELECT 1 FROM membership m
        WHERE m.person_id = $1 AND m.organisation_id = $2
          AND m.since <= $3::date AND (m.until IS NULL OR m.until >= $3::date)
     ) AS found`,
    [personId, organisationId, toLocalDate(new Date())],
  );
  return row?.found === true;
}
