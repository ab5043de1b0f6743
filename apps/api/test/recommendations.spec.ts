import { QueryCounter } from '@pakt/api-database';
import { RecommendationAdoptionService } from '@pakt/api-recommendation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// Recommendations over real HTTP on the demo data: drafting in the Digital focus group, review by
// its chair and deputy, revisions and their diffs, conflicts between two editors, comments and
// support; and what each role is refused, with nothing changed by a refusal. Which role may call
// which operation at all is the access matrix's job (access.spec.ts).

const DIGITAL = 'Fokusgruppe Digitaler Wandel und Handwerk';
const YOUTH = 'Fokusgruppe Kinder- und Jugendhilfe';

interface ErrorShape {
  code: unknown;
  fields?: Record<string, string>;
  extensions: Record<string, unknown>;
}

interface RecommendationData {
  id: string;
  version: number;
  state: string;
  revision: number;
  title: string;
  problem: string;
  viewerActions: string[];
  viewerMayEdit: boolean;
  viewerMayDiscuss: boolean;
  authors: Array<{ displayName: string }>;
}

const FIELDS = `id version state revision title problem measure expectedEffect timeFrame costNotes addresseeKinds
  addresseeOrganisations { name } citedIndicators { name } viewerActions viewerMayEdit viewerMayDiscuss
  authors { displayName } focusGroup { name } actionField { title } supportCount viewerSupports`;
const CREATE = `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { ${FIELDS} } }`;
const TRANSITION = `mutation($input: TransitionRecommendationInput!) { transitionRecommendation(input: $input) { ${FIELDS}
  transitions { action fromState toState comment actor { displayName } } } }`;
const READ = `query($id: ID!) { recommendation(id: $id) { ${FIELDS} transitions { action fromState toState comment actor { displayName } } } }`;

describe('recommendations', () => {
  let app: TestApp;
  let member: TestClient;
  let chair: TestClient;
  let deputy: TestClient;
  let observer: TestClient;
  let secretariat: TestClient;
  let steeringChair: TestClient;
  let outsider: TestClient;
  let ids: {
    hessen: string;
    sachsenAnhalt: string;
    digital: string;
    youth: string;
    digitalField: string;
    youthField: string;
    ihk: string;
    hwk: string;
    foreignOrganisation: string;
    indicator: string;
  };

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    member = await app.signIn('mitglied@hessen.example.org');
    chair = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    deputy = await app.signIn('fokusgruppe-stellvertretung@hessen.example.org');
    observer = await app.signIn('beobachtung@hessen.example.org');
    secretariat = await app.signIn('sekretariat@hessen.example.org');
    steeringChair = await app.signIn('vorsitz@hessen.example.org');
    outsider = await app.signIn('sekretariat@sachsen-anhalt.example.org');
    const alliance = (slug: string) => one<{ id: string }>(`SELECT id FROM alliance WHERE slug = $1`, [slug]);
    const hessen = (await alliance('hessen')).id;
    const sachsenAnhalt = (await alliance('sachsen-anhalt')).id;
    const body = async (name: string) => (await one<{ id: string }>(`SELECT id FROM body WHERE name = $1 AND alliance_id = $2`, [name, hessen])).id;
    const fieldOf = async (bodyId: string) =>
      (await one<{ id: string }>(`SELECT action_field_id AS id FROM body_action_field WHERE body_id = $1 ORDER BY action_field_id LIMIT 1`, [bodyId])).id;
    const organisation = async (shortName: string, allianceId = hessen) =>
      (await one<{ id: string }>(`SELECT id FROM organisation WHERE short_name = $1 AND alliance_id = $2`, [shortName, allianceId])).id;
    const digital = await body(DIGITAL);
    const youth = await body(YOUTH);
    const indicator = await one<{ id: string }>(
      `INSERT INTO indicator (alliance_id, name, unit, version) VALUES ($1, 'Fachkräftelücke Testreihe', 'Personen', 1) RETURNING id`,
      [hessen],
    );
    ids = {
      hessen,
      sachsenAnhalt,
      digital,
      youth,
      digitalField: await fieldOf(digital),
      youthField: await fieldOf(youth),
      ihk: await organisation('AG hessischer IHKs'),
      hwk: await organisation('AGH'),
      foreignOrganisation: (await one<{ id: string }>(`SELECT id FROM organisation WHERE alliance_id = $1 LIMIT 1`, [sachsenAnhalt])).id,
      indicator: indicator.id,
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

  const create = async (client: TestClient, input: Record<string, unknown> = {}) =>
    (
      await ok<{ createRecommendation: RecommendationData }>(client, CREATE, {
        input: { focusGroupId: ids.digital, actionFieldId: ids.digitalField, title: 'Ausbildungsbotschafter im Handwerk', ...input },
      })
    ).createRecommendation;
  const complete = {
    problem: 'Zu wenige Jugendliche bewerben sich im Handwerk.',
    measure: 'Auszubildende berichten an Schulen von ihrem Beruf.',
    expectedEffect: 'Mehr Bewerbungen auf Ausbildungsplätze.',
    timeFrame: '2025 bis 2027',
  };
  const update = async (client: TestClient, id: string, version: number, input: Record<string, unknown>) =>
    (await ok<{ updateRecommendation: RecommendationData }>(client, UPDATE, { input: { id, version, ...input } })).updateRecommendation;
  const step = async (client: TestClient, id: string, version: number, action: string, comment?: string) =>
    (await ok<{ transitionRecommendation: RecommendationData & { transitions: unknown[] } }>(client, TRANSITION, {
      input: { id, version, action, comment },
    })).transitionRecommendation;
  const read = async (client: TestClient, id: string) =>
    (await ok<{ recommendation: (RecommendationData & { transitions: Array<Record<string, unknown>> }) | null }>(client, READ, { id }))
      .recommendation;
  /** What a refusal must leave as it was. */
  const snapshot = (id: string) =>
    one<{ version: number; state: string; revision: number; transitions: number; revisions: number }>(
      `SELECT r.version, r.state::text AS state, r.revision,
              (SELECT count(*)::int FROM recommendation_transition t WHERE t.recommendation_id = r.id) AS transitions,
              (SELECT count(*)::int FROM recommendation_revision v WHERE v.recommendation_id = r.id) AS revisions
         FROM recommendation r WHERE r.id = $1`,
      [id],
    );

  describe('the workflow', () => {
    it('takes a draft through submit, return with a reason, resubmit and approval, recording who, when and why', async () => {
      const draft = await create(member);
      expect(draft).toMatchObject({
        state: 'DRAFT',
        revision: 1,
        version: 1,
        problem: '',
        viewerActions: ['SUBMIT', 'WITHDRAW'],
        viewerMayEdit: true,
        authors: [{ displayName: 'Oliver Frank' }],
      });

      const filled = await update(member, draft.id, draft.version, { ...complete, addresseeOrganisationIds: [ids.ihk], addresseeKinds: ['CHAMBER'] });
      expect(filled).toMatchObject({ revision: 2, version: 2, addresseeOrganisations: [{ name: 'Arbeitsgemeinschaft hessischer Industrie- und Handelskammern' }] });

      const submitted = await step(member, draft.id, filled.version, 'SUBMIT');
      expect(submitted).toMatchObject({ state: 'SUBMITTED', viewerActions: ['WITHDRAW'], viewerMayEdit: false, revision: 2 });

      const returned = await step(chair, draft.id, submitted.version, 'RETURN', 'Bitte die Kosten schätzen.');
      expect(returned.state).toBe('RETURNED');

      const revised = await update(deputy, draft.id, returned.version, { costNotes: 'Rund 50.000 Euro im Jahr.' });
      expect(revised).toMatchObject({ revision: 3, authors: [{ displayName: 'Oliver Frank' }, { displayName: 'Monika Lange' }] });

      const resubmitted = await step(member, draft.id, revised.version, 'SUBMIT');
      const approved = await step(deputy, draft.id, resubmitted.version, 'APPROVE');
      expect(approved).toMatchObject({ state: 'APPROVED', viewerActions: [] });

      const history = (await read(observer, draft.id))!.transitions;
      expect(history).toEqual([
        { action: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', comment: null, actor: { displayName: 'Oliver Frank' } },
        { action: 'RETURN', fromState: 'SUBMITTED', toState: 'RETURNED', comment: 'Bitte die Kosten schätzen.', actor: { displayName: 'Dr. Frieder Haas' } },
        { action: 'SUBMIT', fromState: 'RETURNED', toState: 'SUBMITTED', comment: null, actor: { displayName: 'Oliver Frank' } },
        { action: 'APPROVE', fromState: 'SUBMITTED', toState: 'APPROVED', comment: null, actor: { displayName: 'Monika Lange' } },
      ]);
      const audit = await app.dataSource.query<Array<{ action: string }>>(
        `SELECT action FROM audit_entry WHERE object_id = $1 AND action LIKE 'recommendation.%' ORDER BY id`,
        [draft.id],
      );
      expect(audit.map((entry) => entry.action)).toEqual([
        'recommendation.created',
        'recommendation.updated',
        'recommendation.transitioned',
        'recommendation.transitioned',
        'recommendation.updated',
        'recommendation.transitioned',
        'recommendation.transitioned',
      ]);
    });

    it('lists each missing field when a draft is submitted too early, and leaves it a draft', async () => {
      const draft = await create(member, { measure: 'Eine Maßnahme' });
      const before = await snapshot(draft.id);
      const error = await refused(member, TRANSITION, { input: { id: draft.id, version: draft.version, action: 'SUBMIT' } });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields!)).toEqual(['problem', 'addressees', 'expectedEffect', 'timeFrame']);
      expect(error.extensions.missing).toEqual(['problem', 'addressees', 'expectedEffect', 'timeFrame']);
      expect(await snapshot(draft.id)).toEqual(before);
    });

    it('refuses the wrong role with FORBIDDEN and the wrong state on fields.action, changing nothing', async () => {
      const draft = await create(member, { ...complete, addresseeKinds: ['UNION'] });
      const before = await snapshot(draft.id);
      const attempt = (client: TestClient, action: string, comment?: string) =>
        refused(client, TRANSITION, { input: { id: draft.id, version: draft.version, action, comment } });

      expect((await attempt(member, 'APPROVE')).code).toBe('FORBIDDEN');
      expect((await attempt(observer, 'SUBMIT')).code).toBe('FORBIDDEN');
      expect((await attempt(secretariat, 'SUBMIT')).code).toBe('FORBIDDEN');
      expect(await attempt(chair, 'APPROVE')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { action: expect.stringContaining('DRAFT') } });
      expect(await attempt(chair, 'REJECT', 'Nein')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { action: expect.any(String) } });
      expect(await attempt(member, 'ADOPT')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { action: expect.any(String) } });
      expect(await snapshot(draft.id)).toEqual(before);

      expect((await refused(observer, UPDATE, { input: { id: draft.id, version: draft.version, title: 'Beobachtet' } })).code).toBe('FORBIDDEN');
      expect((await attempt(outsider, 'WITHDRAW')).code).toBe('NOT_FOUND');
      expect(await snapshot(draft.id)).toEqual(before);

      const submitted = await step(member, draft.id, draft.version, 'SUBMIT');
      // The secretariat reads and discusses, but reviewing is the group's chair's and deputy's.
      for (const action of ['APPROVE', 'RETURN', 'REJECT']) {
        const error = await refused(secretariat, TRANSITION, { input: { id: draft.id, version: submitted.version, action, comment: 'Grund' } });
        expect(error.code).toBe('FORBIDDEN');
      }
      const withoutReason = await refused(chair, TRANSITION, { input: { id: draft.id, version: submitted.version, action: 'RETURN', comment: '  ' } });
      expect(withoutReason).toMatchObject({ code: 'BAD_USER_INPUT', fields: { comment: expect.any(String) } });
      const rejected = await step(chair, draft.id, submitted.version, 'REJECT', 'Doppelt zu einer bestehenden Empfehlung.');
      expect(rejected.state).toBe('REJECTED');
      // Final: nothing leads out, and the content stays as it was.
      const afterReject = await snapshot(draft.id);
      expect((await refused(member, TRANSITION, { input: { id: draft.id, version: rejected.version, action: 'WITHDRAW' } })).code).toBe('BAD_USER_INPUT');
      expect((await refused(member, UPDATE, { input: { id: draft.id, version: rejected.version, title: 'Neu' } })).code).toBe('BAD_USER_INPUT');
      expect(await snapshot(draft.id)).toEqual(afterReject);
    });

    it('lets members withdraw their draft', async () => {
      const draft = await create(member);
      expect((await step(member, draft.id, draft.version, 'WITHDRAW')).state).toBe('WITHDRAWN');
    });

    it('adopts approved recommendations for the plan in its transaction, by the system, once; anything else is refused whole', async () => {
      const adoption = app.nest.get(RecommendationAdoptionService);
      const approved = await create(member, { ...complete, addresseeKinds: ['MINISTRY'] });
      const submitted = await step(member, approved.id, approved.version, 'SUBMIT');
      await step(chair, approved.id, submitted.version, 'APPROVE');
      const draft = await create(member);

      await expect(app.dataSource.transaction((manager) => adoption.adoptRecommendations([approved.id, draft.id], 1, manager))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: { recommendationIds: expect.any(String) } },
      });
      expect((await snapshot(approved.id)).state).toBe('APPROVED');

      await app.dataSource.transaction((manager) => adoption.adoptRecommendations([approved.id], 1, manager));
      await app.dataSource.transaction((manager) => adoption.adoptRecommendations([approved.id], 2, manager));
      const adopted = (await read(observer, approved.id))!;
      expect(adopted.state).toBe('ADOPTED');
      expect(adopted.transitions.at(-1)).toEqual({
        action: 'ADOPT',
        fromState: 'APPROVED',
        toState: 'ADOPTED',
        comment: 'Bündnisplan, Version 1',
        actor: null,
      });
      expect(adopted.transitions.filter((t) => t.action === 'ADOPT')).toHaveLength(1);
    });

    it("puts submitted recommendations into the queue of their group's chair and deputy, longest waiting first", async () => {
      const first = await create(member, { ...complete, title: 'Warteschlange eins', addresseeKinds: ['UNION'] });
      const second = await create(member, { ...complete, title: 'Warteschlange zwei', addresseeKinds: ['UNION'] });
      await step(member, second.id, second.version, 'SUBMIT');
      await step(member, first.id, first.version, 'SUBMIT');
      const QUEUE = `query($allianceId: ID!) { reviewQueue(allianceId: $allianceId) { id title state focusGroup { name } } }`;
      for (const reviewer of [chair, deputy]) {
        const queue = (await ok<{ reviewQueue: Array<{ id: string; state: string; focusGroup: { name: string } }> }>(reviewer, QUEUE, { allianceId: ids.hessen })).reviewQueue;
        expect(queue.every((entry) => entry.state === 'SUBMITTED' && entry.focusGroup.name === DIGITAL)).toBe(true);
        const positions = [second.id, first.id].map((id) => queue.findIndex((entry) => entry.id === id));
        expect(positions[0]).toBeGreaterThanOrEqual(0);
        expect(positions[0]).toBeLessThan(positions[1]!);
      }
      // The steering board's chair reviews no focus group.
      expect((await ok<{ reviewQueue: unknown[] }>(steeringChair, QUEUE, { allianceId: ids.hessen })).reviewQueue).toEqual([]);
      expect((await refused(member, QUEUE, { allianceId: ids.hessen })).code).toBe('FORBIDDEN');
    });
  });

  describe('who sees and does what', () => {
    it('shows drafts to the group and the secretariat, approved ones to the whole alliance, and nothing to another alliance', async () => {
      const draft = await create(member);
      expect((await read(observer, draft.id))?.id).toBe(draft.id);
      expect((await read(secretariat, draft.id))?.viewerMayDiscuss).toBe(true);
      expect(await read(steeringChair, draft.id)).toBeNull();
      expect(await read(outsider, draft.id)).toBeNull();

      const LIST = `query($allianceId: ID!) { recommendations(allianceId: $allianceId, first: 100) { totalCount edges { node { id state focusGroup { name } } } } }`;
      type List = { recommendations: { totalCount: number; edges: Array<{ node: { id: string; state: string; focusGroup: { name: string } } }> } };
      const ofSteeringChair = (await ok<List>(steeringChair, LIST, { allianceId: ids.hessen })).recommendations.edges.map((edge) => edge.node);
      expect(ofSteeringChair.every((node) => node.state === 'APPROVED' || node.state === 'ADOPTED')).toBe(true);
      const ofObserver = (await ok<List>(observer, LIST, { allianceId: ids.hessen })).recommendations.edges.map((edge) => edge.node.id);
      expect(ofObserver).toContain(draft.id);
      expect((await refused(outsider, LIST, { allianceId: ids.hessen })).code).toBe('NOT_FOUND');
      // Ids that are no ids find nothing, and say so without a server error.
      expect(await read(member, 'kein-uuid')).toBeNull();
      expect(await refused(member, LIST, { allianceId: 'kein-uuid' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { allianceId: expect.any(String) } });
    });

    it('lets observers and the secretariat read but not draft, the secretariat comment, and another alliance find nothing', async () => {
      const input = { focusGroupId: ids.digital, actionFieldId: ids.digitalField, title: 'Nicht erlaubt' };
      expect((await refused(observer, CREATE, { input })).code).toBe('FORBIDDEN');
      expect((await refused(secretariat, CREATE, { input })).code).toBe('FORBIDDEN');
      expect((await refused(outsider, CREATE, { input })).code).toBe('NOT_FOUND');

      const draft = await create(member);
      const comment = await ok<{ addRecommendationComment: { author: { displayName: string } } }>(secretariat, ADD_COMMENT, {
        input: { recommendationId: draft.id, body: 'Die Geschäftsstelle unterstützt gern.' },
      });
      expect(comment.addRecommendationComment.author.displayName).toBe('Katrin Vogel');
      expect((await refused(observer, ADD_COMMENT, { input: { recommendationId: draft.id, body: 'Beobachtung' } })).code).toBe('FORBIDDEN');
      expect((await refused(outsider, UPDATE, { input: { id: draft.id, version: draft.version, title: 'Fremd' } })).code).toBe('NOT_FOUND');
      expect((await refused(outsider, ADD_COMMENT, { input: { recommendationId: draft.id, body: 'Fremd' } })).code).toBe('NOT_FOUND');
    });
  });

  describe('input', () => {
    it('refuses empty and oversized fields per field, and saves nothing', async () => {
      const count = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM recommendation`)).n;
      const before = await count();
      const base = { focusGroupId: ids.digital, actionFieldId: ids.digitalField };
      expect(await refused(member, CREATE, { input: { ...base, title: '   ' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: expect.any(String) } });
      const oversized = await refused(member, CREATE, {
        input: { ...base, title: 'x'.repeat(201), problem: 'x'.repeat(20_001), timeFrame: 'x'.repeat(201), costNotes: 'x'.repeat(5_001) },
      });
      expect(Object.keys(oversized.fields!).sort()).toEqual(['costNotes', 'problem', 'timeFrame', 'title']);
      expect(await refused(member, CREATE, { input: { ...base, title: 'Falsches Feld', actionFieldId: ids.youthField } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { actionFieldId: expect.any(String) },
      });
      expect((await refused(member, CREATE, { input: { ...base, title: 'Fremd', addresseeOrganisationIds: [ids.foreignOrganisation] } })).code).toBe('NOT_FOUND');
      expect((await refused(member, CREATE, { input: { ...base, focusGroupId: ids.youth, title: 'Fremde Gruppe' } })).code).toBe('FORBIDDEN');
      expect(await count()).toBe(before);
    });
  });

  describe('editing together', () => {
    it('lets exactly one of two simultaneous saves of the same version win; the other gets CONFLICT with the current content', async () => {
      const draft = await create(member);
      const [a, b] = await Promise.all([
        member.graphql(UPDATE, { input: { id: draft.id, version: draft.version, title: 'Fassung von Oliver' } }),
        chair.graphql(UPDATE, { input: { id: draft.id, version: draft.version, title: 'Fassung von Frieder' } }),
      ]);
      const results = [a.body, b.body];
      const winners = results.filter((body) => !body.errors);
      const losers = results.filter((body) => body.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const won = (winners[0]!.data as { updateRecommendation: RecommendationData }).updateRecommendation;
      const extensions = losers[0]!.errors![0]!.extensions as Record<string, unknown> & { current: Record<string, unknown> };
      expect(extensions.code).toBe('CONFLICT');
      expect(extensions.currentVersion).toBe(won.version);
      expect(extensions.current).toMatchObject({
        version: won.version,
        revision: 2,
        title: won.title,
        problem: '',
        addresseeOrganisationIds: [],
        addresseeKinds: [],
        citedIndicatorIds: [],
        updatedBy: won.title === 'Fassung von Oliver' ? 'Oliver Frank' : 'Dr. Frieder Haas',
      });
      expect(await snapshot(draft.id)).toMatchObject({ revision: 2, revisions: 2 });

      // A save of a stale version later is refused the same way, and nothing is overwritten.
      const stale = await refused(member, UPDATE, { input: { id: draft.id, version: draft.version, title: 'Zu spät' } });
      expect(stale.code).toBe('CONFLICT');
      expect((await read(member, draft.id))!.title).toBe(won.title);
    });

    it('keeps every revision and compares any two word by word, field by field', async () => {
      const draft = await create(member, { problem: 'Zu wenige Bewerbungen im Handwerk.', addresseeOrganisationIds: [ids.ihk] });
      const second = await update(chair, draft.id, draft.version, {
        problem: 'Zu wenige Bewerbungen im ländlichen Handwerk.',
        addresseeOrganisationIds: [ids.ihk, ids.hwk],
        citedIndicatorIds: [ids.indicator],
      });
      // Saving the same content again is no new revision.
      const same = await update(member, draft.id, second.version, { problem: 'Zu wenige Bewerbungen im ländlichen Handwerk.' });
      expect(same).toMatchObject({ revision: 2, version: second.version });
      await update(member, draft.id, second.version, { title: 'Ausbildungsbotschafterinnen und -botschafter im Handwerk' });

      const HISTORY = `query($id: ID!, $first: Int, $after: String) { recommendation(id: $id) { revision
        revisions(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { number title problem author { displayName } } } }
        compareRevisions(from: 1, to: 3) { field changed segments { operation text } } } }`;
      type History = {
        recommendation: {
          revision: number;
          revisions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { number: number; author: { displayName: string } } }> };
          compareRevisions: Array<{ field: string; changed: boolean; segments: Array<{ operation: string; text: string }> }>;
        };
      };
      const page1 = (await ok<History>(observer, HISTORY, { id: draft.id, first: 2 })).recommendation;
      expect(page1.revision).toBe(3);
      expect(page1.revisions.totalCount).toBe(3);
      expect(page1.revisions.edges.map((edge) => [edge.node.number, edge.node.author.displayName])).toEqual([
        [3, 'Oliver Frank'],
        [2, 'Dr. Frieder Haas'],
      ]);
      const page2 = (await ok<History>(observer, HISTORY, { id: draft.id, first: 2, after: page1.revisions.pageInfo.endCursor })).recommendation;
      expect(page2.revisions.edges.map((edge) => edge.node.number)).toEqual([1]);
      expect(page2.revisions.pageInfo.hasNextPage).toBe(false);

      const diff = Object.fromEntries(page1.compareRevisions.map((entry) => [entry.field, entry]));
      expect(page1.compareRevisions.map((entry) => entry.field)).toEqual([
        'title',
        'problem',
        'measure',
        'expectedEffect',
        'timeFrame',
        'costNotes',
        'addressees',
        'citedIndicators',
      ]);
      expect(diff.problem!.segments).toEqual([
        { operation: 'EQUAL', text: 'Zu wenige Bewerbungen im ' },
        { operation: 'INSERT', text: 'ländlichen ' },
        { operation: 'EQUAL', text: 'Handwerk.' },
      ]);
      expect(diff.title!.changed).toBe(true);
      expect(diff.measure).toEqual({ field: 'measure', changed: false, segments: [] });
      expect(diff.addressees!.changed).toBe(true);
      expect(diff.addressees!.segments.filter((s) => s.operation === 'INSERT').map((s) => s.text).join('')).toContain('Handwerkskammern');
      expect(diff.citedIndicators!.segments).toEqual([{ operation: 'INSERT', text: 'Fachkräftelücke Testreihe' }]);

      const missing = await refused(observer, `query($id: ID!) { recommendation(id: $id) { compareRevisions(from: 1, to: 9) { field } } }`, { id: draft.id });
      expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    });
  });

  describe('discussion and support', () => {
    const THREADS = `query($id: ID!, $first: Int, $after: String) { recommendation(id: $id) { comments(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id body edited resolved resolvedBy { displayName } viewerMayEdit author { displayName }
        replies { id body author { displayName } replies { id } } } } } } }`;
    type Threads = {
      recommendation: {
        comments: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; body: string; edited: boolean; resolved: boolean; viewerMayEdit: boolean; replies: Array<{ body: string }> } }>;
        };
      };
    };

    it('keeps threads with one level of replies, lets authors edit only their own, and resolves threads', async () => {
      const draft = await create(member);
      const thread = (await ok<{ addRecommendationComment: { id: string; version: number } }>(chair, ADD_COMMENT, {
        input: { recommendationId: draft.id, body: 'Welche Schulen sind gemeint?' },
      })).addRecommendationComment;
      const reply = (await ok<{ addRecommendationComment: { id: string; version: number } }>(member, ADD_COMMENT, {
        input: { recommendationId: draft.id, parentId: thread.id, body: 'Haupt- und Realschulen.' },
      })).addRecommendationComment;
      expect(
        await refused(deputy, ADD_COMMENT, { input: { recommendationId: draft.id, parentId: reply.id, body: 'Antwort auf Antwort' } }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { parentId: expect.any(String) } });

      expect((await refused(member, EDIT_COMMENT, { input: { id: thread.id, version: thread.version, body: 'Fremd' } })).code).toBe('FORBIDDEN');
      const edited = (await ok<{ editRecommendationComment: { version: number; edited: boolean; body: string } }>(chair, EDIT_COMMENT, {
        input: { id: thread.id, version: thread.version, body: 'Welche Schulformen sind gemeint?' },
      })).editRecommendationComment;
      expect(edited).toMatchObject({ edited: true, body: 'Welche Schulformen sind gemeint?' });
      const stale = await refused(chair, EDIT_COMMENT, { input: { id: thread.id, version: thread.version, body: 'Alt' } });
      expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: edited.version, current: { body: 'Welche Schulformen sind gemeint?' } } });

      expect(await refused(member, RESOLVE, { input: { id: reply.id, resolved: true } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: expect.any(String) } });
      const resolved = (await ok<{ resolveRecommendationThread: { resolved: boolean; edited: boolean; resolvedBy: { displayName: string } } }>(member, RESOLVE, {
        input: { id: thread.id, resolved: true },
      })).resolveRecommendationThread;
      expect(resolved).toEqual({ resolved: true, edited: true, resolvedBy: { displayName: 'Oliver Frank' } });

      const view = (await ok<Threads>(member, THREADS, { id: draft.id })).recommendation.comments;
      expect(view.totalCount).toBe(1);
      expect(view.edges[0]!.node).toMatchObject({ resolved: true, viewerMayEdit: false, replies: [{ body: 'Haupt- und Realschulen.', replies: [] }] });

      const reopened = (await ok<{ resolveRecommendationThread: { resolved: boolean; resolvedBy: null } }>(chair, RESOLVE, {
        input: { id: thread.id, resolved: false },
      })).resolveRecommendationThread;
      expect(reopened).toEqual({ resolved: false, edited: true, resolvedBy: null });
    });

    it('pages through threads oldest first without gaps or repeats', async () => {
      const draft = await create(member);
      for (let i = 1; i <= 5; i++) {
        await ok(member, ADD_COMMENT, { input: { recommendationId: draft.id, body: `Beitrag ${i}` } });
      }
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const comments: Threads['recommendation']['comments'] = (await ok<Threads>(observer, THREADS, { id: draft.id, first: 2, after })).recommendation.comments;
        expect(comments.totalCount).toBe(5);
        seen.push(...comments.edges.map((edge) => edge.node.body));
        after = comments.pageInfo.endCursor;
        expect(comments.pageInfo.hasNextPage).toBe(page < 2);
      }
      expect(seen).toEqual(['Beitrag 1', 'Beitrag 2', 'Beitrag 3', 'Beitrag 4', 'Beitrag 5']);
      expect((await refused(observer, THREADS, { id: draft.id, first: 500 })).code).toBe('BAD_USER_INPUT');
      expect((await refused(observer, THREADS, { id: draft.id, after: 'kein-cursor' })).code).toBe('BAD_USER_INPUT');
    });

    it('counts each supporter once, however often they declare it', async () => {
      const draft = await create(member);
      const SUPPORT = `mutation($input: SetRecommendationSupportInput!) { setRecommendationSupport(input: $input) { supportCount viewerSupports } }`;
      const support = (client: TestClient, value: boolean) =>
        ok<{ setRecommendationSupport: { supportCount: number; viewerSupports: boolean } }>(client, SUPPORT, {
          input: { recommendationId: draft.id, support: value },
        });
      await support(member, true);
      expect((await support(member, true)).setRecommendationSupport).toEqual({ supportCount: 1, viewerSupports: true });
      expect((await support(chair, true)).setRecommendationSupport).toEqual({ supportCount: 2, viewerSupports: true });
      expect((await support(member, false)).setRecommendationSupport).toEqual({ supportCount: 1, viewerSupports: false });
      expect((await support(member, false)).setRecommendationSupport).toEqual({ supportCount: 1, viewerSupports: false });
      expect((await refused(observer, SUPPORT, { input: { recommendationId: draft.id, support: true } })).code).toBe('FORBIDDEN');
    });
  });

  describe('the list', () => {
    const LIST = `query($allianceId: ID!, $first: Int, $after: String, $states: [RecommendationState!], $focusGroupId: ID) {
      recommendations(allianceId: $allianceId, first: $first, after: $after, states: $states, focusGroupId: $focusGroupId) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id state updatedAt focusGroup { name } actionField { title } authors { displayName }
          addresseeOrganisations { name } citedIndicators { name } supportCount viewerSupports viewerActions
          transitions { action actor { displayName } } comments(first: 5) { totalCount edges { node { author { displayName } replies { id } } } } } } } }`;
    type List = {
      recommendations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { id: string; state: string; updatedAt: string; focusGroup: { name: string } } }>;
      };
    };

    it('pages newest change first without gaps or repeats, and filters by state and group', async () => {
      for (let i = 0; i < 4; i++) await create(member, { title: `Listeneintrag ${i}` });
      const all: List['recommendations']['edges'] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: List['recommendations'] = (await ok<List>(member, LIST, { allianceId: ids.hessen, first: 3, after })).recommendations;
        total = page.totalCount;
        all.push(...page.edges);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(all).toHaveLength(total);
      expect(new Set(all.map((edge) => edge.node.id)).size).toBe(total);
      const times = all.map((edge) => Date.parse(edge.node.updatedAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      const drafts = (await ok<List>(member, LIST, { allianceId: ids.hessen, states: ['DRAFT'], focusGroupId: ids.digital, first: 200 })).recommendations;
      expect(drafts.totalCount).toBeGreaterThanOrEqual(4);
      expect(drafts.edges.every((edge) => edge.node.state === 'DRAFT' && edge.node.focusGroup.name === DIGITAL)).toBe(true);
    });

    it('needs as many SQL statements for many recommendations as for a few (no N+1)', async () => {
      const measure = async () => {
        const { result, statements } = await QueryCounter.count(() => ok<List>(member, LIST, { allianceId: ids.hessen, first: 200 }));
        return { statements, count: result.recommendations.edges.length };
      };
      const before = await measure();
      for (let i = 0; i < 5; i++) {
        const draft = await create(member, { title: `Messung ${i}`, addresseeOrganisationIds: [ids.ihk], citedIndicatorIds: [ids.indicator] });
        await ok(chair, ADD_COMMENT, { input: { recommendationId: draft.id, body: 'Frage' } });
      }
      const after = await measure();
      expect(after.count).toBe(before.count + 5);
      // One statement per relation however many rows (one more at most: loading the threads found, where before there were none).
      expect(after.statements).toBeLessThanOrEqual(before.statements + 1);
    });
  });
});

const ADD_COMMENT = `mutation($input: AddRecommendationCommentInput!) { addRecommendationComment(input: $input) { id version body author { displayName } } }`;
const EDIT_COMMENT = `mutation($input: EditRecommendationCommentInput!) { editRecommendationComment(input: $input) { id version body edited } }`;
const RESOLVE = `mutation($input: ResolveRecommendationThreadInput!) { resolveRecommendationThread(input: $input) { resolved edited resolvedBy { displayName } } }`;
