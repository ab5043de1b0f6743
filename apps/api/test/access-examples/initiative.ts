import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import type { Examples } from './example';

// Initiatives of Hessen. Changing one needs, besides the permission, to represent its lead
// organisation (reporting: the lead or a partner) — or to be the secretariat. So each example
// that changes an initiative uses one led by an organisation the actor represents (HMSI for
// actors without one), created straight in the database; whoever holds the permission then
// succeeds, exactly as the policy says.

interface Hessen {
  allianceId: string;
  actionFieldId: string;
  hmsi: string;
}

async function hessen(app: TestApp): Promise<Hessen> {
  const [row] = await app.dataSource.query<Hessen[]>(
    `SELECT a.id AS "allianceId",
            (SELECT id FROM action_field WHERE alliance_id = a.id ORDER BY position LIMIT 1) AS "actionFieldId",
            (SELECT id FROM organisation WHERE alliance_id = a.id AND short_name = 'HMSI') AS hmsi
       FROM alliance a WHERE a.slug = 'hessen'`,
  );
  if (!row) throw new Error('no Hessen');
  return row;
}

/** The organisation the actor represents in Hessen today, or HMSI. */
async function leadFor(app: TestApp, actor: string | null): Promise<string> {
  const { allianceId, hmsi } = await hessen(app);
  const [own] = await app.dataSource.query<Array<{ id: string }>>(
    `SELECT m.organisation_id AS id FROM membership m JOIN person p ON p.id = m.person_id JOIN account a ON a.id = p.account_id
      WHERE a.email = $1 AND p.alliance_id = $2 AND m.organisation_id IS NOT NULL AND m.since <= current_date AND (m.until IS NULL OR m.until >= current_date)
      ORDER BY m.since LIMIT 1`,
    [actor ?? '', allianceId],
  );
  return own?.id ?? hmsi;
}

/** A fresh initiative of Hessen in this status, led by the actor's organisation. */
async function initiative(app: TestApp, actor: string | null, status: 'PLANNED' | 'RUNNING' = 'RUNNING'): Promise<{ id: string; version: number }> {
  const { allianceId, actionFieldId } = await hessen(app);
  const lead = await leadFor(app, actor);
  const [created] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO initiative (alliance_id, name, description, kind, status, lead_organisation_id, target_groups, start_on, reporting_cycle, version)
     VALUES ($1, $2, '', 'SINGLE', $3, $4, '{}', '2025-01-01', 'QUARTERLY', 1) RETURNING id, version`,
    [allianceId, `Zugriffsbeispiel ${randomBytes(6).toString('hex')}`, status, lead],
  );
  await app.dataSource.query(`INSERT INTO initiative_action_field (initiative_id, action_field_id) VALUES ($1, $2)`, [created!.id, actionFieldId]);
  await app.dataSource.query(
    `INSERT INTO initiative_status_change (initiative_id, alliance_id, to_status, effective_on, note) VALUES ($1, $2, $3, '2025-01-01', 'Beispiel')`,
    [created!.id, allianceId, status],
  );
  return created!;
}

async function milestone(app: TestApp, actor: string | null): Promise<{ id: string; version: number }> {
  const { id } = await initiative(app, actor);
  const [row] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO initiative_milestone (initiative_id, alliance_id, title, due_on, version)
     SELECT id, alliance_id, 'Beispielmeilenstein', '2026-01-01', 1 FROM initiative WHERE id = $1 RETURNING id, version`,
    [id],
  );
  return row!;
}

async function indicator(app: TestApp, actor: string | null): Promise<{ id: string; version: number }> {
  const { id } = await initiative(app, actor);
  const [row] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO initiative_indicator (initiative_id, name, unit, baseline, target, version) VALUES ($1, 'Teilnehmende', 'Personen', 0, 100, 1)
     RETURNING id, version`,
    [id],
  );
  return row!;
}

/** A reminder for the actor's own person in Hessen (for actors without one, a member's). */
async function reminder(app: TestApp, actor: string | null): Promise<string> {
  const { id } = await initiative(app, actor);
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO initiative_reminder (alliance_id, initiative_id, person_id, due_on)
     SELECT i.alliance_id, i.id,
            coalesce((SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = $2 AND p.alliance_id = i.alliance_id),
                     (SELECT id FROM person WHERE alliance_id = i.alliance_id AND display_name = 'Oliver Frank')),
            current_date
       FROM initiative i WHERE i.id = $1 RETURNING id`,
    [id, actor ?? ''],
  );
  return row!.id;
}

const CSV = btoa(
  unescape(encodeURIComponent('Name;Art;Federführung;Handlungsfelder;Beginn\r\nImportbeispiel;Einzel;HMSI;Fachkräftesicherung in Pflege und Gesundheit;2025-01-01\r\n')),
);

export const initiativeExamples: Examples = {
  'Query.initiative': {
    query: async (app) => `{ initiative(id: "${(await initiative(app, null)).id}") { id } }`,
    alliance: 'hessen',
    found: (data) => data.initiative !== null,
  },
  'Query.initiatives': {
    query: async (app) => `{ initiatives(allianceId: "${(await hessen(app)).allianceId}", first: 2) { totalCount } }`,
    alliance: 'hessen',
  },
  'Query.initiativeDashboard': {
    query: async (app) => `{ initiativeDashboard(allianceId: "${(await hessen(app)).allianceId}") { total } }`,
    alliance: 'hessen',
  },
  'Query.reportingRounds': {
    query: async (app) => `{ reportingRounds(allianceId: "${(await hessen(app)).allianceId}") { id } }`,
    alliance: 'hessen',
  },
  'Query.initiativeReminders': {
    query: async (app) => `{ initiativeReminders(allianceId: "${(await hessen(app)).allianceId}") { id } }`,
    alliance: 'hessen',
  },
  'Query.initiativePublication': {
    query: async (app) => `{ initiativePublication(allianceId: "${(await hessen(app)).allianceId}") { publishedAt } }`,
    alliance: 'hessen',
  },
  'Mutation.createInitiative': {
    query: async (app) => {
      const { allianceId, actionFieldId, hmsi } = await hessen(app);
      const name = `Neue Initiative ${randomBytes(6).toString('hex')}`;
      return `mutation { createInitiative(input: { allianceId: "${allianceId}", name: "${name}", kind: SINGLE, leadOrganisationId: "${hmsi}",
        actionFieldIds: ["${actionFieldId}"], startOn: "2026-01-01" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.updateInitiative': {
    query: async (app, actor) => {
      const { id, version } = await initiative(app, actor);
      return `mutation { updateInitiative(input: { id: "${id}", version: ${version}, description: "Geändert" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.changeInitiativeStatus': {
    query: async (app, actor) => {
      const { id, version } = await initiative(app, actor, 'PLANNED');
      return `mutation { changeInitiativeStatus(input: { id: "${id}", version: ${version}, status: RUNNING, note: "Start" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.addInitiativeMilestone': {
    query: async (app, actor) =>
      `mutation { addInitiativeMilestone(input: { initiativeId: "${(await initiative(app, actor)).id}", title: "Auftakt", dueOn: "2026-06-30" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateInitiativeMilestone': {
    query: async (app, actor) => {
      const { id, version } = await milestone(app, actor);
      return `mutation { updateInitiativeMilestone(input: { id: "${id}", version: ${version}, done: true }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.removeInitiativeMilestone': {
    query: async (app, actor) => `mutation { removeInitiativeMilestone(id: "${(await milestone(app, actor)).id}") { id } }`,
    alliance: 'hessen',
  },
  'Mutation.fileProgressReport': {
    query: async (app, actor) =>
      `mutation { fileProgressReport(input: { initiativeId: "${(await initiative(app, actor)).id}", percent: 30, narrative: "Gut angelaufen" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.addInitiativeIndicator': {
    query: async (app, actor) =>
      `mutation { addInitiativeIndicator(input: { initiativeId: "${(await initiative(app, actor)).id}", name: "Teilnehmende", unit: "Personen", baseline: 0, target: 200 }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateInitiativeIndicator': {
    query: async (app, actor) => {
      const { id, version } = await indicator(app, actor);
      return `mutation { updateInitiativeIndicator(input: { id: "${id}", version: ${version}, target: 250 }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.importInitiatives': {
    query: async (app) =>
      `mutation { importInitiatives(input: { allianceId: "${(await hessen(app)).allianceId}", fileName: "register.csv", contentBase64: "${CSV}", dryRun: true }) { rowCount } }`,
    alliance: 'hessen',
  },
  'Mutation.openReportingRound': {
    query: async (app) => `mutation { openReportingRound(input: { allianceId: "${(await hessen(app)).allianceId}", title: "Berichtsrunde", dueOn: "2099-12-31" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.publishInitiatives': {
    query: async (app) => `mutation { publishInitiatives(allianceId: "${(await hessen(app)).allianceId}") { publishedAt } }`,
    alliance: 'hessen',
  },
  'Mutation.dismissInitiativeReminder': {
    query: async (app, actor) => `mutation { dismissInitiativeReminder(id: "${await reminder(app, actor)}") { id } }`,
    alliance: 'hessen',
  },
};
