import { seedDemoData } from '@pakt/api-demo';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

const TABLES = [
  'alliance', 'organisation', 'body', 'action_field', 'body_action_field', 'person', 'membership', 'region',
  // Hessen's work: the forecast, the focus groups' recommendations and the first Bündnisplan.
  'indicator', 'indicator_observation', 'recommendation', 'recommendation_addressee', 'recommendation_indicator',
  'recommendation_author', 'recommendation_revision', 'recommendation_transition', 'recommendation_comment',
  'recommendation_support', 'alliance_plan', 'plan_version', 'plan_version_indicator', 'plan_version_recommendation',
  'plan_version_sign_off',
];

/** Rows that say whether anything was written: their ids, versions and moments of change. */
const CHANGES = [
  'SELECT id, version, updated_at FROM membership ORDER BY id',
  'SELECT id, version, updated_at, revision, state FROM recommendation ORDER BY id',
  'SELECT id, version, updated_at FROM indicator ORDER BY id',
  'SELECT id, version, updated_at, state FROM plan_version ORDER BY id',
  'SELECT id, version, updated_at FROM recommendation_comment ORDER BY id',
];

async function changes(dataSource: DataSource): Promise<unknown[]> {
  const snapshots = [];
  for (const sql of CHANGES) snapshots.push(await dataSource.query(sql));
  return snapshots;
}

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
    const snapshot = await changes(app.dataSource);
    expect(await seedDemoData(app.dataSource)).toEqual({ seeded: false });
    expect(await rowCounts(app.dataSource)).toEqual(before);
    expect(await changes(app.dataSource)).toEqual(snapshot);
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

interface SeededRecommendation {
  id: string;
  title: string;
  state: string;
  focus_group: string;
  revision: number;
  version: number;
  created_by_person_id: string;
}

describe("Hessen's demo workspace", () => {
  let app: TestApp;
  let hessenId: string;
  const rows = <T>(sql: string, parameters: unknown[] = []) => app.dataSource.query<T[]>(sql, parameters);

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    const [hessen] = await rows<{ id: string }>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
    hessenId = hessen?.id ?? '';
  });
  afterAll(() => app?.close());

  const recommendations = () =>
    rows<SeededRecommendation>(
      `SELECT r.id, r.title, r.state, b.name AS focus_group, r.revision, r.version, r.created_by_person_id
         FROM recommendation r JOIN body b ON b.id = r.focus_group_id WHERE r.alliance_id = $1 ORDER BY r.title`,
      [hessenId],
    );

  it('has recommendations in every state, in each of the four focus groups, and none in the other alliance', async () => {
    const all = await recommendations();
    const perState = Object.fromEntries(
      ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ADOPTED', 'REJECTED', 'WITHDRAWN'].map((state) => [state, all.filter((r) => r.state === state).length]),
    );
    expect(perState).toEqual({ DRAFT: 3, SUBMITTED: 2, RETURNED: 2, APPROVED: 3, ADOPTED: 8, REJECTED: 2, WITHDRAWN: 1 });
    const groups = new Set(all.map((r) => r.focus_group));
    expect([...groups].sort()).toEqual([
      'Fokusgruppe Digitaler Wandel und Handwerk',
      'Fokusgruppe Internationalisierung und Vielfalt',
      'Fokusgruppe Kinder- und Jugendhilfe',
      'Fokusgruppe Pflege und Gesundheit',
    ]);
    const [other] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM recommendation r JOIN alliance a ON a.id = r.alliance_id WHERE a.slug = 'sachsen-anhalt'`,
    );
    expect(other?.n).toBe(0);
  });

  it('stores each recommendation as the services would have: revisions matching the content, a workflow from DRAFT, a version per write', async () => {
    for (const r of await recommendations()) {
      const revisions = await rows<{
        number: number;
        title: string;
        problem: string;
        measure: string;
        expected_effect: string;
        time_frame: string;
        cost_notes: string | null;
        addressee_kinds: string;
        addressee_organisation_ids: string;
        indicator_ids: string;
        author_person_id: string;
      }>(
        `SELECT number, title, problem, measure, expected_effect, time_frame, cost_notes, addressee_kinds::text,
                addressee_organisation_ids::text, indicator_ids::text, author_person_id
           FROM recommendation_revision WHERE recommendation_id = $1 ORDER BY number`,
        [r.id],
      );
      expect(revisions.map((rev) => rev.number), r.title).toEqual(Array.from({ length: r.revision }, (_, i) => i + 1));
      const [current] = await rows<Record<string, unknown>>(
        `SELECT r.title, r.problem, r.measure, r.expected_effect, r.time_frame, r.cost_notes, r.addressee_kinds::text,
                COALESCE((SELECT array_agg(organisation_id ORDER BY organisation_id) FROM recommendation_addressee WHERE recommendation_id = r.id), '{}')::text AS addressees,
                COALESCE((SELECT array_agg(indicator_id ORDER BY position) FROM recommendation_indicator WHERE recommendation_id = r.id), '{}')::text AS indicator_ids
           FROM recommendation r WHERE r.id = $1`,
        [r.id],
      );
      const [sortedLatest] = await rows<{ addressees: string }>(
        `SELECT COALESCE((SELECT array_agg(x ORDER BY x) FROM unnest(addressee_organisation_ids) x), '{}')::text AS addressees
           FROM recommendation_revision WHERE recommendation_id = $1 AND number = $2`,
        [r.id, r.revision],
      );
      const latest = revisions.at(-1)!;
      expect(current, r.title).toEqual({
        title: latest.title,
        problem: latest.problem,
        measure: latest.measure,
        expected_effect: latest.expected_effect,
        time_frame: latest.time_frame,
        cost_notes: latest.cost_notes,
        addressee_kinds: latest.addressee_kinds,
        addressees: sortedLatest?.addressees,
        indicator_ids: latest.indicator_ids,
      });
      expect(r.created_by_person_id, r.title).toBe(revisions[0]?.author_person_id);
      const authors = await rows<{ person_id: string }>(`SELECT person_id FROM recommendation_author WHERE recommendation_id = $1`, [r.id]);
      expect(new Set(authors.map((a) => a.person_id)), r.title).toEqual(new Set(revisions.map((rev) => rev.author_person_id)));

      const transitions = await rows<{ from_state: string; to_state: string }>(
        `SELECT from_state, to_state FROM recommendation_transition WHERE recommendation_id = $1 ORDER BY at`,
        [r.id],
      );
      let state = 'DRAFT';
      for (const t of transitions) {
        expect(t.from_state, r.title).toBe(state);
        state = t.to_state;
      }
      expect(state, r.title).toBe(r.state);
      expect(r.version, r.title).toBe(r.revision + transitions.length);
    }
  });

  it('has the IWAK forecast as an indicator: about 200,000 missing in 2028, 135,000 with vocational training and almost 67,000 academic', async () => {
    const member = await app.signIn('mitglied@hessen.example.org');
    const { body } = await member.graphql<{
      alliance: { indicators: Array<{ name: string; unit: string; source: string; series: string[]; observations: Array<{ series: string; period: number; value: number }> }> };
    }>(`{ alliance(slug: "hessen") { indicators { name unit source series observations { series period value } } } }`);
    expect(body.errors).toBeUndefined();
    const shortage = body.data?.alliance.indicators.find((i) => i.name === 'Fachkräfteengpass in Hessen (Prognose)');
    expect(shortage).toMatchObject({ unit: 'Personen', series: ['Insgesamt', 'Berufliche Ausbildung', 'Akademisch'] });
    expect(shortage?.source).toContain('IWAK');
    const in2028 = Object.fromEntries(shortage!.observations.filter((o) => o.period === 2028).map((o) => [o.series, o.value]));
    expect(in2028).toEqual({ Insgesamt: 201_800, 'Berufliche Ausbildung': 135_000, Akademisch: 66_800 });
    expect(body.data?.alliance.indicators).toHaveLength(2);
  });

  it('has the first Bündnisplan approved by the steering board chair and deputy, its recommendations adopted, the forecast frozen in it', async () => {
    const member = await app.signIn('mitglied@hessen.example.org');
    const { body } = await member.graphql<{
      alliance: {
        plan: {
          title: string;
          versions: Array<{ number: number }>;
          currentVersion: {
            id: string;
            number: number;
            state: string;
            title: string;
            approvedAt: string;
            situationAssessment: string;
            initiativesText: string;
            signOffs: Array<{ role: string; person: { displayName: string } }>;
            recommendations: Array<{ position: number; recommendation: { title: string; state: string; focusGroup: { name: string } } }>;
            sections: Array<{ actionField: { title: string }; recommendations: Array<{ title: string }> }>;
            indicators: Array<{ name: string; observations: Array<{ series: string; period: number; value: number }> }>;
          };
        };
      };
    }>(`{ alliance(slug: "hessen") { plan { title versions { number } currentVersion {
          id number state title approvedAt situationAssessment initiativesText
          signOffs { role person { displayName } }
          recommendations { position recommendation { title state focusGroup { name } } }
          sections { actionField { title } recommendations { title } }
          indicators { name observations { series period value } }
        } } } }`);
    expect(body.errors).toBeUndefined();
    const plan = body.data!.alliance.plan;
    const v1 = plan.currentVersion;
    expect(plan.versions.map((v) => v.number)).toEqual([1]);
    expect(v1).toMatchObject({ number: 1, state: 'APPROVED', approvedAt: '2021-05-12T08:30:00.000Z' });
    expect(plan.title).toBe(v1.title);
    expect(v1.signOffs.map((s) => [s.role, s.person.displayName]).sort()).toEqual([
      ['CHAIR', 'Tobias Lindner'],
      ['DEPUTY_CHAIR', 'Dr. Sabine Kessler'],
    ]);
    expect(v1.recommendations.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(v1.recommendations.map((r) => r.recommendation.state))).toEqual(new Set(['ADOPTED']));
    expect(new Set(v1.recommendations.map((r) => r.recommendation.focusGroup.name)).size).toBe(4);
    expect(v1.sections.map((s) => s.recommendations.length)).toEqual([2, 2, 2, 2]);
    expect(v1.situationAssessment).toContain('200.000');
    expect(v1.initiativesText).toContain('WELCOMECENTER Hessen');
    expect(v1.indicators.map((i) => i.name)).toEqual(['Fachkräfteengpass in Hessen (Prognose)']);
    expect(v1.indicators[0]?.observations.find((o) => o.series === 'Insgesamt' && o.period === 2028)?.value).toBe(201_800);

    // Every ADOPTED recommendation is in it, and nothing else is adopted.
    const adopted = (await recommendations()).filter((r) => r.state === 'ADOPTED').map((r) => r.title).sort();
    expect(v1.recommendations.map((r) => r.recommendation.title).sort()).toEqual(adopted);
  });

  it('froze the indicators exactly as approving a version does: the figures of the live indicator, by series position and year', async () => {
    const [version] = await rows<{ frozen_indicators: unknown }>(
      `SELECT v.frozen_indicators FROM plan_version v WHERE v.alliance_id = $1 AND v.number = 1`,
      [hessenId],
    );
    const [indicator] = await rows<{ id: string; version: number; name: string; unit: string; description: string; source: string; updated_at: Date }>(
      `SELECT id, version, name, unit, description, source, updated_at FROM indicator WHERE alliance_id = $1 AND name = 'Fachkräfteengpass in Hessen (Prognose)'`,
      [hessenId],
    );
    const observations = await rows<{ series: string; period: number; value: number }>(
      `SELECT series, period, value FROM indicator_observation WHERE indicator_id = $1 ORDER BY position, period`,
      [indicator!.id],
    );
    expect(version?.frozen_indicators).toEqual([
      {
        id: indicator!.id,
        version: indicator!.version,
        name: indicator!.name,
        unit: indicator!.unit,
        description: indicator!.description,
        source: indicator!.source,
        series: [...new Set(observations.map((o) => o.series))],
        observations,
        updatedAt: indicator!.updated_at.toISOString(),
      },
    ]);
  });

  it("shows a member their group's work in every state and the other groups' published work, and the group chair a review queue", async () => {
    const member = await app.signIn('mitglied@hessen.example.org');
    const { body } = await member.graphql<{
      recommendations: { totalCount: number; edges: Array<{ node: { state: string; focusGroup: { name: string } } }> };
    }>(`query ($id: ID!) { recommendations(allianceId: $id, first: 50) { totalCount edges { node { state focusGroup { name } } } } }`, { id: hessenId });
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.recommendations.edges.map((e) => e.node);
    const own = nodes.filter((n) => n.focusGroup.name === 'Fokusgruppe Digitaler Wandel und Handwerk');
    expect(own).toHaveLength(8);
    expect(new Set(own.map((n) => n.state)).size).toBe(7);
    const others = nodes.filter((n) => n.focusGroup.name !== 'Fokusgruppe Digitaler Wandel und Handwerk');
    expect(others).toHaveLength(8);
    expect(new Set(others.map((n) => n.state))).toEqual(new Set(['APPROVED', 'ADOPTED']));

    const chair = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    const queue = await chair.graphql<{ reviewQueue: Array<{ title: string; state: string }> }>(
      `query ($id: ID!) { reviewQueue(allianceId: $id) { title state } }`,
      { id: hessenId },
    );
    expect(queue.body.data?.reviewQueue).toEqual([{ title: 'Ausbildungsverbünde im ländlichen Handwerk mit Mobilitätsangebot', state: 'SUBMITTED' }]);
  });

  it('is found by the German full-text search: the recommendation and the plan naming the Pflegequalifizierungszentrum', async () => {
    const member = await app.signIn('mitglied@hessen.example.org');
    const { body } = await member.graphql<{ search: { edges: Array<{ node: { kind: string; title: string } }> } }>(
      `query ($id: ID!) { search(allianceId: $id, query: "Pflegequalifizierungszentrum", first: 20) { edges { node { kind title } } } }`,
      { id: hessenId },
    );
    expect(body.errors).toBeUndefined();
    const hits = body.data!.search.edges.map((edge) => edge.node);
    expect(hits).toEqual(
      expect.arrayContaining([
        { kind: 'RECOMMENDATION', title: 'Pflegequalifizierungszentrum Hessen für die Anerkennung internationaler Pflegekräfte' },
        { kind: 'PLAN_VERSION', title: 'Bündnisplan zur Stärkung der Fachkräftebasis Hessen' },
      ]),
    );
  });

  it('shows the history of a recommendation: revisions to compare, the workflow with reasons, threads with replies and support', async () => {
    const [mint] = (await recommendations()).filter((r) => r.title.startsWith('Berufsorientierung für MINT'));
    const member = await app.signIn('mitglied@hessen.example.org');
    const { body } = await member.graphql<{
      recommendation: {
        revision: number;
        revisions: { totalCount: number };
        compareRevisions: Array<{ field: string; changed: boolean }>;
        transitions: Array<{ action: string; actor: { displayName: string } | null; comment: string | null }>;
        comments: { totalCount: number; edges: Array<{ node: { resolved: boolean; resolvedBy: { displayName: string } | null; replies: Array<{ author: { displayName: string } }> } }> };
        supportCount: number;
        authors: Array<{ displayName: string }>;
      };
    }>(
      `query ($id: ID!) { recommendation(id: $id) {
          revision revisions { totalCount } compareRevisions(from: 1, to: 2) { field changed }
          transitions { action actor { displayName } comment }
          comments { totalCount edges { node { resolved resolvedBy { displayName } replies { author { displayName } } } } }
          supportCount authors { displayName }
        } }`,
      { id: mint!.id },
    );
    expect(body.errors).toBeUndefined();
    const r = body.data!.recommendation;
    expect(r.revision).toBe(3);
    expect(r.revisions.totalCount).toBe(3);
    expect(r.compareRevisions.filter((d) => d.changed).map((d) => d.field).sort()).toEqual(['costNotes', 'measure']);
    expect(r.transitions.map((t) => [t.action, t.actor?.displayName ?? null])).toEqual([
      ['SUBMIT', 'Oliver Frank'],
      ['APPROVE', 'Dr. Frieder Haas'],
      ['ADOPT', null],
    ]);
    expect(r.comments.totalCount).toBe(2);
    const [resolved] = r.comments.edges.map((e) => e.node);
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { displayName: 'Oliver Frank' }, replies: [{ author: { displayName: 'Oliver Frank' } }] });
    expect(r.supportCount).toBe(4);
    expect(r.authors.map((a) => a.displayName).sort()).toEqual(['Oliver Frank', 'Sandra Pohl']);
  });

  it('lets the demo accounts carry on where the history stops: the member revises and resubmits, the steering board starts version 2', async () => {
    const [returned] = (await recommendations()).filter((r) => r.title.startsWith('Digitale Lernortkooperation'));
    const member = await app.signIn('mitglied@hessen.example.org');
    const updated = await member.graphql<{ updateRecommendation: { version: number; revision: number } }>(
      `mutation ($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { version revision } }`,
      { input: { id: returned!.id, version: returned!.version, costNotes: 'Zugänge für Betriebe über das Schulportal; rund 50.000 Euro jährlich.' } },
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data?.updateRecommendation).toEqual({ version: returned!.version + 1, revision: returned!.revision + 1 });
    const submitted = await member.graphql<{ transitionRecommendation: { state: string } }>(
      `mutation ($input: TransitionRecommendationInput!) { transitionRecommendation(input: $input) { state } }`,
      { input: { id: returned!.id, version: returned!.version + 1, action: 'SUBMIT' } },
    );
    expect(submitted.body.errors).toBeUndefined();
    expect(submitted.body.data?.transitionRecommendation.state).toBe('SUBMITTED');

    const chair = await app.signIn('vorsitz@hessen.example.org');
    const started = await chair.graphql<{ startPlanVersion: { number: number; state: string; recommendations: Array<{ position: number }> } }>(
      `mutation ($input: StartPlanVersionInput!) { startPlanVersion(input: $input) { number state recommendations { position } } }`,
      { input: { allianceId: hessenId } },
    );
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data?.startPlanVersion).toMatchObject({ number: 2, state: 'DRAFT' });
    expect(started.body.data?.startPlanVersion.recommendations).toHaveLength(8);
  });

  it('gives an alliance seeded before it had any work its workspace, and leaves one alone that has started its own', async () => {
    const alliance = [hessenId];
    await app.dataSource.query(`DELETE FROM initiative WHERE alliance_id = $1`, alliance);
    await app.dataSource.query(`DELETE FROM alliance_plan WHERE alliance_id = $1`, alliance);
    await app.dataSource.query(`DELETE FROM recommendation WHERE alliance_id = $1`, alliance);
    await app.dataSource.query(`DELETE FROM indicator WHERE alliance_id = $1`, alliance);

    expect(await seedDemoData(app.dataSource)).toEqual({ seeded: true });
    expect((await recommendations()).length).toBe(21);
    const [plan] = await rows<{ versions: number }>(
      `SELECT count(*)::int AS versions FROM plan_version WHERE alliance_id = $1 AND state = 'APPROVED'`,
      alliance,
    );
    expect(plan?.versions).toBe(1);

    await app.dataSource.query(`DELETE FROM alliance_plan WHERE alliance_id = $1`, alliance);
    await app.dataSource.query(`DELETE FROM initiative_recommendation r USING initiative i WHERE i.id = r.initiative_id AND i.alliance_id = $1`, alliance);
    await app.dataSource.query(`DELETE FROM recommendation WHERE alliance_id = $1 AND state <> 'DRAFT'`, alliance);
    expect(await seedDemoData(app.dataSource)).toEqual({ seeded: false });
    expect((await recommendations()).map((r) => r.state)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
  });
});
