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
  const voters: Voter[] = [];
  for (let index = 0; index < count; index++) {
    const email = `${slug}-${index}@hessen.example.org`;
    const [account] = await app.dataSource.query<Array<{ id: string }>>(`INSERT INTO account (email, password_hash, version) VALUES ($1, $2, 1) RETURNING id`, [
      email,
      passwordHash,
    ]);
    const [person] = await app.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO person (alliance_id, display_name, account_id, version) VALUES ($1, $2, $3, 1) RETURNING id`,
      [allianceId, `${name} ${String(index).padStart(3, '0')}`, account!.id],
    );
    await app.dataSource.query(
      `INSERT INTO membership (alliance_id, body_id, person_id, organisation_id, role, since, version) VALUES ($1, $2, $3, $4, $5, '2024-01-01', 1)`,
      [allianceId, body!.id, person!.id, organisationIds[index % organisationIds.length] ?? null, index === 0 ? 'CHAIR' : 'MEMBER'],
    );
    voters.push({ personId: person!.id, accountId: account!.id, email, cookie: await sessionCookie(app, account!.id) });
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
