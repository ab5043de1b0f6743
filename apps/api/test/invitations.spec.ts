import { hashPassword, readOutbox } from '@pakt/api-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

const INVITE = `mutation Invite($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email displayName role body { name } organisation { name } expiresAt acceptedAt createdAt }
}`;
const PREVIEW = 'query Preview($token: String!) { invitation(token: $token) { email displayName allianceName bodyName role expiresAt hasAccount } }';
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { account { email } people { displayName memberships { role body { name } organisation { name } } } }
}`;
const LIST = 'query List($allianceId: ID!, $pending: Boolean) { invitations(allianceId: $allianceId, pending: $pending) { email acceptedAt } }';
const INVALID_LINK = 'The link is invalid, has expired or was already used.';
const FOCUS_GROUP = 'Fokusgruppe Digitaler Wandel und Handwerk';

let app: TestApp;
let secretariat: TestClient;
const ids = { hessen: '', focusGroup: '', steeringBoard: '', organisation: '', otherBody: '', otherOrganisation: '' };

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  secretariat = await app.signIn('sekretariat@hessen.example.org');
  const one = async (sql: string) => (await app.dataSource.query<Array<{ id: string }>>(sql))[0]!.id;
  ids.hessen = await one(`SELECT id FROM alliance WHERE slug = 'hessen'`);
  ids.focusGroup = await one(`SELECT id FROM body WHERE name = '${FOCUS_GROUP}'`);
  ids.steeringBoard = await one(`SELECT id FROM body WHERE alliance_id = '${ids.hessen}' AND kind = 'STEERING_BOARD'`);
  ids.organisation = await one(`SELECT id FROM organisation WHERE alliance_id = '${ids.hessen}' ORDER BY name LIMIT 1`);
  ids.otherBody = await one(`SELECT b.id FROM body b JOIN alliance a ON a.id = b.alliance_id WHERE a.slug = 'sachsen-anhalt' LIMIT 1`);
  ids.otherOrganisation = await one(`SELECT o.id FROM organisation o JOIN alliance a ON a.id = o.alliance_id WHERE a.slug = 'sachsen-anhalt' LIMIT 1`);
});
afterAll(() => app?.close());

const outbox = () => readOutbox(`${app.dataDir}/outbox`);

/** Invites as the Hessen secretariat and returns the token from the mail the outbox received. */
async function invite(email: string, input: Record<string, unknown> = {}): Promise<string> {
  const before = (await outbox()).length;
  const { body } = await secretariat.graphql(INVITE, { input: { email, displayName: 'Jana Neumann', bodyId: ids.focusGroup, role: 'MEMBER', ...input } });
  expect(body.errors).toBeUndefined();
  const mails = await outbox();
  expect(mails).toHaveLength(before + 1);
  const token = /\/invitation\/([\w-]+)$/.exec(mails.at(-1)!.link)?.[1];
  expect(token).toBeDefined();
  return token!;
}

async function counts() {
  const [row] = await app.dataSource.query<Array<Record<string, number>>>(
    `SELECT (SELECT count(*)::int FROM invitation) AS invitations, (SELECT count(*)::int FROM account) AS accounts,
            (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM membership) AS memberships`,
  );
  return { ...row, mails: (await outbox()).length };
}

function codeOf(body: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) {
  return body.errors?.[0]?.extensions?.code;
}

describe('inviting a new person', () => {
  it('stores the invitation, mails a single link in German and English, and shows it to the secretariat', async () => {
    const { body } = await secretariat.graphql<{ inviteMember: Record<string, unknown> }>(INVITE, {
      input: { email: ' Jana.Neumann@Example.org ', displayName: ' Jana Neumann ', bodyId: ids.focusGroup, role: 'MEMBER', organisationId: ids.organisation },
    });
    expect(body.errors).toBeUndefined();
    const invitation = body.data!.inviteMember;
    expect(invitation).toMatchObject({ email: 'jana.neumann@example.org', displayName: 'Jana Neumann', role: 'MEMBER', body: { name: FOCUS_GROUP }, acceptedAt: null });
    expect(invitation.organisation).toEqual({ name: expect.any(String) });
    const days = (Date.parse(invitation.expiresAt as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const [mail] = await outbox();
    expect(mail).toMatchObject({ to: 'jana.neumann@example.org', sentAt: expect.any(String) });
    expect(mail!.link).toMatch(new RegExp(`^http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}$`));
    expect(mail!.text).toContain('Guten Tag Jana Neumann');
    expect(mail!.text).toContain('Hello Jana Neumann');
    expect(mail!.text).toContain(mail!.link);
    expect(mail!.html).toContain(`href="${mail!.link}"`);
    // Only the token's hash is stored.
    const token = mail!.link.split('/').at(-1)!;
    const stored = await app.dataSource.query<Array<{ token_hash: string }>>(`SELECT token_hash FROM invitation`);
    expect(JSON.stringify(stored)).not.toContain(token);

    const list = await secretariat.graphql<{ invitations: Array<{ email: string }> }>(LIST, { allianceId: ids.hessen });
    expect(list.body.data?.invitations).toEqual([{ email: 'jana.neumann@example.org', acceptedAt: null }]);
  });

  it('previews the invitation for anyone holding the link, accepts it once with a new password and signs in', async () => {
    const token = await invite('tom.becker@example.org');
    const visitor = app.client();
    const preview = await visitor.graphql<{ invitation: Record<string, unknown> }>(PREVIEW, { token });
    expect(preview.body.data?.invitation).toMatchObject({
      email: 'tom.becker@example.org', displayName: 'Jana Neumann', allianceName: expect.stringContaining('Hessen'), bodyName: FOCUS_GROUP, role: 'MEMBER', hasAccount: false,
    });

    const before = await counts();
    const short = await visitor.graphql(ACCEPT, { input: { token, password: 'kurz' } });
    expect(codeOf(short.body)).toBe('BAD_USER_INPUT');
    expect(short.body.errors?.[0]?.extensions?.fields).toEqual({ password: expect.stringContaining('10') });
    expect(await counts()).toEqual(before);
    expect(visitor.cookies).toBe('');

    const accepted = await visitor.graphql<{ acceptInvitation: { account: { email: string }; people: unknown[] } }>(ACCEPT, { input: { token, password: 'ein gutes Passwort' } });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.acceptInvitation).toEqual({
      account: { email: 'tom.becker@example.org' },
      people: [{ displayName: 'Jana Neumann', memberships: [{ role: 'MEMBER', body: { name: FOCUS_GROUP }, organisation: null }] }],
    });
    const viewer = await visitor.graphql<{ viewer: { account: { email: string } } }>('{ viewer { account { email } } }');
    expect(viewer.body.data?.viewer.account.email).toBe('tom.becker@example.org');
    const group = await visitor.graphql<{ alliance: { name: string } }>('{ alliance(slug: "hessen") { name } }');
    expect(group.body.data?.alliance).not.toBeNull();
    await app.signIn('tom.becker@example.org', 'ein gutes Passwort');

    // Used: the link is dead, the preview is gone, the list moves it out of the open ones.
    const again = await app.client().graphql(ACCEPT, { input: { token, password: 'ein anderes Passwort' } });
    expect(again.body.errors?.[0]).toMatchObject({ message: INVALID_LINK, extensions: { code: 'BAD_USER_INPUT', fields: { token: INVALID_LINK } } });
    expect((await app.graphql(PREVIEW, { token })).body.data).toEqual({ invitation: null });
    const open = await secretariat.graphql<{ invitations: Array<{ email: string }> }>(LIST, { allianceId: ids.hessen });
    expect(open.body.data?.invitations.map((i) => i.email)).not.toContain('tom.becker@example.org');
    const all = await secretariat.graphql<{ invitations: Array<{ email: string; acceptedAt: string | null }> }>(LIST, { allianceId: ids.hessen, pending: false });
    expect(all.body.data?.invitations.find((i) => i.email === 'tom.becker@example.org')?.acceptedAt).toEqual(expect.any(String));

    const actions = await app.dataSource.query<Array<{ action: string }>>(`SELECT action FROM audit_entry WHERE object_type = 'Invitation' ORDER BY id`);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['invitation.sent', 'invitation.accepted']));
  });

  it('refuses an expired link, an unknown one and a malformed one with the same message, and changes nothing', async () => {
    const token = await invite('abgelaufen@example.org');
    await app.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = 'abgelaufen@example.org'`);
    const before = await counts();
    for (const candidate of [token, 'A'.repeat(43), 'kein-token', '']) {
      const { body } = await app.client().graphql(ACCEPT, { input: { token: candidate, password: 'ein gutes Passwort' } });
      expect(body.errors?.[0]?.extensions, candidate).toEqual({ code: 'BAD_USER_INPUT', fields: { token: INVALID_LINK } });
      expect((await app.graphql(PREVIEW, { token: candidate })).body.data).toEqual({ invitation: null });
    }
    expect(await counts()).toEqual(before);
  });

  it('lets a newer invitation to the same address and body replace the open one', async () => {
    const first = await invite('zweimal@example.org');
    const second = await invite('zweimal@example.org');
    expect((await app.graphql(PREVIEW, { token: first })).body.data).toEqual({ invitation: null });
    const { body } = await app.client().graphql(ACCEPT, { input: { token: second, password: 'ein gutes Passwort' } });
    expect(body.errors).toBeUndefined();
  });
});

describe('inviting someone who already has an account', () => {
  it('asks for the current password (throttled like sign-in), then adds the person in this alliance to the body', async () => {
    // An account of another alliance (here: of none yet) signs in with what it has.
    await app.dataSource.query(`INSERT INTO account (email, password_hash, version) VALUES ('bestehend@example.org', $1, 1)`, [await hashPassword('das alte Passwort')]);
    const token = await invite('bestehend@example.org', { role: 'OBSERVER', displayName: 'Paula Gast' });
    expect((await app.graphql<{ invitation: { hasAccount: boolean } }>(PREVIEW, { token })).body.data?.invitation.hasAccount).toBe(true);

    const before = await counts();
    const wrong = await app.client().graphql(ACCEPT, { input: { token, password: 'nicht das Passwort' } });
    expect(wrong.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { password: expect.stringMatching(/current password/) } });
    expect(await counts()).toEqual(before);

    const visitor = app.client();
    const { body } = await visitor.graphql<{ acceptInvitation: { people: Array<{ displayName: string }> } }>(ACCEPT, { input: { token, password: 'das alte Passwort' } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.acceptInvitation.people.map((p) => p.displayName)).toEqual(['Paula Gast']);
    await app.signIn('bestehend@example.org', 'das alte Passwort');
  });

  it('refuses a deactivated account with FORBIDDEN and changes nothing', async () => {
    await app.dataSource.query(`INSERT INTO account (email, version, deactivated_at) VALUES ('gesperrt@example.org', 1, now())`);
    const token = await invite('gesperrt@example.org');
    const before = await counts();
    const { body } = await app.client().graphql(ACCEPT, { input: { token, password: 'ein gutes Passwort' } });
    expect(codeOf(body)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('refuses to invite someone into a role they already hold, or into a chair that is taken (CONFLICT)', async () => {
    const before = await counts();
    const member = await secretariat.graphql(INVITE, { input: { email: 'mitglied@hessen.example.org', displayName: 'Oliver Frank', bodyId: ids.focusGroup, role: 'MEMBER' } });
    expect(codeOf(member.body)).toBe('CONFLICT');
    const chair = await secretariat.graphql(INVITE, { input: { email: 'neuer-vorsitz@example.org', displayName: 'Neu', bodyId: ids.steeringBoard, role: 'CHAIR' } });
    expect(codeOf(chair.body)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });
});

describe('bad input and other alliances', () => {
  it('refuses malformed and oversized fields with a message per field, and sends nothing', async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ email: 'keine-adresse' }, ['email']],
      [{ email: `${'a'.repeat(250)}@example.org` }, ['email']],
      [{ email: '', displayName: '  ' }, ['displayName', 'email']],
      [{ displayName: 'x'.repeat(201) }, ['displayName']],
    ];
    for (const [override, fields] of cases) {
      const { body } = await secretariat.graphql(INVITE, { input: { email: 'gut@example.org', displayName: 'Gut', bodyId: ids.focusGroup, role: 'MEMBER', ...override } });
      expect(codeOf(body), JSON.stringify(override)).toBe('BAD_USER_INPUT');
      expect(Object.keys(body.errors?.[0]?.extensions?.fields as object).sort()).toEqual(fields);
    }
    const bad = await secretariat.graphql(INVITE, { input: { email: 'gut@example.org', displayName: 'Gut', bodyId: ids.focusGroup, role: 'KAISER' } });
    expect(codeOf(bad.body)).toBe('BAD_USER_INPUT');
    const tooLong = await app.client().graphql(ACCEPT, { input: { token: 'x', password: 'p'.repeat(1025) } });
    expect(tooLong.body.errors?.[0]?.extensions?.fields).toEqual({ password: expect.any(String) });
    expect(await counts()).toEqual(before);
  });

  it("answers NOT_FOUND for another alliance's body or organisation, or a malformed id, and FORBIDDEN for a member", async () => {
    const before = await counts();
    const input = { email: 'fremd@example.org', displayName: 'Fremd', role: 'MEMBER' };
    for (const extra of [{ bodyId: ids.otherBody }, { bodyId: ids.focusGroup, organisationId: ids.otherOrganisation }, { bodyId: 'kein-id' }]) {
      const { body } = await secretariat.graphql(INVITE, { input: { ...input, ...extra } });
      expect(codeOf(body), JSON.stringify(extra)).toBe('NOT_FOUND');
    }
    const other = await app.signIn('sekretariat@sachsen-anhalt.example.org');
    expect(codeOf((await other.graphql(INVITE, { input: { ...input, bodyId: ids.focusGroup } })).body)).toBe('NOT_FOUND');
    expect(codeOf((await other.graphql(LIST, { allianceId: ids.hessen })).body)).toBe('NOT_FOUND');
    const chair = await app.signIn('vorsitz@hessen.example.org');
    expect(codeOf((await chair.graphql(INVITE, { input: { ...input, bodyId: ids.focusGroup } })).body)).toBe('FORBIDDEN');
    expect(codeOf((await chair.graphql(LIST, { allianceId: ids.hessen })).body)).toBe('FORBIDDEN');
    expect(codeOf((await app.graphql(INVITE, { input: { ...input, bodyId: ids.focusGroup } })).body)).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });
});
