import { hashPassword, readOutbox } from '@pakt/api-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

const REQUEST = 'mutation Request($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { account { email } } }';
const VIEWER = '{ viewer { account { email } } }';
const INVALID_LINK = 'The link is invalid, has expired or was already used.';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app?.close());

const outbox = () => readOutbox(`${app.dataDir}/outbox`);

async function createAccount(email: string, password = 'das alte Passwort'): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO account (email, password_hash, version) VALUES ($1, $2, 1) RETURNING id`,
    [email, await hashPassword(password)],
  );
  return row!.id;
}

/** Asks for a reset link and returns the token of the mail it caused. */
async function requestLink(email: string): Promise<string> {
  const before = (await outbox()).length;
  const { body } = await app.graphql(REQUEST, { input: { email } });
  expect(body).toEqual({ data: { requestPasswordReset: true } });
  const mails = await outbox();
  expect(mails).toHaveLength(before + 1);
  return /\/password\/reset\/([\w-]+)$/.exec(mails.at(-1)!.link)![1]!;
}

async function passwordHashOf(email: string): Promise<string | null> {
  const [row] = await app.dataSource.query<Array<{ password_hash: string | null }>>(`SELECT password_hash FROM account WHERE email = $1`, [email]);
  return row?.password_hash ?? null;
}

describe('resetting a forgotten password', () => {
  it('mails a one-hour link; the new password works, the old one and every earlier session do not, and the link works once', async () => {
    await createAccount('vergesslich@example.org');
    const laptop = await app.signIn('vergesslich@example.org', 'das alte Passwort');
    const token = await requestLink(' Vergesslich@Example.org ');
    const mail = (await outbox()).at(-1)!;
    expect(mail.to).toBe('vergesslich@example.org');
    expect(mail.link).toMatch(/^http:\/\/localhost:\d+\/password\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(mail.text).toContain('Passwort');
    expect(mail.text).toContain('password');
    const [row] = await app.dataSource.query<Array<{ minutes: number }>>(
      `SELECT extract(epoch FROM expires_at - now()) / 60 AS minutes FROM password_reset ORDER BY created_at DESC LIMIT 1`,
    );
    expect(Number(row!.minutes)).toBeGreaterThan(59);
    expect(Number(row!.minutes)).toBeLessThanOrEqual(60);

    // A bad new password changes nothing and leaves the link usable.
    const hashBefore = await passwordHashOf('vergesslich@example.org');
    const short = await app.client().graphql(RESET, { input: { token, password: 'zu kurz' } });
    expect(short.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { password: expect.stringContaining('10') } });
    expect(await passwordHashOf('vergesslich@example.org')).toBe(hashBefore);

    const phone = app.client();
    const done = await phone.graphql(RESET, { input: { token, password: 'das neue Passwort' } });
    expect(done.body).toEqual({ data: { resetPassword: { account: { email: 'vergesslich@example.org' } } } });
    expect((await phone.graphql(VIEWER)).body.data).toEqual({ viewer: { account: { email: 'vergesslich@example.org' } } });
    expect((await laptop.graphql(VIEWER)).body.data).toEqual({ viewer: null });
    await app.signIn('vergesslich@example.org', 'das neue Passwort');
    await expect(app.signIn('vergesslich@example.org', 'das alte Passwort')).rejects.toThrow(/UNAUTHENTICATED/);

    const again = await app.client().graphql(RESET, { input: { token, password: 'noch ein Passwort' } });
    expect(again.body.errors?.[0]).toMatchObject({ message: INVALID_LINK, extensions: { code: 'BAD_USER_INPUT', fields: { token: INVALID_LINK } } });
    await app.signIn('vergesslich@example.org', 'das neue Passwort');

    const actions = await app.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_entry WHERE action LIKE 'passwordReset.%' AND object_id = (SELECT id::text FROM account WHERE email = 'vergesslich@example.org') ORDER BY id`,
    );
    expect(actions.map((a) => a.action)).toEqual(['passwordReset.requested', 'passwordReset.completed']);
  });

  it('answers true for an unknown or deactivated address too, and mails nothing', async () => {
    await app.dataSource.query(`INSERT INTO account (email, version, deactivated_at) VALUES ('inaktiv@example.org', 1, now())`);
    const before = (await outbox()).length;
    for (const email of ['niemand@example.org', 'inaktiv@example.org']) {
      expect((await app.graphql(REQUEST, { input: { email } })).body).toEqual({ data: { requestPasswordReset: true } });
    }
    expect(await outbox()).toHaveLength(before);
  });

  it('refuses expired, retired, unknown and malformed links alike, and changes nothing', async () => {
    await createAccount('abgelaufen@example.org');
    const expired = await requestLink('abgelaufen@example.org');
    await app.dataSource.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    const retired = await requestLink('abgelaufen@example.org');
    const newest = await requestLink('abgelaufen@example.org');
    const hashBefore = await passwordHashOf('abgelaufen@example.org');
    for (const token of [expired, retired, 'A'.repeat(43), 'kaputt', '']) {
      const { body } = await app.client().graphql(RESET, { input: { token, password: 'das neue Passwort' } });
      expect(body.errors?.[0]?.extensions, token).toEqual({ code: 'BAD_USER_INPUT', fields: { token: INVALID_LINK } });
    }
    expect(await passwordHashOf('abgelaufen@example.org')).toBe(hashBefore);
    expect((await app.client().graphql(RESET, { input: { token: newest, password: 'das neue Passwort' } })).body.errors).toBeUndefined();
  });

  it('refuses malformed and oversized input with a message per field', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [REQUEST, { email: 'keine-adresse' }, 'email'],
      [REQUEST, { email: `${'a'.repeat(250)}@example.org` }, 'email'],
      [REQUEST, { email: '' }, 'email'],
      [RESET, { token: 'A'.repeat(43), password: 'p'.repeat(1025) }, 'password'],
    ];
    for (const [query, input, field] of cases) {
      const { body } = await app.graphql(query, { input });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(body.errors?.[0]?.extensions?.fields as object)).toEqual([field]);
    }
  });

  it('limits requests per address: the sixth within 15 minutes is RATE_LIMITED, for unknown addresses too', async () => {
    await createAccount('ungeduldig@example.org');
    for (const email of ['ungeduldig@example.org', 'unbekannt-ungeduldig@example.org']) {
      for (let i = 0; i < 5; i++) expect((await app.graphql(REQUEST, { input: { email } })).body.errors).toBeUndefined();
      const { body } = await app.graphql(REQUEST, { input: { email } });
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
    }
  });
});
