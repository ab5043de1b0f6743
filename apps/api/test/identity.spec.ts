import { hashPassword } from '@pakt/api-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { account { id email } } }';
const VIEWER = `{
  viewer {
    account { id email }
    people { displayName memberships { role body { name kind alliance { slug } } organisation { name } } }
  }
}`;
const WRONG = 'The e-mail address or the password is not correct.';

interface Viewer {
  viewer: {
    account: { id: string; email: string };
    people: Array<{
      displayName: string;
      memberships: Array<{ role: string; body: { name: string; kind: string; alliance: { slug: string } }; organisation: { name: string } | null }>;
    }>;
  } | null;
}

async function viewerOf(client: TestClient) {
  const { body } = await client.graphql<Viewer>(VIEWER);
  expect(body.errors).toBeUndefined();
  return body.data?.viewer ?? null;
}

function signIn(client: TestClient, email: string, password: string) {
  return client.graphql<{ signIn: { account: { id: string; email: string } } }>(SIGN_IN, { input: { email, password } });
}

/** An account of its own for tests that change it; its person is a member of Hessen's steering board. */
async function createAccount(app: TestApp, email: string, password = 'ein langes Passwort'): Promise<string> {
  const [account] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO account (email, password_hash, version) VALUES ($1, $2, 1) RETURNING id`,
    [email, await hashPassword(password)],
  );
  return account!.id;
}

async function sessionsOf(app: TestApp, accountId: string): Promise<number> {
  const [row] = await app.dataSource.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM session WHERE sess #>> '{passport,user}' = $1`,
    [accountId],
  );
  return row?.n ?? 0;
}

const TEST_ENV = { SESSION_SECRET: 'a test secret that is long enough to sign cookies' };

describe('signing in with the demo accounts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: TEST_ENV });
  });
  afterAll(() => app?.close());

  it.each([
    ['sekretariat@hessen.example.org', 'Katrin Vogel', 'SECRETARIAT', 'Dachgremium', 'hessen'],
    ['vorsitz@hessen.example.org', 'Tobias Lindner', 'CHAIR', 'Dachgremium', 'hessen'],
    ['stellvertretung@hessen.example.org', 'Dr. Sabine Kessler', 'DEPUTY_CHAIR', 'Dachgremium', 'hessen'],
    ['fokusgruppe-vorsitz@hessen.example.org', 'Dr. Frieder Haas', 'CHAIR', 'Fokusgruppe Digitaler Wandel und Handwerk', 'hessen'],
    ['fokusgruppe-stellvertretung@hessen.example.org', 'Monika Lange', 'DEPUTY_CHAIR', 'Fokusgruppe Digitaler Wandel und Handwerk', 'hessen'],
    ['mitglied@hessen.example.org', 'Oliver Frank', 'MEMBER', 'Fokusgruppe Digitaler Wandel und Handwerk', 'hessen'],
    ['beobachtung@hessen.example.org', 'Lea Hartmann', 'OBSERVER', 'Fokusgruppe Digitaler Wandel und Handwerk', 'hessen'],
    ['sekretariat@sachsen-anhalt.example.org', 'Paul Winkler', 'SECRETARIAT', 'Steuerungskreis', 'sachsen-anhalt'],
  ])('%s signs in as %s (%s of %s) and sees that as the viewer', async (email, person, role, body, slug) => {
    const client = await app.signIn(email);
    const viewer = await viewerOf(client);
    expect(viewer?.account).toEqual({ id: expect.any(String), email });
    expect(viewer?.people.map((p) => p.displayName)).toEqual([person]);
    expect(viewer?.people[0]?.memberships).toContainEqual({
      role,
      body: { name: body, kind: expect.any(String), alliance: { slug } },
      organisation: { name: expect.any(String) },
    });
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    const { body } = await signIn(app.client(), '  Mitglied@Hessen.Example.ORG ', 'pakt-demo');
    expect(body.errors).toBeUndefined();
    expect(body.data?.signIn.account.email).toBe('mitglied@hessen.example.org');
  });

  it('answers viewer with null for an anonymous visitor, and sets no cookie', async () => {
    const client = app.client();
    expect(await viewerOf(client)).toBeNull();
    expect(client.cookies).toBe('');
  });

  it('sets an httpOnly, SameSite=Lax session cookie, not Secure over plain http, and a new one at each sign-in', async () => {
    const client = app.client();
    const first = await signIn(client, 'vorsitz@hessen.example.org', 'pakt-demo');
    const cookie = first.headers.getSetCookie().find((line) => line.startsWith('pakt.sid='));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Secure/i);
    // The idle expiry (60 minutes by default) rides on the cookie.
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie ?? '')?.[1] ?? '');
    expect(expires - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    const before = client.cookies;
    await signIn(client, 'vorsitz@hessen.example.org', 'pakt-demo');
    expect(client.cookies).not.toBe(before); // a new session id: no session fixation
    expect((await viewerOf(client))?.account.email).toBe('vorsitz@hessen.example.org');
  });

  it('refuses a wrong password and an unknown e-mail with the same message, code and no cookie', async () => {
    const wrongPassword = app.client();
    const unknown = app.client();
    const a = await signIn(wrongPassword, 'stellvertretung@hessen.example.org', 'falsch');
    const b = await signIn(unknown, 'niemand@hessen.example.org', 'pakt-demo');
    for (const { body } of [a, b]) {
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([{ message: WRONG, path: ['signIn'], locations: expect.any(Array), extensions: { code: 'UNAUTHENTICATED' } }]);
    }
    expect(wrongPassword.cookies).toBe('');
    expect(unknown.cookies).toBe('');
  });

  it('refuses malformed input with BAD_USER_INPUT and a message for each field', async () => {
    const cases: Array<[string, string, string[]]> = [
      ['keine-adresse', 'pakt-demo', ['email']],
      ['', '', ['email', 'password']],
      [`${'a'.repeat(250)}@hessen.example.org`, 'pakt-demo', ['email']],
      ['mitglied@hessen.example.org', 'x'.repeat(1025), ['password']],
    ];
    for (const [email, password, fields] of cases) {
      const { body } = await signIn(app.client(), email, password);
      expect(body.errors?.[0]?.extensions?.code, email).toBe('BAD_USER_INPUT');
      const messages = body.errors?.[0]?.extensions?.fields as Record<string, string>;
      expect(Object.keys(messages).sort(), email).toEqual(fields);
      for (const field of fields) expect(messages[field]).toMatch(/\w+/);
    }
  });
});

describe('sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: TEST_ENV });
  });
  afterAll(() => app?.close());

  it('signOut ends this session only; the same account elsewhere stays signed in', async () => {
    const laptop = await app.signIn('mitglied@hessen.example.org');
    const phone = await app.signIn('mitglied@hessen.example.org');
    const { body, headers } = await laptop.graphql<{ signOut: boolean }>('mutation { signOut }');
    expect(body).toEqual({ data: { signOut: true } });
    expect(headers.getSetCookie().join()).toMatch(/pakt\.sid=;.*Expires=Thu, 01 Jan 1970/i);
    expect(await viewerOf(laptop)).toBeNull();
    expect((await viewerOf(phone))?.account.email).toBe('mitglied@hessen.example.org');
  });

  it('signOut and signOutEverywhere need a session', async () => {
    for (const mutation of ['mutation { signOut }', 'mutation { signOutEverywhere }']) {
      const { body } = await app.graphql(mutation);
      expect(body.errors?.[0]?.extensions?.code, mutation).toBe('UNAUTHENTICATED');
    }
  });

  it('signOutEverywhere ends every session of the account, and only of that account', async () => {
    const laptop = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    const phone = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    const colleague = await app.signIn('fokusgruppe-stellvertretung@hessen.example.org');
    const accountId = (await viewerOf(laptop))!.account.id;
    expect(await sessionsOf(app, accountId)).toBe(2);

    const { body } = await laptop.graphql<{ signOutEverywhere: boolean }>('mutation { signOutEverywhere }');
    expect(body).toEqual({ data: { signOutEverywhere: true } });
    expect(await viewerOf(laptop)).toBeNull();
    expect(await viewerOf(phone)).toBeNull();
    expect(await sessionsOf(app, accountId)).toBe(0);
    expect((await viewerOf(colleague))?.account.email).toBe('fokusgruppe-stellvertretung@hessen.example.org');
  });

  it('ends the sessions of a deactivated account on its next request, and it cannot sign in again', async () => {
    const accountId = await createAccount(app, 'bald-weg@hessen.example.org');
    const client = await app.signIn('bald-weg@hessen.example.org', 'ein langes Passwort');
    expect((await viewerOf(client))?.account.id).toBe(accountId);

    await app.dataSource.query(`UPDATE account SET deactivated_at = now() WHERE id = $1`, [accountId]);
    expect(await viewerOf(client)).toBeNull();
    expect(await sessionsOf(app, accountId)).toBe(0);
    const again = await signIn(app.client(), 'bald-weg@hessen.example.org', 'ein langes Passwort');
    expect(again.body.errors?.[0]).toMatchObject({ message: WRONG, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('ends a session of a deleted account', async () => {
    const accountId = await createAccount(app, 'geloescht@hessen.example.org');
    const client = await app.signIn('geloescht@hessen.example.org', 'ein langes Passwort');
    await app.dataSource.query(`DELETE FROM account WHERE id = $1`, [accountId]);
    expect(await viewerOf(client)).toBeNull();
    expect(await sessionsOf(app, accountId)).toBe(0);
  });

  it('ends a session 12 hours after sign-in, however active it was', async () => {
    const client = await app.signIn('sekretariat@hessen.example.org');
    const accountId = (await viewerOf(client))!.account.id;
    const signedInAt = (hoursAgo: number) =>
      app.dataSource.query(
        `UPDATE session SET sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb($2::bigint))::json WHERE sess #>> '{passport,user}' = $1`,
        [accountId, Date.now() - hoursAgo * 3_600_000],
      );
    await signedInAt(11.9);
    expect((await viewerOf(client))?.account.id).toBe(accountId);
    await signedInAt(12.1);
    expect(await viewerOf(client)).toBeNull();
    expect(await sessionsOf(app, accountId)).toBe(0);
  });

  it('ends a session that was idle longer than the idle expiry', async () => {
    const client = await app.signIn('stellvertretung@hessen.example.org');
    const accountId = (await viewerOf(client))!.account.id;
    // What the store records as the session's end: moved into the past, as after an hour without requests.
    await app.dataSource.query(`UPDATE session SET expire = now() - interval '1 second' WHERE sess #>> '{passport,user}' = $1`, [accountId]);
    expect(await viewerOf(client)).toBeNull();
  });

  it('moves the idle expiry forward with each request', async () => {
    const client = await app.signIn('beobachtung@hessen.example.org');
    const accountId = (await viewerOf(client))!.account.id;
    await app.dataSource.query(`UPDATE session SET expire = now() + interval '1 minute' WHERE sess #>> '{passport,user}' = $1`, [accountId]);
    expect((await viewerOf(client))?.account.id).toBe(accountId);
    const [row] = await app.dataSource.query<Array<{ minutes: number }>>(
      `SELECT (extract(epoch FROM expire - now()) / 60)::float8 AS minutes FROM session WHERE sess #>> '{passport,user}' = $1`,
      [accountId],
    );
    expect(row?.minutes).toBeGreaterThan(59);
  });

  it('writes the idle expiry only when it moves by a minute or more, not on every request', async () => {
    // This account's sessions from earlier tests would be read along.
    await app.dataSource.query(`DELETE FROM session WHERE sess #>> '{passport,user}' = (SELECT id::text FROM account WHERE email = $1)`, ['beobachtung@hessen.example.org']);
    const client = await app.signIn('beobachtung@hessen.example.org');
    const accountId = (await viewerOf(client))!.account.id;
    const expiry = async () =>
      (await app.dataSource.query<Array<{ expire: string }>>(`SELECT expire::text AS expire FROM session WHERE sess #>> '{passport,user}' = $1`, [accountId]))[0]?.expire;
    const before = await expiry();
    for (let request = 0; request < 3; request++) expect((await viewerOf(client))?.account.id).toBe(accountId);
    expect(await expiry()).toBe(before);
    // Two minutes behind what the next request would set: that one moves it.
    await app.dataSource.query(`UPDATE session SET expire = expire - interval '2 minutes' WHERE sess #>> '{passport,user}' = $1`, [accountId]);
    await viewerOf(client);
    const [row] = await app.dataSource.query<Array<{ minutes: number }>>(
      `SELECT (extract(epoch FROM expire - now()) / 60)::float8 AS minutes FROM session WHERE sess #>> '{passport,user}' = $1`,
      [accountId],
    );
    expect(row?.minutes).toBeGreaterThan(59);
  });

  it('keeps no password and no e-mail in the session', async () => {
    await app.signIn('vorsitz@hessen.example.org');
    const rows = await app.dataSource.query<Array<{ sess: string }>>(`SELECT sess::text AS sess FROM session`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { sess } of rows) expect(sess).not.toMatch(/pakt-demo|@|argon2/);
  });
});

describe('sessions with a short absolute expiry from the environment', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: { ...TEST_ENV, SESSION_ABSOLUTE_HOURS: '1', SESSION_IDLE_MINUTES: '5' } });
  });
  afterAll(() => app?.close());

  it('uses SESSION_IDLE_MINUTES for the cookie and SESSION_ABSOLUTE_HOURS for the end of the session', async () => {
    const client = app.client();
    const { headers } = await signIn(client, 'vorsitz@hessen.example.org', 'pakt-demo');
    const expires = Date.parse(/Expires=([^;]+)/i.exec(headers.getSetCookie().join())?.[1] ?? '');
    expect(expires - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(expires - Date.now()).toBeGreaterThan(4 * 60_000);

    const accountId = (await viewerOf(client))!.account.id;
    await app.dataSource.query(
      `UPDATE session SET sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb($2::bigint))::json WHERE sess #>> '{passport,user}' = $1`,
      [accountId, Date.now() - 61 * 60_000],
    );
    expect(await viewerOf(client)).toBeNull();
  });
});

describe('throttling failed sign-ins', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: TEST_ENV });
  });
  afterAll(() => app?.close());

  async function fail(email: string, times: number) {
    const codes: unknown[] = [];
    for (let i = 0; i < times; i++) codes.push((await signIn(app.client(), email, `falsch-${i}`)).body.errors?.[0]?.extensions?.code);
    return codes;
  }

  it('refuses the 6th attempt for an e-mail within 15 minutes, also with the right password, and tells how long to wait', async () => {
    expect(await fail('mitglied@hessen.example.org', 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    for (const password of ['falsch', 'pakt-demo']) {
      const { body } = await signIn(app.client(), 'mitglied@hessen.example.org', password);
      expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(body.errors?.[0]?.message).toMatch(/try again/i);
      const retryAfter = body.errors?.[0]?.extensions?.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('treats an unknown e-mail exactly like a known one', async () => {
    const known = await signIn(app.client(), 'mitglied@hessen.example.org', 'falsch');
    expect(await fail('unbekannt@hessen.example.org', 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const unknown = await signIn(app.client(), 'unbekannt@hessen.example.org', 'falsch');
    const strip = (errors: unknown) => JSON.stringify(errors).replace(/"retryAfterSeconds":\d+/, '').replace(/\d+ minute/, '');
    expect(strip(unknown.body.errors)).toBe(strip(known.body.errors));
  });

  it('does not affect another e-mail from the same address, and a success clears the count', async () => {
    expect(await fail('vorsitz@hessen.example.org', 3)).toEqual(Array(3).fill('UNAUTHENTICATED'));
    expect((await signIn(app.client(), 'vorsitz@hessen.example.org', 'pakt-demo')).body.errors).toBeUndefined();
    // Without the reset the last of these would come after 5 failures in the window and be refused.
    expect(await fail('vorsitz@hessen.example.org', 3)).toEqual(Array(3).fill('UNAUTHENTICATED'));
    expect((await signIn(app.client(), 'vorsitz@hessen.example.org', 'pakt-demo')).body.errors).toBeUndefined();
  });

  it('slows each failure down more than the one before', async () => {
    const timed = async () => {
      const start = performance.now();
      await signIn(app.client(), 'stellvertretung@hessen.example.org', 'falsch');
      return performance.now() - start;
    };
    const first = await timed();
    await timed();
    const third = await timed();
    expect(third - first).toBeGreaterThan(300); // 200 ms more per failure so far
  });
});

describe('throttling by client address', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: TEST_ENV });
  });
  afterAll(() => app?.close());

  it('refuses every e-mail from an address after 20 failures within 15 minutes', async () => {
    const emails = ['a', 'b', 'c', 'd'].map((name) => `${name}@angriff.example.org`);
    // Four e-mails with five failures each, side by side: every e-mail stays within its own limit.
    await Promise.all(
      emails.map(async (email) => {
        for (let i = 0; i < 5; i++) expect((await signIn(app.client(), email, 'falsch')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }),
    );
    const { body } = await signIn(app.client(), 'sekretariat@hessen.example.org', 'pakt-demo');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });
});
