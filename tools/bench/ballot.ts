// Benchmark of the voting engine: N eligible voters cast their votes while M graphql-ws subscribers
// watch the running count of votes cast.
//   npm run bench:ballot -- [--voters 2000] [--subscribers 2000] [--concurrency 100] [--json]
// It starts the built api (dist/apps/api/main.js) on an embedded PostgreSQL in a temporary folder,
// prepares a body with the voters (accounts, memberships and sessions straight in the database),
// and stops it afterwards. See tools/bench/README.md.
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { BenchError, signIn, startServer } from './server';

const CONNECT_WAVE = 100;

interface Options {
  voters: number;
  subscribers: number;
  concurrency: number;
  json: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      voters: { type: 'string', default: '2000' },
      subscribers: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '100' },
      json: { type: 'boolean', default: false },
    },
  });
  const whole = (name: string, value: string, min: number) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) throw new BenchError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
    return number;
  };
  const voters = whole('voters', values.voters, 1);
  const subscribers = whole('subscribers', values.subscribers, 1);
  if (subscribers > voters) throw new BenchError('--subscribers cannot exceed --voters: each subscriber watches as one of the voters');
  return { voters, subscribers, concurrency: whole('concurrency', values.concurrency, 1), json: values.json };
}

interface Voter {
  personId: string;
  cookie: string;
}

/** A session cookie signed as express-session signs it, for a session row written here. */
function cookieFor(sid: string, secret: string): string {
  const signature = createHmac('sha256', secret).update(sid).digest('base64').replace(/=+$/, '');
  return `pakt.sid=${encodeURIComponent(`s:${sid}.${signature}`)}`;
}

/** A new body of Hessen with the voters as members, each with an account and a session. */
async function prepareVoters(databaseUrl: string, sessionSecret: string, count: number): Promise<{ bodyId: string; voters: Voter[] }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const alliance = await db.query<{ id: string }>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
    const allianceId = alliance.rows[0]?.id;
    if (!allianceId) throw new BenchError('the demo alliance Hessen is missing');
    const body = await db.query<{ id: string }>(
      `INSERT INTO body (alliance_id, name, kind, version) VALUES ($1, 'Benchmark-Gremium', 'FOCUS_GROUP', 1) RETURNING id`,
      [allianceId],
    );
    const bodyId = body.rows[0]!.id;
    const indexes = Array.from({ length: count }, (_, index) => index);
    const emails = indexes.map((index) => `bench-${index}@hessen.example.org`);
    // Never signed in with a password: the sessions below are written directly.
    const accounts = await db.query<{ id: string; email: string }>(
      `INSERT INTO account (email, password_hash, version) SELECT unnest($1::text[]), 'no-password', 1 RETURNING id, email`,
      [emails],
    );
    const accountOf = new Map(accounts.rows.map((row) => [row.email, row.id]));
    const accountIds = emails.map((email) => accountOf.get(email)!);
    const people = await db.query<{ id: string; account_id: string }>(
      `INSERT INTO person (alliance_id, display_name, account_id, version) SELECT $1, unnest($2::text[]), unnest($3::uuid[]), 1 RETURNING id, account_id`,
      [allianceId, indexes.map((index) => `Mitglied ${index}`), accountIds],
    );
    const personOf = new Map(people.rows.map((row) => [row.account_id, row.id]));
    const personIds = accountIds.map((id) => personOf.get(id)!);
    await db.query(
      `INSERT INTO membership (alliance_id, body_id, person_id, role, since, version) SELECT $1, $2, unnest($3::uuid[]), 'MEMBER', '2024-01-01', 1`,
      [allianceId, bodyId, personIds],
    );
    const expires = new Date(Date.now() + 3_600_000);
    const sids = indexes.map(() => randomUUID());
    await db.query(
      `INSERT INTO session (sid, sess, expire)
       SELECT sid, json_build_object('cookie', json_build_object('originalMaxAge', 3600000, 'expires', $3::text, 'httpOnly', true, 'path', '/', 'sameSite', 'lax'),
                                     'passport', json_build_object('user', account), 'signedInAt', $4::bigint), $3::timestamptz
         FROM unnest($1::text[], $2::uuid[]) AS s(sid, account)`,
      [sids, accountIds, expires.toISOString(), Date.now()],
    );
    return { bodyId, voters: indexes.map((index) => ({ personId: personIds[index]!, cookie: cookieFor(sids[index]!, sessionSecret) })) };
  } finally {
    await db.end();
  }
}

// Votes go over keep-alive connections with node:http, which costs the bench less CPU than fetch:
// the bench shares the machine with the api it measures.
const agent = new http.Agent({ keepAlive: true });

function post(url: string, cookie: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie };
    const request = http.request(`${url}/graphql`, { method: 'POST', agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function graphql<T>(url: string, cookie: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = JSON.parse(await post(url, cookie, JSON.stringify({ query, variables }))) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
  };
  if (answer.errors?.length) {
    const errors = answer.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}${e.extensions?.reason ? ` ${e.extensions.reason}` : ''}: ${e.message}`);
    throw new BenchError(`${query.slice(0, 60)}…: ${errors.join('; ')}`);
  }
  return answer.data as T;
}

interface BallotEvent {
  kind: string;
  ballotId: string;
  votesCast: number;
}

/** One watcher: its socket and what it received (time, event), in order. */
interface Subscriber {
  client: Client;
  received: Array<{ at: number; event: BallotEvent }>;
  /** The server accepted the connection (session checked). */
  connected: Promise<unknown>;
}

/** A socket's close event or error in one line. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const { code, reason } = error as { code?: number; reason?: string };
  return code === undefined ? JSON.stringify(error) : `closed with ${code} ${reason ?? ''}`;
}

function subscribe(url: string, cookie: string, bodyId: string): Subscriber {
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const client = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieSocket, retryAttempts: 3 });
  const connected = new Promise((resolve) => client.on('connected', resolve));
  const subscriber: Subscriber = { client, received: [], connected };
  client.subscribe<{ ballotEvents: BallotEvent }>(
    { query: `subscription { ballotEvents(bodyId: "${bodyId}") { kind ballotId votesCast } }` },
    {
      next: (result) => {
        if (result.data) subscriber.received.push({ at: performance.now(), event: result.data.ballotEvents });
      },
      error: (error) => process.stderr.write(`bench: a subscription failed: ${describe(error)}\n`),
      complete: () => undefined,
    },
  );
  return subscriber;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits (polling what arrived) until every subscriber has what `has` asks for. */
async function untilAll(subscribers: Subscriber[], has: (subscriber: Subscriber) => boolean, nudge?: () => Promise<void>): Promise<void> {
  while (!subscribers.every(has)) {
    await nudge?.();
    await sleep(nudge ? 200 : 20);
  }
}

function percentile(sorted: Float64Array, share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const options = readOptions();
  const server = await startServer();
  try {
    const { url } = server;
    const { bodyId, voters } = await prepareVoters(server.databaseUrl, server.sessionSecret, options.voters);
    const chair = await signIn(url, 'sekretariat@hessen.example.org', 'pakt-demo');
    const create = async (title: string) =>
      (await graphql<{ createBallot: { id: string } }>(url, chair, `mutation { createBallot(input: { bodyId: "${bodyId}", subjectType: MOTION, title: "${title}" }) { id } }`))
        .createBallot.id;

    // Watchers arrive in waves of CONNECT_WAVE, as people open the page, not all in one millisecond.
    const subscribers: Subscriber[] = [];
    for (let first = 0; first < options.subscribers; first += CONNECT_WAVE) {
      const wave = voters.slice(first, Math.min(first + CONNECT_WAVE, options.subscribers)).map((voter) => subscribe(url, voter.cookie, bodyId));
      await Promise.all(wave.map((subscriber) => subscriber.connected));
      subscribers.push(...wave);
    }
    // Everyone listens once they have received something: cancel throwaway ballots until then.
    await untilAll(
      subscribers,
      (subscriber) => subscriber.received.length > 0,
      async () => {
        await graphql(url, chair, `mutation { cancelBallot(id: "${await create('Ping')}") { id } }`);
      },
    );

    const ballotId = await create('Beschluss unter Last');
    await graphql(url, chair, `mutation { openBallot(id: "${ballotId}") { id } }`);
    const opened = (subscriber: Subscriber) => subscriber.received.some(({ event }) => event.ballotId === ballotId && event.kind === 'OPENED');
    await untilAll(subscribers, opened);

    // Every voter votes once, `concurrency` at a time; acks[k] is when the (k+1)-th vote was confirmed.
    const acks: number[] = [];
    const voteLatencies: number[] = [];
    let next = 0;
    let failures = 0;
    let retries = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < voters.length) {
          const voter = voters[next++]!;
          const choice = next % 3 === 0 ? 'NO' : 'YES';
          const sent = performance.now();
          // A request lost on the way (the connection dropped) is sent again; ALREADY_VOTED then
          // means the first one had counted. Retries are reported, and the final count still has to be exact.
          for (let attempt = 1; ; attempt++) {
            try {
              await graphql(url, voter.cookie, `mutation { castVote(input: { ballotId: "${ballotId}", choice: "${choice}" }) { id } }`);
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              if (attempt > 1 && message.includes('ALREADY_VOTED')) {
                // counted by the attempt before
              } else if (attempt < 4 && !(error instanceof BenchError)) {
                retries++;
                continue;
              } else {
                failures++;
                process.stderr.write(`bench: a vote failed: ${message}\n`);
                break;
              }
            }
            const at = performance.now();
            acks.push(at);
            voteLatencies.push(at - sent);
            break;
          }
        }
      }),
    );
    const votingSeconds = (performance.now() - started) / 1000;
    const counted = (subscriber: Subscriber) =>
      subscriber.received.some(({ event }) => event.ballotId === ballotId && event.kind === 'VOTE_CAST' && event.votesCast >= acks.length);
    await untilAll(subscribers, counted);
    const closed = await graphql<{ closeBallot: { result: { votesCast: number } } }>(url, chair, `mutation { closeBallot(id: "${ballotId}") { result { votesCast } } }`);
    const closedEvent = (subscriber: Subscriber) => subscriber.received.some(({ event }) => event.ballotId === ballotId && event.kind === 'CLOSED');
    await untilAll(subscribers, closedEvent);

    // For each subscriber and each confirmed vote k: from its confirmation to the first update counting k votes.
    const updateLatencies = new Float64Array(subscribers.length * acks.length);
    let filled = 0;
    for (const subscriber of subscribers) {
      const updates = subscriber.received.filter(({ event }) => event.ballotId === ballotId && event.kind === 'VOTE_CAST');
      let cursor = 0;
      for (let k = 0; k < acks.length; k++) {
        while (cursor < updates.length && updates[cursor]!.event.votesCast < k + 1) cursor++;
        const update = updates[cursor];
        if (update) updateLatencies[filled++] = Math.max(0, update.at - acks[k]!);
      }
    }
    const latencies = updateLatencies.subarray(0, filled).sort();
    const votes = Float64Array.from(voteLatencies).sort();
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const stored = await db.query<{ participation: number; votes: number }>(
      `SELECT (SELECT count(*)::int FROM ballot_participation WHERE ballot_id = $1) AS participation,
              (SELECT count(*)::int FROM ballot_vote WHERE ballot_id = $1) AS votes`,
      [ballotId],
    );
    await db.end();
    const finalCounts = subscribers.map(
      (subscriber) => subscriber.received.filter(({ event }) => event.ballotId === ballotId && event.kind === 'CLOSED').at(-1)?.event.votesCast ?? -1,
    );
    const figures = {
      voters: options.voters,
      subscribers: options.subscribers,
      concurrency: options.concurrency,
      votesConfirmed: acks.length,
      voteFailures: failures,
      voteRetries: retries,
      votingSeconds: Number(votingSeconds.toFixed(2)),
      votesPerSecond: Number((acks.length / votingSeconds).toFixed(1)),
      voteLatencyP50Ms: Number(percentile(votes, 0.5).toFixed(1)),
      voteLatencyP99Ms: Number(percentile(votes, 0.99).toFixed(1)),
      updateLatencyP50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
      updateLatencyP99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
      updateLatencyMaxMs: Number(percentile(latencies, 1).toFixed(1)),
      storedParticipation: stored.rows[0]!.participation,
      storedVotes: stored.rows[0]!.votes,
      resultVotesCast: closed.closeBallot.result.votesCast,
      subscribersWithExactFinalCount: finalCounts.filter((count) => count === options.voters).length,
    };
    const exact =
      figures.voteFailures === 0 &&
      figures.storedParticipation === options.voters &&
      figures.storedVotes === options.voters &&
      figures.resultVotesCast === options.voters &&
      figures.subscribersWithExactFinalCount === options.subscribers;
    if (options.json) process.stdout.write(`${JSON.stringify({ ...figures, exact }, null, 2)}\n`);
    else {
      process.stdout.write(
        [
          `Pakt ballot benchmark: ${options.voters} voters, ${options.subscribers} graphql-ws subscribers, ${options.concurrency} votes in flight (embedded PostgreSQL)`,
          '',
          `votes confirmed            ${figures.votesConfirmed} in ${figures.votingSeconds} s = ${figures.votesPerSecond} votes/s (failures: ${figures.voteFailures}, resent after a dropped connection: ${figures.voteRetries})`,
          `vote request latency       p50 ${figures.voteLatencyP50Ms} ms, p99 ${figures.voteLatencyP99Ms} ms`,
          `vote → subscriber update   p50 ${figures.updateLatencyP50Ms} ms, p99 ${figures.updateLatencyP99Ms} ms, max ${figures.updateLatencyMaxMs} ms (${latencies.length} vote × subscriber pairs)`,
          `stored                     ${figures.storedParticipation} participations, ${figures.storedVotes} votes; result counts ${figures.resultVotesCast}`,
          `final count at subscribers ${figures.subscribersWithExactFinalCount} of ${options.subscribers} saw exactly ${options.voters}`,
          `count exact                ${exact ? 'yes' : 'NO'}`,
          '',
        ].join('\n'),
      );
    }
    await Promise.all(subscribers.map((subscriber) => subscriber.client.dispose()));
    agent.destroy();
    if (!exact) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
