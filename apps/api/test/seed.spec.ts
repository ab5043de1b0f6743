import { seedDemoData } from '@pakt/api-demo';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

const TABLES = ['alliance', 'organisation', 'body', 'action_field', 'body_action_field', 'person', 'membership', 'region'];

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

describe('seeding the demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('fills an empty database with the two demo alliances', async () => {
    expect(await rowCounts(app.dataSource)).toMatchObject({ alliance: 0, membership: 0 });
    expect(await seedDemoData(app.dataSource)).toEqual({ seeded: true });

    const counts = await rowCounts(app.dataSource);
    expect(counts.alliance).toBe(2);
    expect(counts.region).toBe(27 + 15); // Hessen: state, 21 districts, 5 cities; Sachsen-Anhalt: state, 11 districts, 3 cities
    for (const table of TABLES) expect(counts[table], table).toBeGreaterThan(0);

    // Each alliance's secretariat, seeded with it, signs in and reads it.
    for (const slug of ['hessen', 'sachsen-anhalt']) {
      const secretariat = await app.signIn(`sekretariat@${slug}.example.org`);
      const { body } = await secretariat.graphql<{ alliances: Array<{ slug: string }> }>('{ alliances { slug } }');
      expect(body.data?.alliances.map((a) => a.slug)).toEqual([slug]);
    }
  });

  it('changes nothing when run again', async () => {
    const before = await rowCounts(app.dataSource);
    const snapshot = await app.dataSource.query(`SELECT id, version, updated_at FROM membership ORDER BY id`);
    expect(await seedDemoData(app.dataSource)).toEqual({ seeded: false });
    expect(await rowCounts(app.dataSource)).toEqual(before);
    expect(await app.dataSource.query(`SELECT id, version, updated_at FROM membership ORDER BY id`)).toEqual(snapshot);
  });

  it('puts back a demo alliance that was deleted and leaves the other one as it is', async () => {
    const hessenBefore = await app.dataSource.query(`SELECT id FROM alliance WHERE slug = 'hessen'`);
    const before = await rowCounts(app.dataSource);
    await app.dataSource.query(`DELETE FROM alliance WHERE slug = 'sachsen-anhalt'`);
    expect((await rowCounts(app.dataSource)).body).toBeLessThan(before.body ?? 0);

    expect(await seedDemoData(app.dataSource)).toEqual({ seeded: true });
    expect(await rowCounts(app.dataSource)).toEqual(before);
    expect(await app.dataSource.query(`SELECT id FROM alliance WHERE slug = 'hessen'`)).toEqual(hessenBefore);
  });
});

describe('two processes seeding at the same moment', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('seed once between them', async () => {
    const results = await Promise.all([seedDemoData(app.dataSource), seedDemoData(app.dataSource)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect((await rowCounts(app.dataSource)).alliance).toBe(2);
  });
});
