import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import { DEMO_PASSWORD as PASSWORD, type Examples } from './example';

// Mutations run once per actor on one database: each call below prepares its own object (a new
// invitation, reset link or person), so every allowed call succeeds and no demo account changes.

async function hessenId(app: TestApp): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
  return row!.id;
}

async function hessenFocusGroupId(app: TestApp): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `SELECT b.id FROM body b JOIN alliance a ON a.id = b.alliance_id WHERE a.slug = 'hessen' AND b.kind = 'FOCUS_GROUP' ORDER BY b.name LIMIT 1`,
  );
  return row!.id;
}

/** A link token as the mails carry it, and the hash the database keeps. */
function linkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: createHash('sha256').update(token).digest('hex') };
}

const unique = () => randomBytes(4).toString('hex');

async function newHessenPerson(app: TestApp): Promise<string> {
  const id = randomUUID();
  await app.dataSource.query(`INSERT INTO person (id, alliance_id, display_name, version) VALUES ($1, $2, $3, 1)`, [id, await hessenId(app), `Beispiel ${unique()}`]);
  return id;
}

/** Signing in and out, invitations, password resets, and a person's data. */
export const identityExamples: Examples = {
  'Query.viewer': { query: '{ viewer { account { id } } }' },
  'Mutation.signIn': {
    query: `mutation { signIn(input: { email: "mitglied@hessen.example.org", password: "${PASSWORD}" }) { account { id } } }`,
  },
  'Mutation.signOut': { query: 'mutation { signOut }' },
  'Mutation.signOutEverywhere': { query: 'mutation { signOutEverywhere }' },
  'Query.invitation': { query: `{ invitation(token: "${'x'.repeat(43)}") { email } }` },
  'Query.invitations': {
    query: async (app) => `{ invitations(allianceId: "${await hessenId(app)}", pending: false) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.inviteMember': {
    query: async (app) =>
      `mutation { inviteMember(input: { email: "eingeladen-${unique()}@example.org", displayName: "Eingeladen", bodyId: "${await hessenFocusGroupId(app)}", role: MEMBER }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.acceptInvitation': {
    query: async (app) => {
      const { token, hash } = linkToken();
      await app.dataSource.query(
        `INSERT INTO invitation (alliance_id, body_id, role, email, display_name, token_hash, expires_at)
         VALUES ($1, $2, 'MEMBER', $3, 'Neu', $4, now() + interval '1 day')`,
        [await hessenId(app), await hessenFocusGroupId(app), `neu-${unique()}@example.org`, hash],
      );
      return `mutation { acceptInvitation(input: { token: "${token}", password: "ein neues Passwort" }) { account { id } } }`;
    },
  },
  'Mutation.requestPasswordReset': {
    query: async () => `mutation { requestPasswordReset(input: { email: "vergessen-${unique()}@example.org" }) }`,
  },
  'Mutation.resetPassword': {
    query: async (app) => {
      const { token, hash } = linkToken();
      const [account] = await app.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO account (email, version) VALUES ($1, 1) RETURNING id`,
        [`zurueckgesetzt-${unique()}@example.org`],
      );
      await app.dataSource.query(`INSERT INTO password_reset (account_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [account!.id, hash]);
      return `mutation { resetPassword(input: { token: "${token}", password: "ein neues Passwort" }) { account { id } } }`;
    },
  },
  'Mutation.deactivatePerson': {
    query: async (app) => `mutation { deactivatePerson(personId: "${await newHessenPerson(app)}") { id } }`,
    alliance: 'hessen',
  },
  'Mutation.anonymisePerson': {
    query: async (app) => `mutation { anonymisePerson(personId: "${await newHessenPerson(app)}") { id } }`,
    alliance: 'hessen',
  },
  'Query.myPersonalData': { query: '{ myPersonalData }' },
};
