import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// German full-text search over real HTTP and PostgreSQL, on the demo alliances plus records of
// this file's own. Every text here carries a made-up word ("Quokka…") so the demo data's texts
// never change what these searches find. Who may read what mirrors the read rules: a focus
// group's drafts for its members and the secretariat, approved and adopted recommendations for
// everyone in the alliance, plan drafts for the steering board and the secretariat.
// The records are written with SQL: the demo accounts all sit in one focus group, so the api
// could not draft in a second group, nor put a recommendation or plan version straight into the
// state a case needs; what search reads is the tables, whoever wrote them.

const SECRETARIAT = 'sekretariat@hessen.example.org';
const BOARD_CHAIR = 'vorsitz@hessen.example.org';
const MEMBER = 'mitglied@hessen.example.org'; // a MEMBER of the Digital group only
const OBSERVER = 'beobachtung@hessen.example.org'; // an OBSERVER of the Digital group
const OTHER_ALLIANCE = 'sekretariat@sachsen-anhalt.example.org';
const DIGITAL = 'Fokusgruppe Digitaler Wandel und Handwerk';
const CARE = 'Fokusgruppe Pflege und Gesundheit';

interface Hit {
  kind: 'RECOMMENDATION' | 'COMMENT' | 'PLAN_VERSION';
  id: string;
  title: string;
  rank: number;
  snippet: Array<{ text: string; match: boolean }>;
  recommendation: { id: string; title: string } | null;
  planVersion: { id: string; number: number } | null;
}

interface SearchData {
  search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Hit }> };
}

const SEARCH = `query Search($allianceId: ID!, $query: String!, $first: Int, $after: String) {
  search(allianceId: $allianceId, query: $query, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { kind id title rank snippet { text match } recommendation { id title } planVersion { id number } } }
  }
}`;

const codes = (errors: readonly GraphQLFormattedError[] | undefined) => errors?.map((error) => error.extensions?.code);

describe('search', () => {
  let app: TestApp;
  let ids: { hessen: string; sachsenAnhalt: string };
  const clients = new Map<string, TestClient>();
  /** The records this file adds, by a short name. */
  const made: Record<string, string> = {};

  async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
    const [row] = await app.dataSource.query<T[]>(sql, params);
    if (!row) throw new Error(`no row: ${sql}`);
    return row;
  }

  async function recommendation(input: {
    alliance: string;
    group: string;
    state: string;
    title: string;
    problem?: string;
    measure?: string;
    expectedEffect?: string;
    timeFrame?: string;
    costNotes?: string | null;
  }): Promise<string> {
    const group = await one<{ id: string; action_field_id: string }>(
      `SELECT b.id, l.action_field_id FROM body b JOIN body_action_field l ON l.body_id = b.id WHERE b.name = $1 AND b.alliance_id = $2 LIMIT 1`,
      [input.group, input.alliance],
    );
    const author = await one<{ id: string }>(`SELECT id FROM person WHERE alliance_id = $1 ORDER BY display_name LIMIT 1`, [input.alliance]);
    const row = await one<{ id: string }>(
      `INSERT INTO recommendation (alliance_id, focus_group_id, action_field_id, state, title, problem, measure, addressee_kinds,
         expected_effect, time_frame, cost_notes, revision, created_by_person_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '{}', $8, $9, $10, 1, $11, 1) RETURNING id`,
      [
        input.alliance,
        group.id,
        group.action_field_id,
        input.state,
        input.title,
        input.problem ?? '',
        input.measure ?? '',
        input.expectedEffect ?? '',
        input.timeFrame ?? '',
        input.costNotes ?? null,
        author.id,
      ],
    );
    return row.id;
  }

  async function comment(recommendationId: string, body: string): Promise<string> {
    const row = await one<{ id: string }>(
      `INSERT INTO recommendation_comment (recommendation_id, alliance_id, author_person_id, body, version)
       SELECT r.id, r.alliance_id, r.created_by_person_id, $2, 1 FROM recommendation r WHERE r.id = $1 RETURNING id`,
      [recommendationId, body],
    );
    return row.id;
  }

  /** A plan version of Hessen's plan (made when there is none); an unapproved one takes the place of any other. */
  async function planVersion(state: 'DRAFT' | 'APPROVED', title: string, situationAssessment: string, commitments = ''): Promise<string> {
    await app.dataSource.query(
      `INSERT INTO alliance_plan (alliance_id, title, version) VALUES ($1, 'Bündnisplan', 1) ON CONFLICT (alliance_id) DO NOTHING`,
      [ids.hessen],
    );
    const plan = await one<{ id: string; next: number }>(
      `SELECT p.id, coalesce(max(v.number), 0) + 1 AS next FROM alliance_plan p LEFT JOIN plan_version v ON v.plan_id = p.id
        WHERE p.alliance_id = $1 GROUP BY p.id`,
      [ids.hessen],
    );
    // At most one unapproved version per plan: one the demo data may have goes first.
    if (state !== 'APPROVED') await app.dataSource.query(`DELETE FROM plan_version WHERE plan_id = $1 AND state <> 'APPROVED'`, [plan.id]);
    const row = await one<{ id: string }>(
      `INSERT INTO plan_version (plan_id, alliance_id, number, state, title, situation_assessment, commitments, approved_at, version)
       VALUES ($1, $2, $3, $4::plan_version_state, $5, $6, $7, CASE WHEN $4::text = 'APPROVED' THEN now() END, 1) RETURNING id`,
      [plan.id, ids.hessen, plan.next, state, title, situationAssessment, commitments],
    );
    return row.id;
  }

  async function client(email: string): Promise<TestClient> {
    let found = clients.get(email);
    if (!found) {
      found = await app.signIn(email);
      clients.set(email, found);
    }
    return found;
  }

  async function search(email: string, query: string, options: { first?: number; after?: string; allianceId?: string } = {}) {
    const { body } = await (await client(email)).graphql<SearchData>(SEARCH, {
      allianceId: options.allianceId ?? ids.hessen,
      query,
      first: options.first,
      after: options.after,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.search;
  }

  const hitsOf = async (email: string, query: string) => (await search(email, query, { first: 200 })).edges.map((edge) => edge.node);
  const idsOf = async (email: string, query: string) => (await hitsOf(email, query)).map((hit) => hit.id).sort();
  /** Of this file's records, those the query finds (the demo data speaks of Pflegekräfte too). */
  const mineOf = async (email: string, query: string) => {
    const mine = new Set(Object.values(made));
    return (await idsOf(email, query)).filter((id) => mine.has(id));
  };
  const plain = (hit: Hit) => hit.snippet.map((part) => part.text).join('');
  const marked = (hit: Hit) => hit.snippet.filter((part) => part.match).map((part) => part.text);

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    const rows = await app.dataSource.query<Array<{ slug: string; id: string }>>(`SELECT slug, id FROM alliance`);
    const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
    ids = { hessen: bySlug.get('hessen')!, sachsenAnhalt: bySlug.get('sachsen-anhalt')! };
    const saGroup = await one<{ name: string }>(`SELECT name FROM body WHERE alliance_id = $1 AND kind = 'FOCUS_GROUP' ORDER BY name LIMIT 1`, [
      ids.sachsenAnhalt,
    ]);

    made.digitalDraft = await recommendation({
      alliance: ids.hessen,
      group: DIGITAL,
      state: 'DRAFT',
      title: 'Quokkawerkstätten für Ausbildungen im Handwerk',
      problem: 'Viele Handwerksbetriebe finden keine Auszubildenden, weil Jugendliche die Berufe kaum kennen.',
      measure: 'Offene Werkstatttage in allen Landkreisen, gemeinsam mit den Kammern.',
      expectedEffect: 'Mehr Ausbildungsverträge im Handwerk.',
      timeFrame: 'ab 2026',
    });
    made.careDraft = await recommendation({
      alliance: ids.hessen,
      group: CARE,
      state: 'DRAFT',
      title: 'Quokkaplan: Pflegekräfte halten',
      problem: 'In den Krankenhäusern kündigen Pflegekräfte nach wenigen Jahren, die Belastung ist zu hoch.',
      measure: 'Verlässliche Dienstpläne und Springerpools.',
      expectedEffect: 'Weniger Kündigungen.',
      timeFrame: '2026 bis 2028',
    });
    made.careApproved = await recommendation({
      alliance: ids.hessen,
      group: CARE,
      state: 'APPROVED',
      title: 'Quokkabrücke für internationale Pflegekräfte',
      problem: 'Die Anerkennung ausländischer Abschlüsse dauert zu lange.',
      measure: 'Eine Anlaufstelle für die Anerkennung in jedem Regierungsbezirk.',
      expectedEffect: 'Schnellere Anerkennung.',
      timeFrame: '2027',
      costNotes: 'Drei Stellen je Anlaufstelle.',
    });
    made.careAdopted = await recommendation({
      alliance: ids.hessen,
      group: CARE,
      state: 'ADOPTED',
      title: 'Quokkanetz Gesundheitsberufe',
      problem: 'Pflegeschulen und Kliniken planen ihre Ausbildung getrennt.',
    });
    made.careWithdrawn = await recommendation({ alliance: ids.hessen, group: CARE, state: 'WITHDRAWN', title: 'Quokkaidee zurückgezogen' });
    made.digitalComment = await comment(made.digitalDraft, 'Die Quokkaschulung sollte auch Betriebe mit wenigen Beschäftigten erreichen.');
    made.careComment = await comment(made.careDraft, 'Eine Quokkaschulung für Stationsleitungen wäre ein Anfang.');
    made.approvedComment = await comment(made.careApproved, 'Die Quokkaschulung der Anerkennungsstellen ist schon geplant.');
    made.planApproved = await planVersion('APPROVED', 'Bündnisplan Quokkajahr', 'Die Quokkalage auf dem Arbeitsmarkt ist angespannt.');
    made.planDraft = await planVersion('DRAFT', 'Bündnisplan Quokkaentwurf', 'Der Quokkaentwurf beschreibt die Quokkalage neu.', 'Wir verpflichten uns.');
    made.otherAlliance = await recommendation({
      alliance: ids.sachsenAnhalt,
      group: saGroup.name,
      state: 'APPROVED',
      title: 'Quokkawerkstätten in Sachsen-Anhalt',
      problem: 'Ausbildungen im Handwerk finden zu wenige Bewerber.',
    });
  });
  afterAll(() => app?.close());

  describe('German', () => {
    it('finds a word in its other forms: singular finds plural, and umlauts fold', async () => {
      // The german configuration's Snowball stemmer: "Ausbildung" and "Ausbildungen" share a stem,
      // as do "Pflegekraft" and "Pflegekräfte", "Krankenhaus" and "Krankenhäusern".
      expect(await idsOf(SECRETARIAT, 'Ausbildung Quokkawerkstatt')).toEqual([made.digitalDraft]);
      expect(await mineOf(SECRETARIAT, 'Pflegekraft')).toEqual([made.careDraft, made.careApproved].sort());
      expect(await idsOf(SECRETARIAT, 'Krankenhaus Quokkaplan')).toEqual([made.careDraft]);
      // A compound is one word: "Werkstatt" alone does not find "Quokkawerkstätten" (no decompounding).
      expect(await idsOf(SECRETARIAT, 'Quokkawerkstatt Werkstatt')).toEqual([]);
    });

    it('reads quotes as phrases, "or" as either and a minus as "without"', async () => {
      expect(await mineOf(SECRETARIAT, '"internationale Pflegekräfte"')).toEqual([made.careApproved]);
      expect(await mineOf(SECRETARIAT, '"Pflegekräfte internationale"')).toEqual([]);
      expect(await idsOf(SECRETARIAT, 'Quokkaplan or Quokkabrücke')).toEqual([made.careDraft, made.careApproved].sort());
      expect(await mineOf(SECRETARIAT, 'Pflegekräfte -Anerkennung')).toEqual([made.careDraft]);
    });

    it('ranks a match in the title above one in the text', async () => {
      const hits = await hitsOf(SECRETARIAT, 'Quokkalage');
      // The draft names it in the situation assessment only; "Quokkajahr" is in the approved one's title.
      const approved = await hitsOf(SECRETARIAT, 'Quokkajahr or Quokkalage');
      expect(hits.map((hit) => hit.id).sort()).toEqual([made.planApproved, made.planDraft].sort());
      expect(approved[0]!.id).toBe(made.planApproved);
      expect(approved[0]!.rank).toBeGreaterThan(approved[1]!.rank);
    });

    it('answers a query of only common words with nothing rather than everything', async () => {
      const result = await search(SECRETARIAT, 'und die der');
      expect(result).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });
  });

  describe('what each person finds', () => {
    it("a focus group's member finds the group's drafts and everyone's approved and adopted recommendations, not other groups' drafts", async () => {
      const found = await idsOf(MEMBER, 'Quokkawerkstatt or Quokkaplan or Quokkabrücke or Quokkanetz or Quokkaidee');
      expect(found).toEqual([made.digitalDraft, made.careApproved, made.careAdopted].sort());
      expect(await idsOf(OBSERVER, 'Quokkawerkstatt or Quokkaplan')).toEqual([made.digitalDraft]);
    });

    it("the secretariat finds every group's drafts, also withdrawn ones", async () => {
      const found = await idsOf(SECRETARIAT, 'Quokkawerkstatt or Quokkaplan or Quokkabrücke or Quokkanetz or Quokkaidee');
      expect(found).toEqual([made.digitalDraft, made.careDraft, made.careApproved, made.careAdopted, made.careWithdrawn].sort());
    });

    it('finds comments as far as their recommendation may be read, linked to it', async () => {
      const byMember = await hitsOf(MEMBER, 'Quokkaschulung');
      expect(byMember.map((hit) => [hit.kind, hit.id]).sort()).toEqual(
        [
          ['COMMENT', made.approvedComment],
          ['COMMENT', made.digitalComment],
        ].sort(),
      );
      const digital = byMember.find((hit) => hit.id === made.digitalComment)!;
      expect(digital.recommendation).toEqual({ id: made.digitalDraft, title: 'Quokkawerkstätten für Ausbildungen im Handwerk' });
      expect(digital.title).toBe('Quokkawerkstätten für Ausbildungen im Handwerk');
      expect(digital.planVersion).toBeNull();
      expect(marked(digital)).toEqual(['Quokkaschulung']);

      expect((await idsOf(SECRETARIAT, 'Quokkaschulung')).length).toBe(3);
    });

    it('finds plan drafts only for the steering board and the secretariat; approved versions for everyone', async () => {
      for (const email of [SECRETARIAT, BOARD_CHAIR]) {
        expect(await idsOf(email, 'Quokkalage'), email).toEqual([made.planApproved, made.planDraft].sort());
      }
      for (const email of [MEMBER, OBSERVER]) {
        expect(await idsOf(email, 'Quokkalage'), email).toEqual([made.planApproved]);
        expect(await idsOf(email, 'Quokkaentwurf'), email).toEqual([]);
      }
      const [hit] = await hitsOf(MEMBER, 'Quokkajahr');
      expect(hit).toMatchObject({ kind: 'PLAN_VERSION', id: made.planApproved, title: 'Bündnisplan Quokkajahr', recommendation: null });
      expect(hit!.planVersion!.id).toBe(made.planApproved);
    });

    it('keeps the alliances apart: Sachsen-Anhalt finds nothing of Hessen, and cannot search Hessen', async () => {
      const hessenWords = await search(OTHER_ALLIANCE, 'Quokkaplan or Quokkabrücke or Quokkaschulung or Quokkalage', { allianceId: ids.sachsenAnhalt });
      expect(hessenWords.totalCount).toBe(0);
      const own = await search(OTHER_ALLIANCE, 'Quokkawerkstatt', { allianceId: ids.sachsenAnhalt });
      expect(own.edges.map((edge) => edge.node.id)).toEqual([made.otherAlliance]);
      expect(await idsOf(SECRETARIAT, 'Quokkawerkstatt')).toEqual([made.digitalDraft]);

      const other = await (await client(OTHER_ALLIANCE)).graphql(SEARCH, { allianceId: ids.hessen, query: 'Quokkawerkstatt' });
      expect(codes(other.body.errors)).toEqual(['NOT_FOUND']);
      const hessen = await (await client(SECRETARIAT)).graphql(SEARCH, { allianceId: ids.sachsenAnhalt, query: 'Quokkawerkstatt' });
      expect(codes(hessen.body.errors)).toEqual(['NOT_FOUND']);
    });

    it('asks anonymous visitors to sign in', async () => {
      const { body } = await app.graphql(SEARCH, { allianceId: ids.hessen, query: 'Quokkajahr' });
      expect(codes(body.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('snippets', () => {
    it('mark the matched words in plain text, whatever form they take there', async () => {
      const [hit] = await hitsOf(SECRETARIAT, 'Krankenhaus Quokkaplan');
      expect(marked(hit!)).toEqual(['Krankenhäusern']);
      expect(plain(hit!)).toContain('Krankenhäusern kündigen Pflegekräfte nach wenigen Jahren');
      // Never HTML, and no trace of the markers the database put around the matches.
      for (const part of hit!.snippet) expect(part.text).not.toMatch(/[<>\uE000\uE001]/);
    });

    it('come from the texts of comments and plan versions too', async () => {
      const [plan] = await hitsOf(BOARD_CHAIR, 'Quokkaentwurf');
      expect(plan!.id).toBe(made.planDraft);
      expect(plain(plan!)).toContain('Quokkaentwurf beschreibt die Quokkalage neu.');
      expect(marked(plan!)).toEqual(['Quokkaentwurf']);
    });

    it('keep text as text: markup typed into a comment comes back as typed', async () => {
      const id = await comment(made.digitalDraft!, 'Quokkamarkup <b>fett</b> & <script>alert(1)</script>');
      const [hit] = await hitsOf(SECRETARIAT, 'Quokkamarkup');
      expect(hit!.id).toBe(id);
      expect(plain(hit!)).toContain('<b>fett</b> & <script>');
      expect(marked(hit!)).toEqual(['Quokkamarkup']);
    });
  });

  describe('pages', () => {
    it('pages through the ranked hits without gaps or repeats', async () => {
      // Seven approved recommendations that mention the word once to seven times: seven ranks.
      const series: string[] = [];
      for (let times = 1; times <= 7; times += 1) {
        series.push(
          await recommendation({
            alliance: ids.hessen,
            group: CARE,
            state: 'APPROVED',
            title: `Reihe ${times}`,
            problem: Array.from({ length: times }, () => 'Quokkareihe').join(' und '),
          }),
        );
      }
      const all = await search(MEMBER, 'Quokkareihe', { first: 50 });
      expect(all.totalCount).toBe(7);
      expect(all.pageInfo.hasNextPage).toBe(false);
      const ranks = all.edges.map((edge) => edge.node.rank);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      expect(all.edges[0]!.node.id).toBe(series[6]);

      const paged: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 3; page += 1) {
        const result = await search(MEMBER, 'Quokkareihe', { first: 3, after });
        expect(result.totalCount).toBe(7);
        paged.push(...result.edges.map((edge) => edge.node.id));
        expect(result.pageInfo.hasNextPage).toBe(page < 2);
        after = result.pageInfo.endCursor ?? undefined;
      }
      expect(paged).toEqual(all.edges.map((edge) => edge.node.id));
    });

    it('orders equal ranks stably, so no hit is lost between pages', async () => {
      for (let index = 0; index < 5; index += 1) {
        await recommendation({ alliance: ids.hessen, group: CARE, state: 'APPROVED', title: 'Gleichrang', problem: 'Quokkagleich' });
      }
      const all = (await search(MEMBER, 'Quokkagleich', { first: 50 })).edges.map((edge) => edge.node.id);
      const paged: string[] = [];
      let after: string | undefined;
      do {
        const result = await search(MEMBER, 'Quokkagleich', { first: 2, after });
        paged.push(...result.edges.map((edge) => edge.node.id));
        after = result.pageInfo.hasNextPage ? (result.pageInfo.endCursor ?? undefined) : undefined;
      } while (after);
      expect(new Set(all).size).toBe(5);
      expect(paged).toEqual(all);
    });
  });

  describe('bad input', () => {
    async function refused(variables: Record<string, unknown>) {
      const { body } = await (await client(SECRETARIAT)).graphql(SEARCH, { allianceId: ids.hessen, query: 'Quokkajahr', ...variables });
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      const { code, fields } = body.errors![0]!.extensions ?? {};
      return { code, fields: Object.keys((fields as Record<string, string> | undefined) ?? {}) };
    }

    it('refuses queries shorter than 2 or longer than 200 characters, counted without surrounding blanks', async () => {
      expect(await refused({ query: '' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['query'] });
      expect(await refused({ query: '   a   ' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['query'] });
      expect(await refused({ query: 'x'.repeat(201) })).toEqual({ code: 'BAD_USER_INPUT', fields: ['query'] });
      // 200 characters with blanks around them are fine.
      const { body } = await (await client(SECRETARIAT)).graphql(SEARCH, { allianceId: ids.hessen, query: `  ${'x'.repeat(200)}  ` });
      expect(body.errors).toBeUndefined();
      expect(await search(SECRETARIAT, '  Quokkajahr  ')).toMatchObject({ totalCount: 1 });
    });

    it('refuses page sizes outside 1 to 200 and cursors it did not hand out', async () => {
      expect(await refused({ first: 0 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
      expect(await refused({ first: 201 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
      // No page size (or null) means the default one.
      const { body } = await (await client(SECRETARIAT)).graphql<SearchData>(SEARCH, { allianceId: ids.hessen, query: 'Quokkajahr', first: null });
      expect(body.data?.search.totalCount).toBe(1);
      expect(await refused({ after: 'not-a-cursor' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
      const forged = Buffer.from(JSON.stringify([1, 'ELSEWHERE', made.digitalDraft])).toString('base64url');
      expect(await refused({ after: forged })).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it('answers an unknown alliance or a malformed id like nothing there', async () => {
      expect(await refused({ allianceId: '00000000-0000-4000-8000-000000000000' })).toEqual({ code: 'NOT_FOUND', fields: [] });
      expect(await refused({ allianceId: 'hessen' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['allianceId'] });
    });

    it('takes search syntax characters as text, never as an error', async () => {
      for (const query of ['Quokkajahr & | ! ( ) :*', "'Quokkajahr'", '"Quokkajahr', '-- ; DROP TABLE recommendation', 'or or -']) {
        const { body } = await (await client(SECRETARIAT)).graphql(SEARCH, { allianceId: ids.hessen, query });
        expect(body.errors, query).toBeUndefined();
      }
      expect(await idsOf(SECRETARIAT, 'Quokkajahr & | ! ( ) :*')).toEqual([made.planApproved]);
    });
  });
});
