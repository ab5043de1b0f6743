import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// Administration by the secretariat over real HTTP on the demo data: what each operation does,
// and what it refuses (bad input, stale versions, other alliances' ids, a second chair) while
// changing nothing. Who may call which operation at all is the access matrix's job (access.spec.ts).

const DIGITAL = 'Fokusgruppe Digitaler Wandel und Handwerk';

interface ErrorShape {
  code: unknown;
  fields?: unknown;
  currentVersion?: unknown;
}

describe('administration by the secretariat', () => {
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

  async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
    const [row] = await app.dataSource.query<T[]>(sql, params);
    if (!row) throw new Error(`no row: ${sql}`);
    return row;
  }

  /** Runs a mutation or query and returns its data, failing on any error. */
  async function ok<T = Record<string, unknown>>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await client.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** Runs an operation expected to fail, returning its error's code and details. */
  async function refused(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<ErrorShape> {
    const { body } = await client.graphql(query, variables);
    expect(body.errors, 'refused').toHaveLength(1);
    const { code, fields, currentVersion } = body.errors![0]!.extensions ?? {};
    return { code, ...(fields ? { fields } : {}), ...(currentVersion !== undefined ? { currentVersion } : {}) };
  }

  const bodyOf = (name: string) => one<{ id: string; version: number }>(`SELECT id, version FROM body WHERE name = $1`, [name]);
  const personOf = (name: string, allianceId = ids.hessen) =>
    one<{ id: string }>(`SELECT id FROM person WHERE display_name = $1 AND alliance_id = $2`, [name, allianceId]);

  const UPDATE_ALLIANCE = 'mutation($input: UpdateAllianceInput!) { updateAlliance(input: $input) { id name shortName state constitutedOn version } }';
  const CREATE_BODY = 'mutation($input: CreateBodyInput!) { createBody(input: $input) { id name kind description version actionFields { title } } }';
  const UPDATE_BODY = 'mutation($input: UpdateBodyInput!) { updateBody(input: $input) { id name description version actionFields { title } } }';
  const ADD = 'mutation($input: AddMembershipInput!) { addMembership(input: $input) { id role since until version person { displayName } organisation { name } } }';
  const CHANGE = 'mutation($input: ChangeMembershipInput!) { changeMembership(input: $input) { id role version organisation { name } } }';
  const END = 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { id until version } }';

  describe('the alliance and its structure', () => {
    it('updates the alliance: given fields change, absent ones stay, null clears, and the version rises', async () => {
      const before = await one<{ version: number; name: string }>(`SELECT version, name FROM alliance WHERE id = $1`, [ids.hessen]);
      const data = await ok<{ updateAlliance: Record<string, unknown> }>(secretariat, UPDATE_ALLIANCE, {
        input: { id: ids.hessen, version: before.version, shortName: null, constitutedOn: '2020-09-23', state: '  Hessen ' },
      });
      expect(data.updateAlliance).toMatchObject({ name: before.name, shortName: null, state: 'Hessen', constitutedOn: '2020-09-23', version: before.version + 1 });
    });

    it('refuses a stale version with CONFLICT and the current version, and changes nothing', async () => {
      const { version } = await one<{ version: number }>(`SELECT version FROM alliance WHERE id = $1`, [ids.hessen]);
      await ok(secretariat, UPDATE_ALLIANCE, { input: { id: ids.hessen, version, description: 'Erste Fassung' } });
      expect(await refused(secretariat, UPDATE_ALLIANCE, { input: { id: ids.hessen, version, description: 'Überholt' } })).toEqual({
        code: 'CONFLICT',
        currentVersion: version + 1,
      });
      expect(await one(`SELECT description, version FROM alliance WHERE id = $1`, [ids.hessen])).toEqual({ description: 'Erste Fassung', version: version + 1 });
    });

    it('refuses invalid input field by field with BAD_USER_INPUT, and changes nothing', async () => {
      const before = await one(`SELECT * FROM alliance WHERE id = $1`, [ids.hessen]);
      const { version } = before as { version: number };
      expect(await refused(secretariat, UPDATE_ALLIANCE, { input: { id: ids.hessen, version, name: '   ', shortName: 'x'.repeat(81) } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { name: 'Please fill in this field.', shortName: 'At most 80 characters.' },
      });
      expect(await refused(secretariat, UPDATE_ALLIANCE, { input: { id: 'not-an-id', version, name: null } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { id: 'This is not the id of a record.', name: 'Please fill in this field.' },
      });
      expect(await one(`SELECT * FROM alliance WHERE id = $1`, [ids.hessen])).toEqual(before);
    });

    it('creates a focus group with action fields of its alliance, and edits it', async () => {
      const care = await one<{ id: string }>(`SELECT id FROM action_field WHERE alliance_id = $1 AND title LIKE '%Pflege%'`, [ids.hessen]);
      const { createBody } = await ok<{ createBody: { id: string; kind: string; version: number } }>(secretariat, CREATE_BODY, {
        input: { allianceId: ids.hessen, name: 'Fokusgruppe Energiewende', description: 'Neu', actionFieldIds: [care.id] },
      });
      expect(createBody).toMatchObject({ name: 'Fokusgruppe Energiewende', kind: 'FOCUS_GROUP', description: 'Neu', version: 1 });
      expect(createBody).toMatchObject({ actionFields: [{ title: 'Fachkräftesicherung in Pflege und Gesundheit' }] });

      const { updateBody } = await ok<{ updateBody: unknown }>(secretariat, UPDATE_BODY, {
        input: { id: createBody.id, version: 1, name: 'Fokusgruppe Energie', description: '', actionFieldIds: [] },
      });
      expect(updateBody).toEqual({ id: createBody.id, name: 'Fokusgruppe Energie', description: null, version: 2, actionFields: [] });
    });

    it('refuses a name another body of the alliance has, on the field name', async () => {
      const count = await one(`SELECT count(*) FROM body`);
      expect(await refused(secretariat, CREATE_BODY, { input: { allianceId: ids.hessen, name: DIGITAL } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { name: 'A body of this alliance already has this name.' },
      });
      expect(await one(`SELECT count(*) FROM body`)).toEqual(count);
    });

    it("answers another alliance's ids with NOT_FOUND, exactly like unknown ones, and changes nothing", async () => {
      const foreignField = await one<{ id: string }>(`SELECT id FROM action_field WHERE alliance_id = $1 LIMIT 1`, [ids.sachsenAnhalt]);
      const digital = await bodyOf(DIGITAL);
      const counts = await one(`SELECT (SELECT count(*) FROM body) AS bodies, (SELECT count(*) FROM body_action_field) AS links`);
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const input of [
        { allianceId: ids.sachsenAnhalt, name: 'Fremde Gruppe' },
        { allianceId: unknown, name: 'Fremde Gruppe' },
        { allianceId: ids.hessen, name: 'Gruppe mit fremdem Feld', actionFieldIds: [foreignField.id] },
      ]) {
        expect(await refused(secretariat, CREATE_BODY, { input })).toEqual({ code: 'NOT_FOUND' });
      }
      expect(await refused(secretariat, UPDATE_BODY, { input: { id: digital.id, version: digital.version, actionFieldIds: [foreignField.id] } })).toEqual({
        code: 'NOT_FOUND',
      });
      expect(await one(`SELECT (SELECT count(*) FROM body) AS bodies, (SELECT count(*) FROM body_action_field) AS links`)).toEqual(counts);
      expect((await bodyOf(DIGITAL)).version).toBe(digital.version);

      // And the other alliance's secretariat cannot touch Hessen's objects.
      const other = await app.signIn('sekretariat@sachsen-anhalt.example.org');
      expect(await refused(other, UPDATE_BODY, { input: { id: digital.id, version: digital.version, name: 'Übernommen' } })).toEqual({ code: 'NOT_FOUND' });
      expect(await refused(other, UPDATE_ALLIANCE, { input: { id: ids.hessen, version: 1, name: 'Übernommen' } })).toEqual({ code: 'NOT_FOUND' });
    });

    it('creates and edits action fields (a new one comes last), organisations and regions', async () => {
      const { createActionField } = await ok<{ createActionField: { id: string; position: number } }>(
        secretariat,
        'mutation { createActionField(input: { allianceId: "' + ids.hessen + '", title: "Fachkräftesicherung in der Energiewende" }) { id position } }',
      );
      expect(createActionField.position).toBe(5);
      const field = await ok<{ updateActionField: unknown }>(
        secretariat,
        'mutation($input: UpdateActionFieldInput!) { updateActionField(input: $input) { title description version } }',
        { input: { id: createActionField.id, version: 1, description: 'Wärmepumpen, Netze, Gebäude' } },
      );
      expect(field.updateActionField).toEqual({ title: 'Fachkräftesicherung in der Energiewende', description: 'Wärmepumpen, Netze, Gebäude', version: 2 });

      const { createOrganisation } = await ok<{ createOrganisation: { id: string } }>(
        secretariat,
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name shortName kind } }',
        { input: { allianceId: ids.hessen, name: 'Landesenergieagentur Hessen', shortName: 'LEA', kind: 'OTHER' } },
      );
      const organisation = await ok<{ updateOrganisation: unknown }>(
        secretariat,
        'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name shortName kind version } }',
        { input: { id: createOrganisation.id, version: 1, kind: 'COMPANY', shortName: null } },
      );
      expect(organisation.updateOrganisation).toEqual({ name: 'Landesenergieagentur Hessen', shortName: null, kind: 'COMPANY', version: 2 });

      const CREATE_REGION = 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id name kind code version } }';
      const { createRegion } = await ok<{ createRegion: { id: string } }>(secretariat, CREATE_REGION, {
        input: { allianceId: ids.hessen, name: 'Region Nordhessen', kind: 'DISTRICT' },
      });
      const region = await ok<{ updateRegion: unknown }>(
        secretariat,
        'mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { name kind code version } }',
        { input: { id: createRegion.id, version: 1, kind: 'INDEPENDENT_CITY', code: '06699' } },
      );
      expect(region.updateRegion).toEqual({ name: 'Region Nordhessen', kind: 'INDEPENDENT_CITY', code: '06699', version: 2 });

      // A code outside Hessen ("06") or of the wrong form, and a code another region has, are refused on the field.
      for (const [code, message] of [
        ['09162', /five digits starting with "06"/],
        ['6412', /five digits/],
        ['06412', /already has this code/],
      ] as const) {
        const error = await refused(secretariat, CREATE_REGION, { input: { allianceId: ids.hessen, name: `Region ${code}`, kind: 'DISTRICT', code } });
        expect(error.code).toBe('BAD_USER_INPUT');
        expect((error.fields as Record<string, string>).code).toMatch(message);
      }
    });
  });

  describe('memberships', () => {
    it('adds a member representing an organisation, changes the role, and ends the membership', async () => {
      const digital = await bodyOf(DIGITAL);
      const person = await personOf('Prof. Dr. Anne Winter');
      const khu = await one<{ id: string }>(`SELECT id FROM organisation WHERE short_name = 'KHU'`);
      const { addMembership } = await ok<{ addMembership: { id: string } }>(secretariat, ADD, {
        input: { personId: person.id, bodyId: digital.id, role: 'MEMBER', organisationId: khu.id, since: '2025-01-01' },
      });
      expect(addMembership).toMatchObject({ role: 'MEMBER', since: '2025-01-01', until: null, version: 1, person: { displayName: 'Prof. Dr. Anne Winter' } });

      const { changeMembership } = await ok<{ changeMembership: unknown }>(secretariat, CHANGE, {
        input: { id: addMembership.id, version: 1, role: 'OBSERVER', organisationId: null },
      });
      expect(changeMembership).toEqual({ id: addMembership.id, role: 'OBSERVER', version: 2, organisation: null });

      const members = `{ alliance(slug: "hessen") { bodies { name memberships { person { displayName } } } } }`;
      type Members = { alliance: { bodies: Array<{ name: string; memberships: Array<{ person: { displayName: string } }> }> } };
      const namesIn = async () =>
        (await ok<Members>(secretariat, members)).alliance.bodies.find((b) => b.name === DIGITAL)!.memberships.map((m) => m.person.displayName);
      expect(await namesIn()).toContain('Prof. Dr. Anne Winter');

      const { endMembership } = await ok<{ endMembership: { until: string } }>(secretariat, END, { input: { id: addMembership.id, version: 2, until: '2025-02-01' } });
      expect(endMembership).toEqual({ id: addMembership.id, until: '2025-02-01', version: 3 });
      // An ended membership no longer counts, and cannot be ended or changed again.
      expect(await namesIn()).not.toContain('Prof. Dr. Anne Winter');
      expect((await refused(secretariat, END, { input: { id: addMembership.id, version: 3 } })).code).toBe('BAD_USER_INPUT');
      expect((await refused(secretariat, CHANGE, { input: { id: addMembership.id, version: 3, role: 'MEMBER' } })).code).toBe('BAD_USER_INPUT');
    });

    it('ends a membership today by default, and refuses a last day before the first', async () => {
      const digital = await bodyOf(DIGITAL);
      const person = await personOf('Andrea Neumann');
      const { addMembership } = await ok<{ addMembership: { id: string } }>(secretariat, ADD, {
        input: { personId: person.id, bodyId: digital.id, role: 'MEMBER', since: '2024-03-01' },
      });
      expect(await refused(secretariat, END, { input: { id: addMembership.id, version: 1, until: '2024-02-29' } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { until: 'The last day cannot be before the first (2024-03-01).' },
      });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
      const { endMembership } = await ok<{ endMembership: { until: string } }>(secretariat, END, { input: { id: addMembership.id, version: 1 } });
      expect(endMembership.until).toBe(today);
    });

    it('keeps one chair and one deputy per body: a second is a CONFLICT until the first has ended', async () => {
      const digital = await bodyOf(DIGITAL);
      const chair = await one<{ id: string; version: number }>(
        `SELECT id, version FROM membership WHERE body_id = $1 AND role = 'CHAIR' AND until IS NULL`,
        [digital.id],
      );
      const successor = await personOf('Stefan Wagner');
      const count = await one(`SELECT count(*) FROM membership`);
      const attempt = await refused(secretariat, ADD, { input: { personId: successor.id, bodyId: digital.id, role: 'CHAIR' } });
      expect(attempt).toEqual({ code: 'CONFLICT' });
      expect(await one(`SELECT count(*) FROM membership`)).toEqual(count);

      // Promoting a member to deputy while the deputy is in office is refused too.
      const oliver = await one<{ id: string; version: number }>(
        `SELECT m.id, m.version FROM membership m JOIN person p ON p.id = m.person_id WHERE m.body_id = $1 AND p.display_name = 'Oliver Frank'`,
        [digital.id],
      );
      expect((await refused(secretariat, CHANGE, { input: { id: oliver.id, version: oliver.version, role: 'DEPUTY_CHAIR' } })).code).toBe('CONFLICT');

      // The chair steps down today; the successor takes over from today (a handover, not two chairs).
      await ok(secretariat, END, { input: { id: chair.id, version: chair.version } });
      await ok(secretariat, ADD, { input: { personId: successor.id, bodyId: digital.id, role: 'CHAIR' } });
      const { alliance } = await ok<{ alliance: { bodies: Array<{ name: string; chair: { person: { displayName: string } } }> } }>(
        secretariat,
        '{ alliance(slug: "hessen") { bodies { name chair { person { displayName } } } } }',
      );
      expect(alliance.bodies.find((b) => b.name === DIGITAL)!.chair.person.displayName).toBe('Stefan Wagner');
    });

    it('refuses the same role twice for one person, and people or organisations of another alliance', async () => {
      const digital = await bodyOf(DIGITAL);
      const oliver = await personOf('Oliver Frank');
      expect(await refused(secretariat, ADD, { input: { personId: oliver.id, bodyId: digital.id, role: 'MEMBER' } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { role: 'This person already holds this role in this body at that time.' },
      });
      const stranger = await one<{ id: string }>(`SELECT id FROM person WHERE alliance_id = $1 LIMIT 1`, [ids.sachsenAnhalt]);
      const foreignOrganisation = await one<{ id: string }>(`SELECT id FROM organisation WHERE alliance_id = $1 LIMIT 1`, [ids.sachsenAnhalt]);
      const count = await one(`SELECT count(*) FROM membership`);
      expect(await refused(secretariat, ADD, { input: { personId: stranger.id, bodyId: digital.id, role: 'MEMBER' } })).toEqual({ code: 'NOT_FOUND' });
      expect(
        await refused(secretariat, ADD, { input: { personId: oliver.id, bodyId: digital.id, role: 'OBSERVER', organisationId: foreignOrganisation.id } }),
      ).toEqual({ code: 'NOT_FOUND' });
      expect(await one(`SELECT count(*) FROM membership`)).toEqual(count);
    });

    it('refuses members and chairs of a focus group with FORBIDDEN, and changes nothing', async () => {
      const digital = await bodyOf(DIGITAL);
      const oliver = await personOf('Oliver Frank');
      for (const email of ['mitglied@hessen.example.org', 'fokusgruppe-vorsitz@hessen.example.org']) {
        const client = await app.signIn(email);
        expect(await refused(client, ADD, { input: { personId: oliver.id, bodyId: digital.id, role: 'OBSERVER' } })).toEqual({ code: 'FORBIDDEN' });
        expect(await refused(client, UPDATE_BODY, { input: { id: digital.id, version: digital.version, name: 'Gekapert' } })).toEqual({ code: 'FORBIDDEN' });
      }
      expect(await bodyOf(DIGITAL)).toEqual(digital);
    });
  });

  describe('the audit log', () => {
    const entriesOf = (objectId: string) =>
      app.dataSource.query<Array<{ action: string; actor_account_id: string; alliance_id: string; details: Record<string, unknown> }>>(
        `SELECT action, actor_account_id, alliance_id, details FROM audit_entry WHERE object_id = $1 AND action NOT LIKE 'mutation.%' ORDER BY id`,
        [objectId],
      );

    it('records each change with who made it, in the alliance, with what was sent', async () => {
      const [row] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = 'sekretariat@hessen.example.org'`);
      const katrin = row!.id;
      const { createBody } = await ok<{ createBody: { id: string } }>(secretariat, CREATE_BODY, { input: { allianceId: ids.hessen, name: 'Fokusgruppe Protokoll' } });
      await ok(secretariat, UPDATE_BODY, { input: { id: createBody.id, version: 1, description: 'Mit Protokoll' } });
      expect(await entriesOf(createBody.id)).toEqual([
        { action: 'body.created', actor_account_id: katrin, alliance_id: ids.hessen, details: { changes: { allianceId: ids.hessen, name: 'Fokusgruppe Protokoll' } } },
        { action: 'body.updated', actor_account_id: katrin, alliance_id: ids.hessen, details: { changes: { description: 'Mit Protokoll' } } },
      ]);
    });

    it('records membership changes with the person, the body and the roles before and after', async () => {
      const digital = await bodyOf(DIGITAL);
      const person = await personOf('Heike Schwarz');
      const { addMembership } = await ok<{ addMembership: { id: string } }>(secretariat, ADD, {
        input: { personId: person.id, bodyId: digital.id, role: 'OBSERVER', since: '2025-01-01' },
      });
      await ok(secretariat, CHANGE, { input: { id: addMembership.id, version: 1, role: 'MEMBER' } });
      await ok(secretariat, END, { input: { id: addMembership.id, version: 2, until: '2025-06-30' } });
      const where = { personId: person.id, bodyId: digital.id };
      expect((await entriesOf(addMembership.id)).map(({ action, details }) => ({ action, details }))).toEqual([
        { action: 'membership.added', details: { ...where, role: 'OBSERVER', since: '2025-01-01', organisationId: null } },
        { action: 'membership.changed', details: { ...where, role: { from: 'OBSERVER', to: 'MEMBER' }, organisationId: { from: null, to: null } } },
        { action: 'membership.ended', details: { ...where, role: 'MEMBER', until: '2025-06-30' } },
      ]);
    });

    it('records nothing of a change that was refused', async () => {
      const digital = await bodyOf(DIGITAL);
      await refused(secretariat, UPDATE_BODY, { input: { id: digital.id, version: digital.version - 1, name: 'Veraltet' } });
      await refused(secretariat, UPDATE_BODY, { input: { id: digital.id, version: digital.version, name: 'Fokusgruppe Kinder- und Jugendhilfe' } });
      expect(await entriesOf(digital.id)).toEqual([]);
    });
  });

  describe('the people of an alliance', () => {
    const PEOPLE = `query($allianceId: ID!, $search: String, $first: Int, $after: String) {
      people(allianceId: $allianceId, search: $search, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName email active } }
      }
    }`;
    interface People {
      people: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ cursor: string; node: { id: string; displayName: string; email: string | null; active: boolean } }>;
      };
    }

    it('pages through every person of the alliance once, by name', async () => {
      const { count } = await one<{ count: number }>(`SELECT count(*)::int AS count FROM person WHERE alliance_id = $1`, [ids.hessen]);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { people }: People = await ok<People>(secretariat, PEOPLE, { allianceId: ids.hessen, first: 7, after });
        expect(people.totalCount).toBe(count);
        seen.push(...people.edges.map((edge) => edge.node.displayName));
        after = people.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
        pages += 1;
      } while (after !== null);
      expect(seen).toHaveLength(count);
      expect(new Set(seen).size).toBe(count);
      expect(pages).toBe(Math.ceil(count / 7));
      const ordered = (await app.dataSource.query<Array<{ display_name: string }>>(
        `SELECT display_name FROM person WHERE alliance_id = $1 ORDER BY display_name, id`,
        [ids.hessen],
      )).map((row) => row.display_name);
      expect(seen).toEqual(ordered);
    });

    it('finds people by part of their name or e-mail, shows the secretariat their e-mail and whether they are active', async () => {
      const byName = await ok<People>(secretariat, PEOPLE, { allianceId: ids.hessen, search: 'oliver fr' });
      expect(byName.people.edges.map((edge) => edge.node)).toEqual([
        { id: expect.any(String), displayName: 'Oliver Frank', email: 'mitglied@hessen.example.org', active: true },
      ]);
      expect(byName.people.totalCount).toBe(1);
      const byEmail = await ok<People>(secretariat, PEOPLE, { allianceId: ids.hessen, search: 'VORSITZ@hessen' });
      expect(byEmail.people.edges.map((edge) => edge.node.email).sort()).toEqual(['fokusgruppe-vorsitz@hessen.example.org', 'vorsitz@hessen.example.org']);
      await app.dataSource.query(`UPDATE account SET deactivated_at = now() WHERE email = 'beobachtung@hessen.example.org'`);
      const deactivated = await ok<People>(secretariat, PEOPLE, { allianceId: ids.hessen, search: 'beobachtung@' });
      expect(deactivated.people.edges.map((edge) => edge.node.active)).toEqual([false]);
      // Wildcards are text: nobody's name contains "%".
      expect((await ok<People>(secretariat, PEOPLE, { allianceId: ids.hessen, search: '%' })).people.totalCount).toBe(0);
    });

    it('hides e-mail addresses from everyone but the secretariat', async () => {
      const member = await app.signIn('mitglied@hessen.example.org');
      const { alliance } = await ok<{ alliance: { bodies: Array<{ memberships: Array<{ person: { email: string | null } }> }> } }>(
        member,
        '{ alliance(slug: "hessen") { bodies { memberships { person { email } } } } }',
      );
      const emails = alliance.bodies.flatMap((body) => body.memberships.map((m) => m.person.email));
      expect(emails.length).toBeGreaterThan(0);
      expect(emails.every((email) => email === null)).toBe(true);
    });

    it('refuses a page size outside 1..200, a cursor it did not hand out, and another alliance', async () => {
      expect(await refused(secretariat, PEOPLE, { allianceId: ids.hessen, first: 201 })).toEqual({ code: 'BAD_USER_INPUT', fields: { first: 'At most 200.' } });
      expect(await refused(secretariat, PEOPLE, { allianceId: ids.hessen, first: 0 })).toEqual({ code: 'BAD_USER_INPUT', fields: { first: 'At least 1.' } });
      expect(await refused(secretariat, PEOPLE, { allianceId: ids.hessen, after: 'made-up' })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { after: 'This is not a cursor of this list.' },
      });
      expect(await refused(secretariat, PEOPLE, { allianceId: ids.sachsenAnhalt })).toEqual({ code: 'NOT_FOUND' });
    });
  });
});
