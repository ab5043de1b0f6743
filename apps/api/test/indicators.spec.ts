import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// Indicators over real HTTP on the demo data: the secretariat creates them, enters values by hand
// or imports a CSV file (all or nothing, with a report of every bad row); stale versions are
// refused; members and observers only read; another alliance sees nothing.

interface IndicatorData {
  id: string;
  version: number;
  name: string;
  unit: string;
  description: string | null;
  source: string | null;
  series: string[];
  observations: Array<{ series: string; period: number; value: number }>;
}

interface ErrorShape {
  message: string;
  code: unknown;
  fields?: unknown;
  rows?: unknown;
  currentVersion?: unknown;
}

const FIELDS = 'id version name unit description source series observations { series period value } updatedAt';
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ${FIELDS} } }`;
const SET = `mutation($input: SetIndicatorObservationsInput!) { setIndicatorObservations(input: $input) { ${FIELDS} } }`;
const IMPORT = `mutation($input: ImportIndicatorCsvInput!) { importIndicatorCsv(input: $input) { rowCount series saved indicator { ${FIELDS} } } }`;
const ONE = `query($id: ID!) { indicator(id: $id) { ${FIELDS} } }`;
const LIST = `query($slug: String!) { alliance(slug: $slug) { indicators { name series observations { period } } } }`;

const fresh = (what: string) => `${what} ${randomBytes(4).toString('hex')}`;

describe('indicators', () => {
  let app: TestApp;
  let secretariat: TestClient;
  let ids: { hessen: string; sachsenAnhalt: string };

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    secretariat = await app.signIn('sekretariat@hessen.example.org');
    const rows = await app.dataSource.query<Array<{ slug: string; id: string }>>(`SELECT slug, id FROM alliance`);
    const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
    ids = { hessen: bySlug.get('hessen')!, sachsenAnhalt: bySlug.get('sachsen-anhalt')! };
  });
  afterAll(() => app?.close());

  async function ok<T>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await client.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  async function refused(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<ErrorShape> {
    const { body } = await client.graphql(query, variables);
    expect(body.errors, 'refused').toHaveLength(1);
    const error = body.errors![0]!;
    const { code, fields, rows, currentVersion } = error.extensions ?? {};
    return {
      message: error.message,
      code,
      ...(fields ? { fields } : {}),
      ...(rows ? { rows } : {}),
      ...(currentVersion !== undefined ? { currentVersion } : {}),
    };
  }

  async function create(name = fresh('Fachkräftelücke')): Promise<IndicatorData> {
    return (await ok<{ createIndicator: IndicatorData }>(secretariat, CREATE, { input: { allianceId: ids.hessen, name, unit: 'Personen' } }))
      .createIndicator;
  }

  async function stored(id: string) {
    const [indicator] = await app.dataSource.query<Array<{ version: number }>>(`SELECT version FROM indicator WHERE id = $1`, [id]);
    const observations = await app.dataSource.query<Array<{ series: string; period: number; value: number; position: number }>>(
      `SELECT series, period, value, position FROM indicator_observation WHERE indicator_id = $1 ORDER BY position, period`,
      [id],
    );
    return { version: indicator?.version, observations };
  }

  async function auditActions(id: string): Promise<string[]> {
    const rows = await app.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_entry WHERE object_type = 'Indicator' AND object_id = $1 AND action LIKE 'indicator.%' ORDER BY id`,
      [id],
    );
    return rows.map((row) => row.action);
  }

  describe('creating and editing', () => {
    it('creates an indicator with trimmed texts, no values yet, and records it in the audit log', async () => {
      const name = fresh('Fachkräftebedarf');
      const { createIndicator } = await ok<{ createIndicator: IndicatorData }>(secretariat, CREATE, {
        input: { allianceId: ids.hessen, name: `  ${name} `, unit: ' Personen ', description: 'Projektion bis 2035', source: '' },
      });
      expect(createIndicator).toMatchObject({ name, unit: 'Personen', description: 'Projektion bis 2035', source: null, series: [], observations: [] });
      expect(createIndicator.version).toBe(1);
      expect(await auditActions(createIndicator.id)).toEqual(['indicator.created']);
    });

    it('updates given fields, keeps absent ones, clears with null and raises the version', async () => {
      const indicator = await create();
      const { updateIndicator } = await ok<{ updateIndicator: IndicatorData }>(secretariat, UPDATE, {
        input: { id: indicator.id, version: indicator.version, unit: 'Tausend Personen', source: 'IAB-Prognose 2024' },
      });
      expect(updateIndicator).toMatchObject({ name: indicator.name, unit: 'Tausend Personen', source: 'IAB-Prognose 2024', version: 2 });
      const cleared = await ok<{ updateIndicator: IndicatorData }>(secretariat, UPDATE, { input: { id: indicator.id, version: 2, source: null } });
      expect(cleared.updateIndicator).toMatchObject({ source: null, unit: 'Tausend Personen', version: 3 });
      expect(await auditActions(indicator.id)).toEqual(['indicator.created', 'indicator.updated', 'indicator.updated']);
    });

    it('refuses empty or too long names and units per field, and a name the alliance already uses', async () => {
      expect(await refused(secretariat, CREATE, { input: { allianceId: ids.hessen, name: ' ', unit: 'x'.repeat(51) } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: 'Please fill in this field.', unit: 'At most 50 characters.' },
      });
      expect(await refused(secretariat, CREATE, { input: { allianceId: ids.hessen, name: 'x'.repeat(201), unit: '%' } })).toMatchObject({
        fields: { name: 'At most 200 characters.' },
      });
      const taken = await create();
      expect(await refused(secretariat, CREATE, { input: { allianceId: ids.hessen, name: taken.name, unit: '%' } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: 'An indicator of this alliance already has this name.' },
      });
      const other = await create();
      expect(await refused(secretariat, UPDATE, { input: { id: other.id, version: other.version, name: taken.name } })).toMatchObject({
        fields: { name: 'An indicator of this alliance already has this name.' },
      });
      expect((await stored(other.id)).version).toBe(1);
    });

    it('refuses a stale version with CONFLICT and the current version, and changes nothing', async () => {
      const indicator = await create();
      await ok(secretariat, UPDATE, { input: { id: indicator.id, version: 1, unit: '%' } });
      expect(await refused(secretariat, UPDATE, { input: { id: indicator.id, version: 1, unit: 'Personen' } })).toMatchObject({
        code: 'CONFLICT',
        currentVersion: 2,
      });
      expect(await refused(secretariat, SET, { input: { id: indicator.id, version: 1, observations: [] } })).toMatchObject({ code: 'CONFLICT' });
      expect(
        await refused(secretariat, IMPORT, { input: { id: indicator.id, version: 1, csv: 'Reihe;Jahr;Wert\nA;2025;1' } }),
      ).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await stored(indicator.id)).toEqual({ version: 2, observations: [] });
    });
  });

  describe('values entered by hand', () => {
    it('replaces all observations, keeps the series in the order of their first entry and raises the version', async () => {
      const indicator = await create();
      const first = await ok<{ setIndicatorObservations: IndicatorData }>(secretariat, SET, {
        input: {
          id: indicator.id,
          version: 1,
          observations: [
            { series: 'Insgesamt', period: 2030, value: 15000 },
            { series: ' Akademisch ', period: 2025, value: 2100.5 },
            { series: 'Insgesamt', period: 2025, value: 12000 },
          ],
        },
      });
      expect(first.setIndicatorObservations).toMatchObject({
        version: 2,
        series: ['Insgesamt', 'Akademisch'],
        observations: [
          { series: 'Insgesamt', period: 2025, value: 12000 },
          { series: 'Insgesamt', period: 2030, value: 15000 },
          { series: 'Akademisch', period: 2025, value: 2100.5 },
        ],
      });
      const second = await ok<{ setIndicatorObservations: IndicatorData }>(secretariat, SET, {
        input: { id: indicator.id, version: 2, observations: [{ series: 'Akademisch', period: 2026, value: 1 }] },
      });
      expect(second.setIndicatorObservations).toMatchObject({ version: 3, series: ['Akademisch'], observations: [{ series: 'Akademisch', period: 2026, value: 1 }] });
      expect(await auditActions(indicator.id)).toEqual(['indicator.created', 'indicator.observationsSet', 'indicator.observationsSet']);
    });

    it('refuses bad entries with a message per entry and field, and saves nothing', async () => {
      const indicator = await create();
      const error = await refused(secretariat, SET, {
        input: {
          id: indicator.id,
          version: 1,
          observations: [
            { series: 'Insgesamt', period: 2025, value: 1 },
            { series: '', period: 2025, value: 1 },
            { series: 'Insgesamt', period: 1899, value: 1 },
            { series: 'Insgesamt', period: 2025, value: 2 },
          ],
        },
      });
      expect(error).toEqual({
        message: 'Please check the values.',
        code: 'BAD_USER_INPUT',
        fields: {
          'observations.1.series': 'The series is empty.',
          'observations.2.period': 'The year must be a whole number from 1900 to 2100.',
          'observations.3.period': 'This series already has a value for 2025 (entry 1).',
        },
      });
      expect(await stored(indicator.id)).toEqual({ version: 1, observations: [] });
    });
  });

  describe('importing CSV', () => {
    const GOOD = '\uFEFFQualifikation;Jahr;Wert\r\nInsgesamt;2025;12.400\r\nInsgesamt;2030;15.250,5\r\n\r\nAkademisch;2025;2.100\r\n';

    it('validates without saving on a dry run, then imports and replaces the values', async () => {
      const indicator = await create();
      await ok(secretariat, SET, { input: { id: indicator.id, version: 1, observations: [{ series: 'Alt', period: 2020, value: 1 }] } });
      const dry = await ok<{ importIndicatorCsv: { rowCount: number; series: string[]; saved: boolean; indicator: IndicatorData } }>(
        secretariat,
        IMPORT,
        { input: { id: indicator.id, version: 2, csv: GOOD, dryRun: true } },
      );
      expect(dry.importIndicatorCsv).toMatchObject({ rowCount: 3, series: ['Insgesamt', 'Akademisch'], saved: false, indicator: { version: 2, series: ['Alt'] } });
      expect((await stored(indicator.id)).version).toBe(2);

      const done = await ok<{ importIndicatorCsv: { rowCount: number; series: string[]; saved: boolean; indicator: IndicatorData } }>(
        secretariat,
        IMPORT,
        { input: { id: indicator.id, version: 2, csv: GOOD } },
      );
      expect(done.importIndicatorCsv).toMatchObject({ rowCount: 3, saved: true, indicator: { version: 3, series: ['Insgesamt', 'Akademisch'] } });
      expect(await stored(indicator.id)).toEqual({
        version: 3,
        observations: [
          { series: 'Insgesamt', period: 2025, value: 12400, position: 0 },
          { series: 'Insgesamt', period: 2030, value: 15250.5, position: 0 },
          { series: 'Akademisch', period: 2025, value: 2100, position: 1 },
        ],
      });
      expect(await auditActions(indicator.id)).toEqual(['indicator.created', 'indicator.observationsSet', 'indicator.imported']);
    });

    it('reports every bad row with line, column and message, and saves nothing, on a dry run and on import', async () => {
      const indicator = await create();
      const csv = 'Reihe,Jahr,Wert\nInsgesamt,2025,100\nInsgesamt,zwanzig,5\n,2026,1\nInsgesamt,2025,7\nInsgesamt,2027,1.234,5\n';
      for (const dryRun of [true, false]) {
        const error = await refused(secretariat, IMPORT, { input: { id: indicator.id, version: 1, csv, dryRun } });
        expect(error).toMatchObject({
          message: '4 rows of the file cannot be imported; nothing was saved.',
          code: 'BAD_USER_INPUT',
          fields: { csv: 'The file has rows that cannot be imported.' },
        });
        expect((error.rows as Array<Record<string, unknown>>).map(({ row, column, message }) => ({ row, column, message }))).toEqual([
          { row: 3, column: 'Jahr', message: 'The year must be a whole number from 1900 to 2100.' },
          { row: 4, column: 'Reihe', message: 'The series is empty.' },
          { row: 5, column: 'Jahr', message: '"Insgesamt" already has a value for 2025 in row 2.' },
          { row: 6, column: null, message: 'The row cannot be read: it needs exactly 3 fields separated by ",".' },
        ]);
      }
      expect(await stored(indicator.id)).toEqual({ version: 1, observations: [] });
      expect(await auditActions(indicator.id)).toEqual(['indicator.created']);
    });

    it('refuses a file without the needed columns, one over 500 kB and one over 10 000 rows', async () => {
      const indicator = await create();
      const header = await refused(secretariat, IMPORT, { input: { id: indicator.id, version: 1, csv: 'Jahr;Anzahl\n2025;1' } });
      expect((header.rows as Array<Record<string, unknown>>).map(({ row, column, code }) => ({ row, column, code }))).toEqual([
        { row: 1, column: 'Anzahl', code: 'UNKNOWN_COLUMN' },
        { row: 1, column: null, code: 'MISSING_COLUMN' },
        { row: 1, column: null, code: 'MISSING_COLUMN' },
      ]);
      const huge = `Reihe;Jahr;Wert\n${'Insgesamt;2025;1\n'.repeat(30_000)}`;
      expect(await refused(secretariat, IMPORT, { input: { id: indicator.id, version: 1, csv: huge, dryRun: true } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { csv: 'The file may have at most 500 kB.' },
      });
      const many = `Reihe;Jahr;Wert\n${Array.from({ length: 10_001 }, (_, i) => `S${Math.floor(i / 201)};${1900 + (i % 201)};1`).join('\n')}`;
      const tooMany = await refused(secretariat, IMPORT, { input: { id: indicator.id, version: 1, csv: many, dryRun: true } });
      expect(tooMany.rows).toEqual([
        { row: 10_002, column: null, code: 'TOO_MANY_ROWS', message: 'The file has more than 10000 rows of values.', values: { max: 10_000 } },
      ]);
      expect(await stored(indicator.id)).toEqual({ version: 1, observations: [] });
    });

    it('imports 10 000 rows in one go', async () => {
      const indicator = await create();
      const csv = `series,year,value\n${Array.from({ length: 10_000 }, (_, i) => `S${Math.floor(i / 201)},${1900 + (i % 201)},${i / 4}`).join('\n')}`;
      const done = await ok<{ importIndicatorCsv: { rowCount: number; series: string[] } }>(secretariat, IMPORT, {
        input: { id: indicator.id, version: 1, csv },
      });
      expect(done.importIndicatorCsv.rowCount).toBe(10_000);
      expect(done.importIndicatorCsv.series).toHaveLength(50);
      expect((await stored(indicator.id)).observations).toHaveLength(10_000);
    });
  });

  describe('who may do what', () => {
    it('lets everyone in the alliance read indicators, by name, with their values', async () => {
      const indicator = await create(fresh('AAA Lesbar'));
      await ok(secretariat, SET, { input: { id: indicator.id, version: 1, observations: [{ series: 'Insgesamt', period: 2025, value: 3 }] } });
      for (const email of ['mitglied@hessen.example.org', 'beobachtung@hessen.example.org']) {
        const reader = await app.signIn(email);
        const { indicator: read } = await ok<{ indicator: IndicatorData | null }>(reader, ONE, { id: indicator.id });
        expect(read).toMatchObject({ name: indicator.name, series: ['Insgesamt'], observations: [{ series: 'Insgesamt', period: 2025, value: 3 }] });
        const { alliance } = await ok<{ alliance: { indicators: Array<{ name: string }> } }>(reader, LIST, { slug: 'hessen' });
        const names = alliance.indicators.map((entry) => entry.name);
        expect(names).toContain(indicator.name);
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base', numeric: true })));
      }
    });

    it('refuses changes to members and observers (FORBIDDEN) and changes nothing', async () => {
      const indicator = await create();
      for (const email of ['mitglied@hessen.example.org', 'beobachtung@hessen.example.org', 'fokusgruppe-vorsitz@hessen.example.org']) {
        const client = await app.signIn(email);
        expect(await refused(client, CREATE, { input: { allianceId: ids.hessen, name: fresh('Nicht erlaubt'), unit: '%' } })).toMatchObject({
          code: 'FORBIDDEN',
        });
        expect(await refused(client, UPDATE, { input: { id: indicator.id, version: 1, unit: '%' } })).toMatchObject({ code: 'FORBIDDEN' });
        expect(await refused(client, SET, { input: { id: indicator.id, version: 1, observations: [] } })).toMatchObject({ code: 'FORBIDDEN' });
        expect(
          await refused(client, IMPORT, { input: { id: indicator.id, version: 1, csv: 'Reihe;Jahr;Wert\nA;2025;1', dryRun: true } }),
        ).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect((await stored(indicator.id)).version).toBe(1);
    });

    it("hides Hessen's indicators from Sachsen-Anhalt: null when read, NOT_FOUND when changed", async () => {
      const indicator = await create();
      const other = await app.signIn('sekretariat@sachsen-anhalt.example.org');
      expect(await ok(other, ONE, { id: indicator.id })).toEqual({ indicator: null });
      expect(await ok(other, ONE, { id: 'kein-uuid' })).toEqual({ indicator: null });
      expect(await refused(other, UPDATE, { input: { id: indicator.id, version: 1, unit: '%' } })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(other, SET, { input: { id: indicator.id, version: 1, observations: [] } })).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        await refused(other, IMPORT, { input: { id: indicator.id, version: 1, csv: 'Reihe;Jahr;Wert\nA;2025;1', dryRun: true } }),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(other, CREATE, { input: { allianceId: ids.hessen, name: fresh('Fremd'), unit: '%' } })).toMatchObject({ code: 'NOT_FOUND' });
      const { alliance } = await ok<{ alliance: { indicators: Array<{ name: string }> } }>(other, LIST, { slug: 'sachsen-anhalt' });
      expect(alliance.indicators.map((entry) => entry.name)).not.toContain(indicator.name);
      expect((await stored(indicator.id)).version).toBe(1);
    });
  });
});
