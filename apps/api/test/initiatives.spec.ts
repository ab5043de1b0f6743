import { readOutbox } from '@pakt/api-identity';
import { ReminderService } from '@pakt/api-initiative';
import { addDays, toLocalDate } from '@pakt/domain';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// Initiative tracking over real HTTP on the demo data. The cast: Hessen's secretariat keeps the
// register; Oliver Frank (mitglied@) represents the IHKs, which lead the joint test initiative;
// Monika Lange (fokusgruppe-stellvertretung@) represents the Handwerkskammern, a partner; Dr.
// Frieder Haas (fokusgruppe-vorsitz@) represents the economics ministry, which has no part in it;
// the observer reads only the published list; Sachsen-Anhalt's secretariat is an outsider.

interface ErrorShape {
  code: unknown;
  fields?: Record<string, string>;
  extensions: Record<string, unknown>;
}

interface InitiativeData {
  id: string;
  version: number;
  name: string;
  status: string;
  kind: string;
  progressPercent: number | null;
  lastReportOn: string | null;
  viewerMayEdit: boolean;
  viewerMayReport: boolean;
  viewerStatuses: string[];
  partnerOrganisations: Array<{ name: string }>;
  milestones: Array<{ id: string; version: number; title: string; dueOn: string; doneOn: string | null; overdue: boolean }>;
  statusHistory: Array<{ fromStatus: string | null; toStatus: string; note: string; effectiveOn: string; actor: { displayName: string } | null }>;
}

const FIELDS = `id version name status kind progressPercent lastReportOn viewerMayEdit viewerMayReport viewerStatuses
  partnerOrganisations { name } milestones { id version title dueOn doneOn overdue }
  statusHistory { fromStatus toStatus note effectiveOn actor { displayName } }`;
const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($input: ChangeInitiativeStatusInput!) { changeInitiativeStatus(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { initiative(id: $id) { ${FIELDS} } }`;
const REPORT = `mutation($input: FileProgressReportInput!) { fileProgressReport(input: $input) { id percent reportedOn narrative author { displayName }
  indicatorValues { indicatorId value } } }`;
const ADD_MILESTONE = `mutation($input: AddInitiativeMilestoneInput!) { addInitiativeMilestone(input: $input) { id version title dueOn doneOn overdue } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateInitiativeMilestoneInput!) { updateInitiativeMilestone(input: $input) { id version doneOn overdue } }`;
const DASHBOARD = `query($allianceId: ID!, $filter: InitiativeFilter) { initiativeDashboard(allianceId: $allianceId, filter: $filter) {
  total byStatus { status count } progress { percent counted }
  actionFields { actionField { title } total byStatus { status count } progress { percent counted } }
  overdueMilestoneCount overdueMilestones { milestone { title } initiative { name } daysOverdue }
  staleCount stale { initiative { name } daysWithoutReport }
  statusOverTime { month byStatus { status count } } } }`;
const IMPORT = `mutation($input: ImportInitiativesInput!) { importInitiatives(input: $input) { rowCount names saved } }`;

const TODAY = toLocalDate(new Date());

describe('initiatives', () => {
  let app: TestApp;
  let secretariat: TestClient;
  let lead: TestClient;
  let partner: TestClient;
  let bystander: TestClient;
  let observer: TestClient;
  let outsider: TestClient;
  let ids: {
    hessen: string;
    care: string;
    youth: string;
    frankfurt: string;
    ihk: string;
    hwk: string;
    rd: string;
    hmwevw: string;
    foreignOrganisation: string;
    recommendation: string;
  };

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    secretariat = await app.signIn('sekretariat@hessen.example.org');
    lead = await app.signIn('mitglied@hessen.example.org');
    partner = await app.signIn('fokusgruppe-stellvertretung@hessen.example.org');
    bystander = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    observer = await app.signIn('beobachtung@hessen.example.org');
    outsider = await app.signIn('sekretariat@sachsen-anhalt.example.org');
    const hessen = (await one<{ id: string }>(`SELECT id FROM alliance WHERE slug = 'hessen'`)).id;
    const sachsenAnhalt = (await one<{ id: string }>(`SELECT id FROM alliance WHERE slug = 'sachsen-anhalt'`)).id;
    const organisation = async (shortName: string) =>
      (await one<{ id: string }>(`SELECT id FROM organisation WHERE short_name = $1 AND alliance_id = $2`, [shortName, hessen])).id;
    const field = async (title: string) => (await one<{ id: string }>(`SELECT id FROM action_field WHERE title = $1`, [title])).id;
    ids = {
      hessen,
      care: await field('Fachkräftesicherung in Pflege und Gesundheit'),
      youth: await field('Fachkräftesicherung in der Kinder- und Jugendhilfe'),
      frankfurt: (await one<{ id: string }>(`SELECT id FROM region WHERE name = 'Frankfurt am Main' AND alliance_id = $1`, [hessen])).id,
      ihk: await organisation('AG hessischer IHKs'),
      hwk: await organisation('AGH'),
      rd: await organisation('RD Hessen'),
      hmwevw: await organisation('HMWEVW'),
      foreignOrganisation: (await one<{ id: string }>(`SELECT id FROM organisation WHERE alliance_id = $1 LIMIT 1`, [sachsenAnhalt])).id,
      recommendation: (
        await one<{ id: string }>(`SELECT id FROM recommendation WHERE alliance_id = $1 AND state IN ('APPROVED', 'ADOPTED') ORDER BY title LIMIT 1`, [hessen])
      ).id,
    };
  });
  afterAll(() => app?.close());

  async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
    const [row] = await app.dataSource.query<T[]>(sql, params);
    if (!row) throw new Error(`no row: ${sql}`);
    return row;
  }

  async function ok<T = Record<string, unknown>>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await client.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  async function refused(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<ErrorShape> {
    const { body } = await client.graphql(query, variables);
    expect(body.errors, 'refused').toHaveLength(1);
    const extensions = (body.errors![0]!.extensions ?? {}) as Record<string, unknown>;
    return { code: extensions.code, fields: extensions.fields as Record<string, string> | undefined, extensions };
  }

  /** How many rows the tables of initiative tracking hold: a refused change leaves all of them as they were. */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables = ['initiative', 'initiative_partner', 'initiative_action_field', 'initiative_status_change', 'initiative_milestone', 'initiative_progress_report', 'initiative_indicator_value'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = (await one<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`)).count;
    return counts;
  }

  function jointInput(name: string, overrides: Record<string, unknown> = {}) {
    return {
      allianceId: ids.hessen,
      name,
      description: 'Gemeinsam mehr Auszubildende in der Pflege.',
      kind: 'JOINT',
      leadOrganisationId: ids.ihk,
      partnerOrganisationIds: [ids.hwk, ids.rd],
      actionFieldIds: [ids.care],
      regionIds: [ids.frankfurt],
      recommendationIds: [ids.recommendation],
      targetGroups: ['Schulabgängerinnen und Schulabgänger'],
      startOn: '2026-01-15',
      endOn: '2027-12-31',
      reportingCycle: 'QUARTERLY',
      ...overrides,
    };
  }

  async function create(name: string, overrides: Record<string, unknown> = {}): Promise<InitiativeData> {
    return (await ok<{ createInitiative: InitiativeData }>(secretariat, CREATE, { input: jointInput(name, overrides) })).createInitiative;
  }

  async function dashboard(filter?: Record<string, unknown>) {
    type Dashboard = {
      total: number;
      byStatus: Array<{ status: string; count: number }>;
      progress: { percent: number | null; counted: number };
      actionFields: Array<{ actionField: { title: string }; total: number; byStatus: Array<{ status: string; count: number }> }>;
      overdueMilestoneCount: number;
      overdueMilestones: Array<{ milestone: { title: string }; initiative: { name: string }; daysOverdue: number }>;
      staleCount: number;
      stale: Array<{ initiative: { name: string }; daysWithoutReport: number }>;
      statusOverTime: Array<{ month: string; byStatus: Array<{ status: string; count: number }> }>;
    };
    return (await ok<{ initiativeDashboard: Dashboard }>(secretariat, DASHBOARD, { allianceId: ids.hessen, filter })).initiativeDashboard;
  }

  const countOf = (byStatus: Array<{ status: string; count: number }>, status: string) => byStatus.find((entry) => entry.status === status)?.count;

  it('shows the secretariat Hessen’s demo register: running and completed initiatives, overdue milestones, reports too long ago, progress by action field', async () => {
    const overview = await dashboard();
    expect(overview.total).toBe(9);
    expect(countOf(overview.byStatus, 'RUNNING')).toBe(7);
    expect(countOf(overview.byStatus, 'COMPLETED')).toBe(2);
    expect(overview.overdueMilestones.map((entry) => entry.initiative.name)).toEqual(
      expect.arrayContaining(['Stärkung der ländlichen Räume', 'Pflegequalifizierungszentrum Hessen']),
    );
    expect(overview.stale.map((entry) => entry.initiative.name)).toEqual(expect.arrayContaining(['Duales Studium', 'Stärkung der ländlichen Räume']));
    expect(overview.progress.counted).toBe(9);
    expect(overview.actionFields.map((entry) => entry.total)).toEqual([3, 2, 4, 4]);
    // All nine were in the register throughout the last twelve months.
    expect(overview.statusOverTime.every((point) => point.byStatus.reduce((sum, entry) => sum + entry.count, 0) === 9)).toBe(true);
  });

  it('takes a joint initiative from the register through milestones and reports to COMPLETED, with its timeline and the dashboard following', async () => {
    const search = { search: 'Pflegeausbildung im Verbund' };
    const before = await dashboard(search);
    expect(before.total).toBe(0);

    const created = await create('Pflegeausbildung im Verbund');
    expect(created).toMatchObject({ status: 'PLANNED', kind: 'JOINT', viewerMayEdit: true, viewerStatuses: ['RUNNING', 'CANCELLED'] });
    expect(created.partnerOrganisations.map((o) => o.name)).toEqual([
      'Arbeitsgemeinschaft der Hessischen Handwerkskammern',
      'Regionaldirektion Hessen der Bundesagentur für Arbeit',
    ]);
    expect(created.statusHistory).toEqual([
      { fromStatus: null, toStatus: 'PLANNED', note: 'In das Register aufgenommen', effectiveOn: '2026-01-15', actor: { displayName: 'Katrin Vogel' } },
    ]);

    // The lead organisation's representative starts it; a partner's may not.
    const asLead = (await ok<{ initiative: InitiativeData }>(lead, READ, { id: created.id })).initiative;
    expect(asLead).toMatchObject({ viewerMayEdit: true, viewerMayReport: true, viewerStatuses: ['RUNNING', 'CANCELLED'] });
    const asPartner = (await ok<{ initiative: InitiativeData }>(partner, READ, { id: created.id })).initiative;
    expect(asPartner).toMatchObject({ viewerMayEdit: false, viewerMayReport: true, viewerStatuses: [] });
    expect((await refused(partner, STATUS, { input: { id: created.id, version: created.version, status: 'RUNNING', note: 'Los' } })).code).toBe('FORBIDDEN');
    const running = (await ok<{ changeInitiativeStatus: InitiativeData }>(lead, STATUS, {
      input: { id: created.id, version: created.version, status: 'RUNNING', note: 'Auftaktveranstaltung', effectiveOn: '2026-02-01' },
    })).changeInitiativeStatus;
    expect(running.status).toBe('RUNNING');

    // The secretariat adds a milestone; its indicator gets a value with the partner's report.
    const milestone = (await ok<{ addInitiativeMilestone: InitiativeData['milestones'][number] }>(secretariat, ADD_MILESTONE, {
      input: { initiativeId: created.id, title: 'Kooperationsvertrag unterzeichnet', dueOn: addDays(TODAY, -3) },
    })).addInitiativeMilestone;
    expect(milestone).toMatchObject({ doneOn: null, overdue: true });
    const { addInitiativeIndicator: indicator } = await ok<{ addInitiativeIndicator: { id: string } }>(
      lead,
      `mutation($input: AddInitiativeIndicatorInput!) { addInitiativeIndicator(input: $input) { id name baseline target } }`,
      { input: { initiativeId: created.id, name: 'Ausbildungsverträge', unit: 'Verträge', baseline: 120, target: 300 } },
    );
    const overdue = await dashboard(search);
    expect(overdue.overdueMilestones).toEqual([{ milestone: { title: 'Kooperationsvertrag unterzeichnet' }, initiative: { name: 'Pflegeausbildung im Verbund' }, daysOverdue: 3 }]);

    const report = (await ok<{ fileProgressReport: Record<string, unknown> }>(partner, REPORT, {
      input: { initiativeId: created.id, percent: 40, narrative: 'Zwölf Betriebe machen mit.', indicatorValues: [{ indicatorId: indicator.id, value: 150 }] },
    })).fileProgressReport;
    expect(report).toMatchObject({ percent: 40, reportedOn: TODAY, author: { displayName: 'Monika Lange' }, indicatorValues: [{ indicatorId: indicator.id, value: 150 }] });

    const done = (await ok<{ updateInitiativeMilestone: InitiativeData['milestones'][number] }>(lead, UPDATE_MILESTONE, {
      input: { id: milestone.id, version: milestone.version, done: true },
    })).updateInitiativeMilestone;
    expect(done).toMatchObject({ doneOn: TODAY, overdue: false });

    const afterReport = await dashboard(search);
    expect(afterReport).toMatchObject({ total: 1, overdueMilestoneCount: 0, overdueMilestones: [], progress: { percent: 40, counted: 1 } });
    expect(countOf(afterReport.byStatus, 'RUNNING')).toBe(1);
    const care = afterReport.actionFields.find((entry) => entry.actionField.title === 'Fachkräftesicherung in Pflege und Gesundheit')!;
    expect(care.total).toBe(1);
    expect(countOf(care.byStatus, 'RUNNING')).toBe(1);

    const current = (await ok<{ initiative: InitiativeData }>(lead, READ, { id: created.id })).initiative;
    const completed = (await ok<{ changeInitiativeStatus: InitiativeData }>(lead, STATUS, {
      input: { id: created.id, version: current.version, status: 'COMPLETED', note: 'Alle Ziele erreicht' },
    })).changeInitiativeStatus;
    expect(completed.statusHistory.map((entry) => [entry.fromStatus, entry.toStatus, entry.note, entry.actor?.displayName])).toEqual([
      [null, 'PLANNED', 'In das Register aufgenommen', 'Katrin Vogel'],
      ['PLANNED', 'RUNNING', 'Auftaktveranstaltung', 'Oliver Frank'],
      ['RUNNING', 'COMPLETED', 'Alle Ziele erreicht', 'Oliver Frank'],
    ]);
    expect(completed.viewerStatuses).toEqual([]);

    const after = await dashboard(search);
    expect(after.progress).toEqual({ percent: 100, counted: 1 });
    expect(countOf(after.byStatus, 'RUNNING')).toBe(0);
    expect(countOf(after.byStatus, 'COMPLETED')).toBe(1);
    const thisMonth = after.statusOverTime.at(-1)!;
    expect(thisMonth.month).toBe(TODAY.slice(0, 7));
    expect(countOf(thisMonth.byStatus, 'COMPLETED')).toBe(1);
    expect(after.statusOverTime).toHaveLength(12);

    const audit = await app.dataSource.query<Array<{ action: string }>>(`SELECT action FROM audit_entry WHERE object_id = $1 ORDER BY occurred_at, id`, [created.id]);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['initiative.created', 'initiative.statusChanged', 'initiative.milestoneAdded', 'initiative.reported', 'initiative.milestoneUpdated']),
    );
  });

  it('lets only the secretariat and the lead organisation’s representatives change an initiative, and partners report', async () => {
    const initiative = await create('Rechtebeispiel Verbund');
    const counts = await rowCounts();
    // The economics ministry has no part in it: reads, but neither edits nor reports.
    expect((await refused(bystander, UPDATE, { input: { id: initiative.id, version: initiative.version, description: 'x' } })).code).toBe('FORBIDDEN');
    expect((await refused(bystander, ADD_MILESTONE, { input: { initiativeId: initiative.id, title: 'x', dueOn: TODAY } })).code).toBe('FORBIDDEN');
    expect((await refused(partner, ADD_MILESTONE, { input: { initiativeId: initiative.id, title: 'x', dueOn: TODAY } })).code).toBe('FORBIDDEN');
    // Observers neither read the register nor report.
    expect((await refused(observer, READ, { id: initiative.id })).code).toBe('FORBIDDEN');
    expect((await refused(observer, REPORT, { input: { initiativeId: initiative.id, percent: 1, narrative: 'x' } })).code).toBe('FORBIDDEN');
    // Only the secretariat creates, runs the dashboard and imports.
    expect((await refused(lead, CREATE, { input: jointInput('Nicht erlaubt') })).code).toBe('FORBIDDEN');
    expect((await refused(lead, DASHBOARD, { allianceId: ids.hessen })).code).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(counts);
    // The lead's representative edits the content.
    const updated = (await ok<{ updateInitiative: InitiativeData }>(lead, UPDATE, {
      input: { id: initiative.id, version: initiative.version, partnerOrganisationIds: [ids.hwk] },
    })).updateInitiative;
    expect(updated.partnerOrganisations.map((o) => o.name)).toEqual(['Arbeitsgemeinschaft der Hessischen Handwerkskammern']);
    // A stale version is CONFLICT with the current one.
    const stale = await refused(lead, UPDATE, { input: { id: initiative.id, version: initiative.version, description: 'Zu spät' } });
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: updated.version } });
  });

  it('answers another alliance’s initiatives exactly like ones that do not exist', async () => {
    const initiative = await create('Nur für Hessen');
    const counts = await rowCounts();
    expect((await ok<{ initiative: null }>(outsider, READ, { id: initiative.id })).initiative).toBeNull();
    expect((await ok<{ initiative: null }>(outsider, READ, { id: '00000000-0000-4000-8000-000000000000' })).initiative).toBeNull();
    for (const [query, variables] of [
      [STATUS, { input: { id: initiative.id, version: initiative.version, status: 'RUNNING', note: 'x' } }],
      [UPDATE, { input: { id: initiative.id, version: initiative.version, name: 'Übernommen' } }],
      [REPORT, { input: { initiativeId: initiative.id, percent: 10, narrative: 'x' } }],
      [ADD_MILESTONE, { input: { initiativeId: initiative.id, title: 'x', dueOn: TODAY } }],
      [DASHBOARD, { allianceId: ids.hessen }],
      [CREATE, { input: jointInput('Fremd') }],
      [`query($id: ID!) { initiatives(allianceId: $id) { totalCount } }`, { id: ids.hessen }],
    ] as const) {
      expect((await refused(outsider, query, variables)).code, query).toBe('NOT_FOUND');
    }
    expect(await rowCounts()).toEqual(counts);
  });

  it('refuses bad input with a code and a message per field, and saves nothing', async () => {
    const initiative = await create('Fehlerbeispiel');
    const counts = await rowCounts();
    const illegal = await refused(secretariat, STATUS, { input: { id: initiative.id, version: initiative.version, status: 'COMPLETED', note: 'Fertig?' } });
    expect(illegal).toMatchObject({ code: 'BAD_USER_INPUT', fields: { status: 'An initiative that is PLANNED cannot become COMPLETED.' } });
    const noReason = await refused(secretariat, STATUS, { input: { id: initiative.id, version: initiative.version, status: 'CANCELLED', note: ' ' } });
    expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } });
    const future = await refused(secretariat, STATUS, {
      input: { id: initiative.id, version: initiative.version, status: 'RUNNING', note: 'Bald', effectiveOn: addDays(TODAY, 2) },
    });
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', fields: { effectiveOn: 'A status change cannot take effect in the future.' } });

    const endBeforeStart = await refused(secretariat, CREATE, { input: jointInput('Rückwärts', { startOn: '2026-05-01', endOn: '2026-04-30' }) });
    expect(endBeforeStart).toMatchObject({ code: 'BAD_USER_INPUT', fields: { endOn: 'The end cannot be before the start.' } });
    const unknown = await refused(secretariat, CREATE, {
      input: jointInput('Unbekannte', { leadOrganisationId: ids.foreignOrganisation, partnerOrganisationIds: ['00000000-0000-4000-8000-000000000000'] }),
    });
    expect(unknown).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { leadOrganisationId: 'There is no such organisation in this alliance.', partnerOrganisationIds: 'There is no such organisation in this alliance.' },
    });
    const noPartners = await refused(secretariat, CREATE, { input: jointInput('Allein', { partnerOrganisationIds: [] }) });
    expect(noPartners.fields).toEqual({ partnerOrganisationIds: 'A joint initiative needs at least one partner organisation.' });
    const duplicate = await refused(secretariat, CREATE, { input: jointInput('FEHLERBEISPIEL') });
    expect(duplicate.fields).toEqual({ name: 'An initiative of this name is already in the register.' });
    const noField = await refused(secretariat, CREATE, { input: jointInput('Ohne Feld', { actionFieldIds: [] }) });
    expect(noField).toMatchObject({ code: 'BAD_USER_INPUT', fields: { actionFieldIds: 'Please choose at least one action field.' } });

    await ok(secretariat, STATUS, { input: { id: initiative.id, version: initiative.version, status: 'RUNNING', note: 'Start', effectiveOn: '2026-01-20' } });
    const countsRunning = await rowCounts();
    for (const percent of [-1, 101]) {
      const outside = await refused(lead, REPORT, { input: { initiativeId: initiative.id, percent, narrative: 'x' } });
      expect(outside).toMatchObject({ code: 'BAD_USER_INPUT', fields: { percent: expect.stringMatching(/percentage is at (least 0|most 100)/) } });
    }
    const early = await refused(lead, REPORT, { input: { initiativeId: initiative.id, percent: 10, narrative: 'x', reportedOn: '2025-12-31' } });
    expect(early.fields).toEqual({ reportedOn: 'A report cannot be dated before the start (2026-01-15).' });
    const foreignIndicator = await refused(lead, REPORT, {
      input: { initiativeId: initiative.id, percent: 10, narrative: 'x', indicatorValues: [{ indicatorId: '00000000-0000-4000-8000-000000000000', value: 1 }] },
    });
    expect(foreignIndicator.fields).toEqual({ indicatorValues: 'Values can only be given for this initiative’s own indicators.' });
    expect(await rowCounts()).toEqual(countsRunning);
    expect(countsRunning.initiative_status_change).toBe(counts.initiative_status_change! + 1);
  });

  async function download(client: TestClient, file: string): Promise<Response> {
    return fetch(`${app.url}/exports/initiatives/${file}`, { headers: client.cookies ? { cookie: client.cookies } : {} });
  }

  it('exports the filtered register as CSV and XLSX, and imports the files back', async () => {
    await create('Exportprobe Eins', { kind: 'SINGLE', partnerOrganisationIds: [], actionFieldIds: [ids.youth], targetGroups: ['Erzieherinnen', 'Quereinsteiger'] });
    await create('Exportprobe Zwei', { endOn: null, fundingNotes: 'ESF Plus; Landesmittel' });
    const filter = `?search=Exportprobe&lang=de`;
    const csv = await download(secretariat, `${ids.hessen}.csv${filter}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="Initiativen-hessen.csv"');
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"Name";"Art";"Status";"Federführung";"Partner";"Handlungsfelder";"Regionen";"Zielgruppen";"Beginn";"Ende";"Berichtszyklus";"Finanzierung";"Beschreibung"');
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['"Exportprobe Eins"', '"Exportprobe Zwei"']);

    // Without a session: 401; another alliance's register: 404, like one that does not exist.
    expect((await fetch(`${app.url}/exports/initiatives/${ids.hessen}.csv`)).status).toBe(401);
    expect((await download(outsider, `${ids.hessen}.xlsx`)).status).toBe(404);
    expect((await download(observer, `${ids.hessen}.xlsx`)).status).toBe(404);
    expect((await download(secretariat, `${ids.hessen}.csv?status=DONE`)).status).toBe(400);

    // The CSV read back: every name is taken, so the import says so row by row and adds nothing.
    const counts = await rowCounts();
    const again = await refused(secretariat, IMPORT, {
      input: { allianceId: ids.hessen, fileName: 'register.csv', contentBase64: Buffer.from(text).toString('base64') },
    });
    expect(again.code).toBe('BAD_USER_INPUT');
    expect(again.extensions.rows).toEqual([
      expect.objectContaining({ row: 2, column: 'Name', code: 'EXISTING_NAME' }),
      expect.objectContaining({ row: 3, column: 'Name', code: 'EXISTING_NAME' }),
    ]);
    expect(await rowCounts()).toEqual(counts);

    // Renamed, the same file imports, and the register then holds the same initiatives under the new names.
    const renamed = text.replaceAll('"Exportprobe ', '"Reimport ');
    const imported = await ok<{ importInitiatives: { rowCount: number; names: string[]; saved: boolean } }>(secretariat, IMPORT, {
      input: { allianceId: ids.hessen, fileName: 'register.csv', contentBase64: Buffer.from(renamed).toString('base64') },
    });
    expect(imported.importInitiatives).toEqual({ rowCount: 2, names: ['Reimport Eins', 'Reimport Zwei'], saved: true });
    const reexported = await (await download(secretariat, `${ids.hessen}.csv?search=Reimport`)).text();
    expect(reexported).toBe(renamed);

    // XLSX: the same rows; a dry run reads the file and saves nothing.
    const xlsx = await download(secretariat, `${ids.hessen}.xlsx?search=Reimport&lang=en`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = Buffer.from(await xlsx.arrayBuffer());
    const dry = await refused(secretariat, IMPORT, { input: { allianceId: ids.hessen, fileName: 'Register.XLSX', contentBase64: workbook.toString('base64'), dryRun: true } });
    expect((dry.extensions.rows as Array<{ code: string }>).map((row) => row.code)).toEqual(['EXISTING_NAME', 'EXISTING_NAME']);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    sheet.getRow(2).getCell(1).value = 'Tabelle Eins';
    sheet.getRow(3).getCell(1).value = 'Tabelle Zwei';
    const edited = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const beforeDryRun = await rowCounts();
    const checked = await ok<{ importInitiatives: { rowCount: number; saved: boolean } }>(secretariat, IMPORT, {
      input: { allianceId: ids.hessen, fileName: 'register.xlsx', contentBase64: edited, dryRun: true },
    });
    expect(checked.importInitiatives).toMatchObject({ rowCount: 2, saved: false });
    expect(await rowCounts()).toEqual(beforeDryRun);
    await ok(secretariat, IMPORT, { input: { allianceId: ids.hessen, fileName: 'register.xlsx', contentBase64: edited } });
    const fromXlsx = await (await download(secretariat, `${ids.hessen}.csv?search=Tabelle`)).text();
    expect(fromXlsx).toBe(renamed.replaceAll('"Reimport ', '"Tabelle '));
  });

  it('imports nothing from a file with one bad row, and says which row and why', async () => {
    const counts = await rowCounts();
    const csv = [
      'Name;Art;Federführung;Partner;Handlungsfelder;Beginn;Ende',
      'Gute Zeile;Einzel;HMSI;;Fachkräftesicherung in Pflege und Gesundheit;2026-01-01;',
      'Schlechte Zeile;Gemeinsam;Unbekannte GmbH;;Fachkräftesicherung in Pflege und Gesundheit;01.03.2026;28.02.2026',
    ].join('\r\n');
    const bad = await refused(secretariat, IMPORT, { input: { allianceId: ids.hessen, fileName: 'neu.csv', contentBase64: Buffer.from(csv).toString('base64') } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: { contentBase64: 'The file has rows that cannot be imported.' } });
    expect(bad.extensions.rows).toEqual([
      { row: 3, column: 'Federführung', code: 'UNKNOWN_ORGANISATION', message: 'There is no organisation "Unbekannte GmbH" in this alliance.', values: { name: 'Unbekannte GmbH' } },
      { row: 3, column: 'Art', code: 'PARTNERS', message: 'A joint initiative needs at least one partner organisation.', values: { problem: 'JOINT_WITHOUT_PARTNERS' } },
      { row: 3, column: 'Ende', code: 'END_BEFORE_START', message: 'The end is before the start.', values: {} },
    ]);
    const notXlsx = await refused(secretariat, IMPORT, { input: { allianceId: ids.hessen, fileName: 'neu.xlsx', contentBase64: Buffer.from(csv).toString('base64') } });
    expect(notXlsx).toMatchObject({ code: 'BAD_USER_INPUT', fields: { contentBase64: 'The file cannot be read as an XLSX workbook.' } });
    const notBase64 = await refused(secretariat, IMPORT, { input: { allianceId: ids.hessen, fileName: 'neu.csv', contentBase64: '%%%' } });
    expect(notBase64.fields).toEqual({ contentBase64: 'The file did not arrive intact (it is not base64).' });
    const wrongType = await refused(secretariat, IMPORT, { input: { allianceId: ids.hessen, fileName: 'neu.pdf', contentBase64: '' } });
    expect(wrongType.fields).toEqual({ fileName: 'Please choose a .csv or .xlsx file.' });
    expect(await rowCounts()).toEqual(counts);
  });

  // Everyone who currently represents the lead organisation: its focus-group member and its steering-board delegate.
  const LEAD_REPRESENTATIVES = ['dachgremium-ihk@hessen.example.org', 'mitglied@hessen.example.org'];

  it('reminds the lead organisation’s representatives once per due report, in the app and by mail, and the secretariat sees who has not reported', async () => {
    const reminders = app.nest.get(ReminderService);
    const outbox = path.join(app.dataDir, 'outbox');
    const initiative = await create('Erinnerungsprobe', { startOn: '2025-06-01', reportingCycle: 'QUARTERLY' });
    await ok(secretariat, STATUS, { input: { id: initiative.id, version: initiative.version, status: 'RUNNING', note: 'Läuft', effectiveOn: '2025-06-01' } });
    const mailsBefore = (await readOutbox(outbox)).length;
    // Several runs at once (two api processes, the timer and a new round): each reminder is claimed and mailed once.
    const runs = await Promise.all([reminders.run(), reminders.run(), reminders.run()]);
    const created = runs.reduce((sum, run) => sum + run.created, 0);
    expect(created).toBeGreaterThan(0);
    expect(runs.reduce((sum, run) => sum + run.mailed, 0)).toBe(created);
    expect((await reminders.run()).created).toBe(0);
    const mails = (await readOutbox(outbox)).slice(mailsBefore).filter((mail) => mail.subject.includes('Erinnerungsprobe'));
    expect(mails.map((mail) => mail.to).sort()).toEqual(LEAD_REPRESENTATIVES);
    expect(mails[0]!.link).toMatch(new RegExp(`/alliances/hessen/initiatives/${initiative.id}$`));
    expect(mails[0]!.text).toContain('2025-09-01'.split('-').reverse().join('.'));

    const REMINDERS = `query($id: ID!) { initiativeReminders(allianceId: $id) { id dueOn roundTitle initiative { name } } }`;
    const mine = (await ok<{ initiativeReminders: Array<{ id: string; dueOn: string; initiative: { name: string } }> }>(lead, REMINDERS, { id: ids.hessen }))
      .initiativeReminders;
    expect(mine.filter((r) => r.initiative.name === 'Erinnerungsprobe')).toEqual([expect.objectContaining({ dueOn: '2025-09-01', roundTitle: null })]);
    // Partners are not reminded; someone else's reminder cannot be dismissed.
    const partners = (await ok<{ initiativeReminders: Array<{ initiative: { name: string } }> }>(partner, REMINDERS, { id: ids.hessen })).initiativeReminders;
    expect(partners.filter((r) => r.initiative.name === 'Erinnerungsprobe')).toEqual([]);
    const own = mine.find((r) => r.initiative.name === 'Erinnerungsprobe')!;
    expect((await refused(partner, `mutation($id: ID!) { dismissInitiativeReminder(id: $id) { id } }`, { id: own.id })).code).toBe('NOT_FOUND');

    // A round asks every running initiative; the secretariat sees who has not reported yet.
    const ROUNDS = `query($id: ID!) { reportingRounds(allianceId: $id) { title dueOn askedCount missing { name } openedBy { displayName } } }`;
    const dueOn = addDays(TODAY, 14);
    const opened = await ok<{ openReportingRound: { id: string; askedCount: number; missing: Array<{ name: string }> } }>(
      secretariat,
      `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id askedCount missing { name } } }`,
      { input: { allianceId: ids.hessen, title: 'Jahresbericht 2026', dueOn } },
    );
    expect(opened.openReportingRound.missing.map((i) => i.name)).toContain('Erinnerungsprobe');
    const roundMails = (await readOutbox(outbox)).filter((mail) => mail.subject.includes('Erinnerungsprobe') && mail.text.includes('Jahresbericht 2026'));
    expect(roundMails.map((mail) => mail.to).sort()).toEqual(LEAD_REPRESENTATIVES);
    const pastRound = await refused(secretariat, `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id } }`, {
      input: { allianceId: ids.hessen, title: 'Zu spät', dueOn: addDays(TODAY, -1) },
    });
    expect(pastRound.fields).toEqual({ dueOn: 'The due date cannot be in the past.' });

    await ok(lead, REPORT, { input: { initiativeId: initiative.id, percent: 25, narrative: 'Erste Kurse laufen.' } });
    const rounds = (await ok<{ reportingRounds: Array<{ title: string; missing: Array<{ name: string }> }> }>(secretariat, ROUNDS, { id: ids.hessen })).reportingRounds;
    expect(rounds[0]!.title).toBe('Jahresbericht 2026');
    expect(rounds[0]!.missing.map((i) => i.name)).not.toContain('Erinnerungsprobe');
    // The report answered the reminders.
    const after = (await ok<{ initiativeReminders: Array<{ initiative: { name: string } }> }>(lead, REMINDERS, { id: ids.hessen })).initiativeReminders;
    expect(after.filter((r) => r.initiative.name === 'Erinnerungsprobe')).toEqual([]);
  });

  it('publishes a read-only list for partners and observers, and fills the plan’s initiative section from the register', async () => {
    const PUBLICATION = `query($id: ID!) { initiativePublication(allianceId: $id) { publishedAt publishedBy { displayName } entries { name status leadOrganisation progressPercent } } }`;
    await create('Veröffentlichungsprobe');
    expect((await refused(lead, `mutation($id: ID!) { publishInitiatives(allianceId: $id) { publishedAt } }`, { id: ids.hessen })).code).toBe('FORBIDDEN');
    await ok(secretariat, `mutation($id: ID!) { publishInitiatives(allianceId: $id) { publishedAt } }`, { id: ids.hessen });
    const published = (await ok<{ initiativePublication: { publishedBy: { displayName: string }; entries: Array<{ name: string; status: string; leadOrganisation: string }> } }>(
      observer,
      PUBLICATION,
      { id: ids.hessen },
    )).initiativePublication;
    expect(published.publishedBy.displayName).toBe('Katrin Vogel');
    expect(published.entries.find((entry) => entry.name === 'Veröffentlichungsprobe')).toMatchObject({
      status: 'PLANNED',
      leadOrganisation: 'Arbeitsgemeinschaft hessischer Industrie- und Handelskammern',
    });
    // Later changes wait for the next publication.
    await create('Nach der Veröffentlichung');
    const still = (await ok<{ initiativePublication: { entries: Array<{ name: string }> } }>(observer, PUBLICATION, { id: ids.hessen })).initiativePublication;
    expect(still.entries.map((entry) => entry.name)).not.toContain('Nach der Veröffentlichung');
    expect((await refused(outsider, PUBLICATION, { id: ids.hessen })).code).toBe('NOT_FOUND');

    // Traceability: the indicators the linked recommendation cites, and the plan versions that contain it list the initiative.
    const initiative = await create('Rückverfolgung');
    const traced = await ok<{ initiative: { recommendations: Array<{ id: string; citedIndicators: Array<{ name: string }> }>; citedIndicators: Array<{ name: string }> } }>(
      lead,
      `query($id: ID!) { initiative(id: $id) { recommendations { id citedIndicators { name } } citedIndicators { name } } }`,
      { id: initiative.id },
    );
    expect(traced.initiative.recommendations.map((r) => r.id)).toEqual([ids.recommendation]);
    expect(traced.initiative.citedIndicators.map((i) => i.name).sort()).toEqual(
      [...new Set(traced.initiative.recommendations.flatMap((r) => r.citedIndicators.map((i) => i.name)))].sort(),
    );
    const [version] = await app.dataSource.query<Array<{ id: string }>>(
      `SELECT plan_version_id AS id FROM plan_version_recommendation WHERE recommendation_id = $1 LIMIT 1`,
      [ids.recommendation],
    );
    if (version) {
      const plan = await ok<{ planVersion: { initiatives: Array<{ name: string; status: string }> } }>(
        observer,
        `query($id: ID!) { planVersion(id: $id) { initiatives { name status } } }`,
        { id: version.id },
      );
      expect(plan.planVersion.initiatives.map((i) => i.name)).toContain('Rückverfolgung');
    }
  });
});
