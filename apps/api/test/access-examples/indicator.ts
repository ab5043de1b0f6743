import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import type { Examples } from './example';

// Indicators. indicator.manage is scoped to the alliance; reading needs alliance.read. The
// mutations run once per actor on one database, so each example inserts the indicator it changes.

const fresh = (what: string) => `${what} ${randomBytes(4).toString('hex')}`;

async function hessenId(app: TestApp): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
  if (!row) throw new Error('no Hessen');
  return row.id;
}

/** A new indicator of Hessen at version 1. */
async function hessenIndicator(app: TestApp): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO indicator (alliance_id, name, unit, version) VALUES ($1, $2, 'Personen', 1) RETURNING id`,
    [await hessenId(app), fresh('Beispielindikator')],
  );
  return row!.id;
}

export const indicatorExamples: Examples = {
  'Query.indicator': {
    query: async (app) => `{ indicator(id: "${await hessenIndicator(app)}") { id series } }`,
    alliance: 'hessen',
    found: (data) => data.indicator !== null,
  },
  'Mutation.createIndicator': {
    query: async (app) =>
      `mutation { createIndicator(input: { allianceId: "${await hessenId(app)}", name: "${fresh('Indikator')}", unit: "%" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateIndicator': {
    query: async (app) => `mutation { updateIndicator(input: { id: "${await hessenIndicator(app)}", version: 1, unit: "%" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.setIndicatorObservations': {
    query: async (app) =>
      `mutation { setIndicatorObservations(input: { id: "${await hessenIndicator(app)}", version: 1, observations: [{ series: "Insgesamt", period: 2025, value: 1.5 }] }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.importIndicatorCsv': {
    query: async (app) =>
      `mutation { importIndicatorCsv(input: { id: "${await hessenIndicator(app)}", version: 1, csv: "Reihe;Jahr;Wert\\nInsgesamt;2025;1,5" }) { saved } }`,
    alliance: 'hessen',
  },
};
