import { createHmac, randomUUID } from 'node:crypto';
import { hashPassword } from '@pakt/api-identity';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TEST_SESSION_SECRET, type GraphQLResponse, type TestApp } from './test-app';

/** A member of a test body with a signed-in session of their own. */
export interface Voter {
  personId: string;
  accountId: string;
  email: string;
  /** The Cookie header of their session. */
  cookie: string;
}

/**
 * A session for the account straight in the session table, signed like express-session signs its
 * cookie: hundreds of voters sign in without hundreds of (deliberately slow) password checks.
 */
export async function sessionCookie(app: TestApp, accountId: string): Promise<string> {
  const sid = randomUUID();
  const expires = new Date(Date.now() + 3_600_000);
  await app.dataSource.query(`INSERT INTO session (sid, sess, expire) VALUES ($1, $2, $3)`, [
    sid,
    JSON.stringify({ cookie: { originalMaxAge: 3_600_000, expires, httpOnly: true, path: '/', sameSite: 'lax' }, passport: { user: accountId }, signedInAt: Date.now() }),
    expires,
  ]);
  const signature = createHmac('sha256', TEST_SESSION_SECRET).update(sid).digest('base64').replace(/=+$/, '');
  return `pakt.sid=${encodeURIComponent(`s:${sid}.${signature}`)}`;
}

/** A GraphQL request over HTTP with that cookie. */
export async function graphqlAs<TData = Record<string, unknown>>(
  app: TestApp,
  cookie: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<TData>['body']> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>['body'];
}

/**
 * A new body of Hessen with `count` members (the first its chair), each a person with an account
 * and a session, on behalf of the given organisations in turn (none: on behalf of none).
 */
export async function votingBody(app: TestApp, name: string, count: number, organisationIds: Array<string | null> = [null]): Promise<{ bodyId: string; allianceId: string; voters: Voter[] }> {
  const [alliance] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
  const allianceId = alliance!.id;
  const [body] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO body (alliance_id, name, kind, version) VALUES ($1, $2, 'FOCUS_GROUP', 1) RETURNING id`,
    [allianceId, name],
  );
  const passwordHash = await hashPassword('pakt-demo');
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const indexes = Array.from({ length: count }, (_, index) => index);
  // One statement per table, in index order, so many voters are set up quickly.
  const accounts = await app.dataSource.query<Array<{ id: string; email: string }>>(
    `INSERT INTO account (email, password_hash, version) SELECT unnest($1::text[]), $2, 1 RETURNING id, email`,
    [indexes.map((index) => `${slug}-${index}@hessen.example.org`), passwordHash],
  );
  const byEmail = new Map(accounts.map((account) => [account.email, account.id]));
  const accountIds = indexes.map((index) => byEmail.get(`${slug}-${index}@hessen.example.org`)!);
  const people = await app.dataSource.query<Array<{ id: string; account_id: string }>>(
    `INSERT INTO person (alliance_id, display_name, account_id, version) SELECT $1, unnest($2::text[]), unnest($3::uuid[]), 1 RETURNING id, account_id`,
    [allianceId, indexes.map((index) => `${name} ${String(index).padStart(3, '0')}`), accountIds],
  );
  const personOf = new Map(people.map((person) => [person.account_id, person.id]));
  const personIds = accountIds.map((accountId) => personOf.get(accountId)!);
  await app.dataSource.query(
    `INSERT INTO membership (alliance_id, body_id, person_id, organisation_id, role, since, version)
     SELECT $1, $2, unnest($3::uuid[]), unnest($4::uuid[]), unnest($5::text[])::membership_role, '2024-01-01', 1`,
    [allianceId, body!.id, personIds, indexes.map((index) => organisationIds[index % organisationIds.length] ?? null), indexes.map((index) => (index === 0 ? 'CHAIR' : 'MEMBER'))],
  );
  const voters: Voter[] = [];
  for (const index of indexes) {
    const accountId = accountIds[index]!;
    voters.push({ personId: personIds[index]!, accountId, email: `${slug}-${index}@hessen.example.org`, cookie: await sessionCookie(app, accountId) });
  }
  return { bodyId: body!.id, allianceId, voters };
}

/** A graphql-ws client that connects with the cookie (and, to test the check, an Origin header). */
export function socketClient(app: TestApp, cookie: string | null, origin?: string): Client {
  const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) };
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieSocket, retryAttempts: 0, lazy: true });
}
