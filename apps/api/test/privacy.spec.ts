import { hashPassword } from '@pakt/api-identity';
import { toLocalDate } from '@pakt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

const DEACTIVATE = 'mutation Deactivate($id: ID!) { deactivatePerson(personId: $id) { id displayName } }';
const ANONYMISE = 'mutation Anonymise($id: ID!) { anonymisePerson(personId: $id) { id displayName } }';
const VIEWER = '{ viewer { account { email } } }';

let app: TestApp;
let secretariat: TestClient;
let hessenId: string;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  secretariat = await app.signIn('sekretariat@hessen.example.org');
  hessenId = (await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`))[0]!.id;
});
afterAll(() => app?.close());

/** A Hessen person with an account, a current membership of the steering board and an alliance role; signed in. */
async function leaver(email: string): Promise<{ personId: string; accountId: string; client: TestClient }> {
  const [account] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO account (email, password_hash, version) VALUES ($1, $2, 1) RETURNING id`,
    [email, await hashPassword('ein gutes Passwort')],
  );
  const [person] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO person (alliance_id, display_name, account_id, version) VALUES ($1, 'Erika Muster', $2, 1) RETURNING id`,
    [hessenId, account!.id],
  );
  await app.dataSource.query(
    `INSERT INTO membership (alliance_id, body_id, person_id, role, since, version)
     SELECT $1, id, $2, 'MEMBER', '2024-01-01', 1 FROM body WHERE alliance_id = $1 AND kind = 'STEERING_BOARD'`,
    [hessenId, person!.id],
  );
  await app.dataSource.query(`INSERT INTO alliance_role (alliance_id, person_id, role) VALUES ($1, $2, 'SECRETARIAT')`, [hessenId, person!.id]);
  return { personId: person!.id, accountId: account!.id, client: await app.signIn(email, 'ein gutes Passwort') };
}

async function snapshot() {
  return app.dataSource.query(
    `SELECT (SELECT json_agg(a ORDER BY a.id) FROM account a) AS accounts, (SELECT json_agg(p ORDER BY p.id) FROM person p) AS people,
            (SELECT json_agg(m ORDER BY m.id) FROM membership m) AS memberships, (SELECT count(*) FROM session) AS sessions`,
  );
}

function codeOf(body: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) {
  return body.errors?.[0]?.extensions?.code;
}

describe('my personal data', () => {
  it('gives the signed-in person everything stored about them as JSON, without any secret', async () => {
    const member = await app.signIn('mitglied@hessen.example.org');
    const { body } = await member.graphql<{ myPersonalData: string }>('{ myPersonalData }');
    expect(body.errors).toBeUndefined();
    const data = JSON.parse(body.data!.myPersonalData) as Record<string, unknown>;
    expect(data).toMatchObject({
      account: { email: 'mitglied@hessen.example.org', hasPassword: true },
      people: [{ displayName: 'Oliver Frank', allianceSlug: 'hessen', memberships: expect.arrayContaining([expect.objectContaining({ role: 'MEMBER' })]) }],
      sessions: expect.arrayContaining([expect.objectContaining({ signedInAt: expect.any(String), expiresAt: expect.any(String) })]),
      auditEntries: expect.arrayContaining([expect.objectContaining({ action: 'signIn.succeeded' })]),
      invitations: [],
      passwordResets: [],
    });
    expect(body.data!.myPersonalData).not.toMatch(/argon2|token|sid/i);
  });

  it('is refused to anonymous callers', async () => {
    expect(codeOf((await app.graphql('{ myPersonalData }')).body)).toBe('UNAUTHENTICATED');
  });
});

describe('deactivating a person', () => {
  it('ends their sessions at once and refuses their sign-in; their person and memberships stay', async () => {
    const { personId, client } = await leaver('geht@example.org');
    expect((await client.graphql(VIEWER)).body.data).toEqual({ viewer: { account: { email: 'geht@example.org' } } });
    const { body } = await secretariat.graphql(DEACTIVATE, { id: personId });
    expect(body).toEqual({ data: { deactivatePerson: { id: personId, displayName: 'Erika Muster' } } });
    expect((await client.graphql(VIEWER)).body.data).toEqual({ viewer: null });
    await expect(app.signIn('geht@example.org', 'ein gutes Passwort')).rejects.toThrow(/UNAUTHENTICATED/);
    const [entry] = await app.dataSource.query(`SELECT action, alliance_id FROM audit_entry WHERE action = 'person.deactivated' AND object_id = $1`, [personId]);
    expect(entry).toEqual({ action: 'person.deactivated', alliance_id: hessenId });
  });

  it("refuses members, other alliances' secretariats, unknown ids and oneself, and changes nothing", async () => {
    const { personId, client } = await leaver('bleibt@example.org');
    const chair = await app.signIn('vorsitz@hessen.example.org');
    const other = await app.signIn('sekretariat@sachsen-anhalt.example.org');
    const ownId = (await app.dataSource.query<Array<{ id: string }>>(`SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = 'sekretariat@hessen.example.org'`))[0]!.id;
    const otherPerson = (await app.dataSource.query<Array<{ id: string }>>(`SELECT p.id FROM person p JOIN alliance a ON a.id = p.alliance_id WHERE a.slug = 'sachsen-anhalt' LIMIT 1`))[0]!.id;
    const before = await snapshot();
    for (const mutation of [DEACTIVATE, ANONYMISE]) {
      expect(codeOf((await chair.graphql(mutation, { id: personId })).body)).toBe('FORBIDDEN');
      expect(codeOf((await other.graphql(mutation, { id: personId })).body)).toBe('NOT_FOUND');
      expect(codeOf((await secretariat.graphql(mutation, { id: otherPerson })).body)).toBe('NOT_FOUND');
      expect(codeOf((await secretariat.graphql(mutation, { id: 'kein-id' })).body)).toBe('NOT_FOUND');
      expect(codeOf((await app.graphql(mutation, { id: personId })).body)).toBe('UNAUTHENTICATED');
      const self = await secretariat.graphql(mutation, { id: ownId });
      expect(self.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { personId: expect.stringMatching(/yourself/) } });
    }
    expect(await snapshot()).toEqual(before);
    expect((await client.graphql(VIEWER)).body.data).toEqual({ viewer: { account: { email: 'bleibt@example.org' } } });
  });
});

describe('anonymising a person who left', () => {
  it('removes name, e-mail address and password, ends memberships today and sessions now; the memberships stay on record', async () => {
    const { personId, accountId, client } = await leaver('erika.muster@example.org');
    // Something she did as secretariat, so the alliance's audit log has entries with her as actor.
    const { body: work } = await client.graphql('mutation Add($input: CreateActionFieldInput!) { createActionField(input: $input) { id } }', {
      input: { allianceId: hessenId, title: 'Testfeld Datenschutz' },
    });
    expect(work.errors).toBeUndefined();
    const { body } = await secretariat.graphql<{ anonymisePerson: { displayName: string } }>(ANONYMISE, { id: personId });
    expect(body.errors).toBeUndefined();
    expect(body.data?.anonymisePerson.displayName).toBe(`Ehemalige Teilnehmerin / ehemaliger Teilnehmer (${personId.slice(0, 8)})`);

    expect((await client.graphql(VIEWER)).body.data).toEqual({ viewer: null });
    const [account] = await app.dataSource.query<Array<Record<string, unknown>>>(`SELECT email, password_hash, deactivated_at FROM account WHERE id = $1`, [accountId]);
    expect(account).toEqual({ email: `${accountId}@anonymised.invalid`, password_hash: null, deactivated_at: expect.any(Date) });
    const stored = JSON.stringify(await app.dataSource.query(`SELECT * FROM person WHERE id = $1`, [personId]));
    expect(stored).not.toContain('Erika');
    expect(stored).not.toContain(accountId);
    const memberships = await app.dataSource.query<Array<{ until: string }>>(`SELECT until::text FROM membership WHERE person_id = $1`, [personId]);
    expect(memberships).toEqual([{ until: toLocalDate(new Date()) }]);
    expect(await app.dataSource.query(`SELECT 1 FROM alliance_role WHERE person_id = $1`, [personId])).toEqual([]);
    await expect(app.signIn('erika.muster@example.org', 'ein gutes Passwort')).rejects.toThrow(/UNAUTHENTICATED/);
    const [entry] = await app.dataSource.query(`SELECT action FROM audit_entry WHERE action = 'person.anonymised' AND object_id = $1`, [personId]);
    expect(entry).toEqual({ action: 'person.anonymised' });

    // The audit log cannot forget, so it never held the name or the address: the entries of
    // Erika's sign-in stay, but nothing in them or in what the secretariat reads names her.
    const log = JSON.stringify(await app.dataSource.query(`SELECT * FROM audit_entry`));
    expect(log).toContain(accountId);
    expect(log).not.toContain('Erika');
    expect(log).not.toContain('erika.muster@example.org');
    const { body: read } = await secretariat.graphql<{ auditLog: { edges: Array<{ node: { actorAccountId: string | null; actorName: string | null } }> } }>(
      'query Log($id: ID!) { auditLog(allianceId: $id, first: 200) { edges { node { actorAccountId actorName } } } }',
      { id: hessenId },
    );
    const hers = read.data?.auditLog.edges.filter((edge) => edge.node.actorAccountId === accountId) ?? [];
    expect(hers.length).toBeGreaterThan(0);
    expect(JSON.stringify(hers)).not.toContain('Erika');
  });

  it('keeps the account of someone who is still a person in another alliance, and unlinks only this one', async () => {
    const { personId, accountId } = await leaver('zwei-buendnisse@example.org');
    const [other] = await app.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO person (alliance_id, display_name, account_id, version) SELECT id, 'Erika Muster', $1, 1 FROM alliance WHERE slug = 'sachsen-anhalt' RETURNING id`,
      [accountId],
    );
    expect((await secretariat.graphql(ANONYMISE, { id: personId })).body.errors).toBeUndefined();
    const [account] = await app.dataSource.query(`SELECT email, deactivated_at FROM account WHERE id = $1`, [accountId]);
    expect(account).toEqual({ email: 'zwei-buendnisse@example.org', deactivated_at: null });
    const links = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM person WHERE account_id = $1`, [accountId]);
    expect(links).toEqual([{ id: other!.id }]);
  });
});
