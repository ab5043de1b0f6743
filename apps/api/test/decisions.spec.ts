import { BallotOutcomes } from '@pakt/api-decisions';
import type { ExecutionResult } from 'graphql';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { graphqlAs, sessionCookie, socketClient, votingBody, type Voter } from './support/voters';

// The voting engine over HTTP and graphql-ws against a real PostgreSQL: the rules, who may do
// what, one vote per voter under concurrency, secret ballots that cannot be linked, tamper
// detection and live participation.

const BALLOT = `id status votesCast eligibleCount viewerMayManage result { accepted decidedBy reason votesCast checksum integrity counts { choice votes weight } }`;

interface BallotData {
  id: string;
  status: string;
  votesCast: number;
  eligibleCount: number;
  viewerMayManage: boolean;
  result: { accepted: boolean; decidedBy: string; reason: string; votesCast: number; checksum: string; integrity: string; counts: Array<{ choice: string; votes: number }> } | null;
}

type Body = { bodyId: string; allianceId: string; voters: Voter[] };

let app: TestApp;
let secretariat: string;

/** Runs as the voter (or cookie) and returns data, failing on errors. */
async function ok<T>(cookie: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await graphqlAs<T>(app, cookie, query, variables);
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

/** Runs and returns the first error's code, fields and reason. */
async function refusal(cookie: string, query: string, variables?: Record<string, unknown>) {
  const body = await graphqlAs(app, cookie, query, variables);
  const [error] = body.errors ?? [];
  expect(error, `${query} should be refused`).toBeDefined();
  return { code: error?.extensions?.code, fields: error?.extensions?.fields as Record<string, string> | undefined, reason: error?.extensions?.reason, message: error?.message };
}

async function createBallot(body: Body, input: Record<string, unknown> = {}): Promise<string> {
  const data = await ok<{ createBallot: { id: string } }>(secretariat, `mutation ($input: CreateBallotInput!) { createBallot(input: $input) { id } }`, {
    input: { bodyId: body.bodyId, subjectType: 'MOTION', title: 'Beschluss', motionText: 'Wir beschließen.', ...input },
  });
  return data.createBallot.id;
}

async function openBallot(body: Body, input: Record<string, unknown> = {}): Promise<string> {
  const id = await createBallot(body, input);
  await ok(secretariat, `mutation { openBallot(id: "${id}") { id } }`);
  return id;
}

const vote = (voter: Voter | string, ballotId: string, choice: string, extra: Record<string, unknown> = {}) =>
  graphqlAs(app, typeof voter === 'string' ? voter : voter.cookie, `mutation ($input: CastVoteInput!) { castVote(input: $input) { id } }`, {
    input: { ballotId, choice, ...extra },
  });

async function close(id: string): Promise<BallotData> {
  return (await ok<{ closeBallot: BallotData }>(secretariat, `mutation { closeBallot(id: "${id}") { ${BALLOT} } }`)).closeBallot;
}

async function read(cookie: string, id: string): Promise<BallotData | null> {
  return (await ok<{ ballot: BallotData | null }>(cookie, `{ ballot(id: "${id}") { ${BALLOT} } }`)).ballot;
}

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  const [account] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = 'sekretariat@hessen.example.org'`);
  secretariat = await sessionCookie(app, account!.id);
});
afterAll(() => app?.close());

describe("the demo's steering board", () => {
  it('has three decided ballots whose frozen results verify, and one open for the demo accounts', async () => {
    const [board] = await app.dataSource.query<Array<{ id: string }>>(
      `SELECT b.id FROM body b JOIN alliance a ON a.id = b.alliance_id WHERE a.slug = 'hessen' AND b.kind = 'STEERING_BOARD'`,
    );
    const [account] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = 'dachgremium-dgb@hessen.example.org'`);
    const member = await sessionCookie(app, account!.id);
    const { ballots } = await ok<{ ballots: Array<{ title: string; status: string; result: BallotData['result'] }> }>(
      member,
      `{ ballots(bodyId: "${board!.id}") { title status result { accepted decidedBy reason integrity } } }`,
    );
    expect(ballots.map((ballot) => [ballot.title, ballot.status, ballot.result?.accepted ?? null, ballot.result?.integrity ?? null])).toEqual([
      ['Arbeitsprogramm 2027 des Bündnisses', 'OPEN', null, null],
      ['Gemeinsame Position zur Ausbildungsplatzumlage', 'CLOSED', false, 'VERIFIED'],
      ['Ort der Zukunftswerkstatt 2026', 'CLOSED', true, 'VERIFIED'],
      ['Einrichtung einer Arbeitsgruppe Pflegeausbildung', 'CLOSED', true, 'VERIFIED'],
    ]);
    expect(ballots[1]?.result?.reason).toBe('two-thirds majority not reached within the camp "Arbeitgeber": 0 for, 3 against, 0 abstaining');
    const open = await ok<{ ballots: Array<{ id: string }> }>(member, `{ ballots(bodyId: "${board!.id}") { id } }`);
    expect((await vote(member, open.ballots[0]!.id, 'YES')).errors).toBeUndefined();
  });
});

describe('a ballot from draft to result', () => {
  let body: Body;
  beforeAll(async () => {
    body = await votingBody(app, 'Ablauf', 5);
  });

  it('is opened and closed by the secretariat; members vote; the result says which rule decided and why', async () => {
    const id = await openBallot(body, { quorumPercent: 50 });
    const [first, second, third] = body.voters;
    expect((await vote(first!, id, 'YES')).errors).toBeUndefined();
    expect((await vote(second!, id, 'NO', { dissent: 'Zu teuer.' })).errors).toBeUndefined();
    expect((await read(third!.cookie, id))?.votesCast).toBe(2);
    const closed = await close(id);
    expect(closed.status).toBe('CLOSED');
    expect(closed.result).toMatchObject({ accepted: false, decidedBy: 'QUORUM', reason: 'quorum not reached: 2 of 5 took part, 3 needed', integrity: 'VERIFIED' });
    expect(closed.result?.checksum).toMatch(/^[0-9a-f]{64}$/);
    // Open ballot: who voted what is shown after closing, with the dissent statement.
    const { ballot } = await ok<{ ballot: { votes: Array<{ voterName: string; choice: string; dissent: string | null }>; eligibleVoters: Array<{ hasVoted: boolean }> } }>(
      third!.cookie,
      `{ ballot(id: "${id}") { votes { voterName choice dissent } eligibleVoters { hasVoted } } }`,
    );
    expect(ballot.votes).toEqual([
      { voterName: 'Ablauf 000', choice: 'YES', dissent: null },
      { voterName: 'Ablauf 001', choice: 'NO', dissent: 'Zu teuer.' },
    ]);
    expect(ballot.eligibleVoters.filter((voter) => voter.hasVoted)).toHaveLength(2);
    const audit = await app.dataSource.query<Array<{ action: string }>>(`SELECT action FROM audit_entry WHERE object_id = $1 AND action LIKE 'ballot.%' ORDER BY id`, [id]);
    expect(audit.map((entry) => entry.action)).toEqual(['ballot.created', 'ballot.opened', 'ballot.voteCast', 'ballot.voteCast', 'ballot.closed']);
  });

  it('accepts by simple majority once the quorum is reached, and never reopens a closed ballot', async () => {
    const id = await openBallot(body, { quorumPercent: 50 });
    for (const [index, voter] of body.voters.entries()) await vote(voter, id, index < 3 ? 'YES' : 'ABSTAIN');
    const closed = await close(id);
    expect(closed.result).toMatchObject({ accepted: true, decidedBy: 'MAJORITY', reason: 'simple majority reached: 3 yes, 0 no, 2 abstaining' });
    expect(await refusal(secretariat, `mutation { openBallot(id: "${id}") { id } }`)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_STATE' });
    expect(await refusal(secretariat, `mutation { cancelBallot(id: "${id}") { id } }`)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_STATE' });
  });

  it('refuses rules that cannot be met, per field', async () => {
    const impossible = await refusal(secretariat, `mutation ($input: CreateBallotInput!) { createBallot(input: $input) { id } }`, {
      input: { bodyId: body.bodyId, subjectType: 'MOTION', title: 'Unmöglich', quorumPercent: 120, secret: true, voteChangesAllowed: true, options: ['Nur eine'] },
    });
    expect(impossible).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        quorumPercent: 'The quorum is a share of the eligible voters between 0 and 100 %.',
        voteChangesAllowed: 'A secret ballot does not know who voted what, so a vote in it cannot be changed.',
        options: 'Name at least two options, or none for a yes/no ballot.',
      },
    });
    expect(await app.dataSource.query(`SELECT 1 FROM ballot WHERE title = 'Unmöglich'`)).toEqual([]);
  });

  it('refuses unknown options, double votes, votes on closed and cancelled ballots and from the ineligible', async () => {
    const [voter, other] = body.voters;
    const id = await openBallot(body, { options: ['Kassel', 'Fulda'] });
    expect(await refusal(voter!.cookie, `mutation { castVote(input: { ballotId: "${id}", choice: "YES" }) { id } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_OPTION',
      fields: { choice: '"YES" is not an option of this ballot.' },
    });
    expect((await vote(voter!, id, 'Kassel')).errors).toBeUndefined();
    expect(await refusal(voter!.cookie, `mutation { castVote(input: { ballotId: "${id}", choice: "Fulda" }) { id } }`)).toMatchObject({ reason: 'ALREADY_VOTED' });
    // The steering board's chair is no member of this body.
    const [chair] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = 'vorsitz@hessen.example.org'`);
    expect((await vote(await sessionCookie(app, chair!.id), id, 'Kassel')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await close(id);
    expect(await refusal(other!.cookie, `mutation { castVote(input: { ballotId: "${id}", choice: "Kassel" }) { id } }`)).toMatchObject({ reason: 'WRONG_STATE' });
    const cancelled = await openBallot(body);
    await ok(secretariat, `mutation { cancelBallot(id: "${cancelled}") { id } }`);
    expect(await refusal(other!.cookie, `mutation { castVote(input: { ballotId: "${cancelled}", choice: "YES" }) { id } }`)).toMatchObject({ reason: 'WRONG_STATE' });
    expect((await app.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ballot_participation WHERE ballot_id = $1`, [cancelled]))[0]?.n).toBe(0);
  });

  it('refuses a vote that reached the ballot while it was being closed, and counts nothing', async () => {
    const [voter] = body.voters;
    const id = await openBallot(body);
    // A closing in progress: it holds the ballot's row lock until it has written CLOSED.
    const closing = app.dataSource.createQueryRunner();
    await closing.startTransaction();
    try {
      await closing.query(`SELECT id FROM ballot WHERE id = $1 FOR UPDATE`, [id]);
      const pending = vote(voter!, id, 'YES');
      await vi.waitFor(
        async () => {
          const waiting = await app.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%open_ballot%'`);
          expect(waiting).toHaveLength(1);
        },
        { timeout: 10_000, interval: 50 },
      );
      await closing.query(`UPDATE ballot SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [id]);
      await closing.commitTransaction();
      const [error] = (await pending).errors ?? [];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_STATE' });
    } finally {
      if (closing.isTransactionActive) await closing.rollbackTransaction();
      await closing.release();
    }
    const [counts] = await app.dataSource.query<Array<{ taken: number; audited: number }>>(
      `SELECT (SELECT count(*)::int FROM ballot_participation WHERE ballot_id = $1) AS taken,
              (SELECT count(*)::int FROM audit_entry WHERE object_id = $1::text AND action = 'ballot.voteCast') AS audited`,
      [id],
    );
    expect(counts).toEqual({ taken: 0, audited: 0 });
  });

  it('lets a vote be changed only where the ballot allows it', async () => {
    const [voter] = body.voters;
    const id = await openBallot(body, { voteChangesAllowed: true });
    await vote(voter!, id, 'YES');
    expect((await vote(voter!, id, 'NO')).errors).toBeUndefined();
    const closed = await close(id);
    expect(closed.result?.counts.find((count) => count.choice === 'NO')?.votes).toBe(1);
    expect(closed.result?.votesCast).toBe(1);
  });

  it('lets members vote but not manage; the secretariat manages but does not vote', async () => {
    const [, member] = body.voters;
    const id = await createBallot(body);
    expect(await refusal(member!.cookie, `mutation { openBallot(id: "${id}") { id } }`)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await read(member!.cookie, id))?.viewerMayManage).toBe(false);
    await ok(secretariat, `mutation { openBallot(id: "${id}") { id } }`);
    expect((await vote(secretariat, id, 'YES')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("hides one alliance's ballots from another: NOT_FOUND for changes, null for reading", async () => {
    const id = await openBallot(body);
    const [account] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = 'sekretariat@sachsen-anhalt.example.org'`);
    const outsider = await sessionCookie(app, account!.id);
    expect(await read(outsider, id)).toBeNull();
    expect(await refusal(outsider, `mutation { closeBallot(id: "${id}") { id } }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(outsider, `{ ballots(bodyId: "${body.bodyId}") { id } }`)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('delegation', () => {
  let body: Body;
  beforeAll(async () => {
    body = await votingBody(app, 'Vollmacht', 5);
  });

  const delegate = (from: Voter, ballotId: string, to: Voter, scope = 'BALLOT') =>
    graphqlAs<{ delegateVote: { id: string } }>(app, from.cookie, `mutation { delegateVote(input: { ballotId: "${ballotId}", delegateId: "${to.personId}", scope: ${scope} }) { id delegateName } }`);

  it('lets the delegate cast the vote; the delegator cannot vote too', async () => {
    const [anna, ben] = body.voters;
    const id = await openBallot(body);
    expect((await delegate(anna!, id, ben!)).errors).toBeUndefined();
    expect((await vote(anna!, id, 'YES')).errors?.[0]?.extensions?.reason).toBe('DELEGATED');
    expect((await vote(ben!, id, 'NO', { voterId: anna!.personId })).errors).toBeUndefined();
    expect((await vote(ben!, id, 'YES')).errors).toBeUndefined();
    const closed = await close(id);
    expect(closed.result?.counts.map((count) => count.votes)).toEqual([1, 1, 0]);
  });

  it('refuses self-delegation, chains, too many delegated votes and delegating after voting', async () => {
    const [anna, ben, cem, dora, emil] = body.voters;
    const id = await openBallot(body);
    expect((await delegate(anna!, id, anna!)).errors?.[0]?.extensions?.reason).toBe('SELF_DELEGATION');
    expect((await delegate(anna!, id, ben!)).errors).toBeUndefined();
    expect((await delegate(ben!, id, cem!)).errors?.[0]?.extensions?.reason).toBe('DELEGATION_CHAIN');
    expect((await delegate(cem!, id, anna!)).errors?.[0]?.extensions?.reason).toBe('DELEGATION_CHAIN');
    expect((await delegate(cem!, id, ben!)).errors?.[0]?.extensions?.reason).toBe('TOO_MANY_DELEGATIONS');
    await vote(dora!, id, 'YES');
    expect((await delegate(dora!, id, emil!)).errors?.[0]?.extensions?.reason).toBe('ALREADY_VOTED');
  });

  it('covers every ballot of a meeting with one delegation', async () => {
    const [anna, ben] = body.voters;
    const first = await createBallot(body, { meetingKey: 'Sitzung 2026-03' });
    const second = await openBallot(body, { meetingKey: 'Sitzung 2026-03' });
    expect((await delegate(anna!, first, ben!, 'MEETING')).errors).toBeUndefined();
    expect((await vote(anna!, second, 'YES')).errors?.[0]?.extensions?.reason).toBe('DELEGATED');
    expect((await vote(ben!, second, 'YES', { voterId: anna!.personId })).errors).toBeUndefined();
  });
});

describe('organisations as voters', () => {
  it('counts one vote per organisation, cast by its principal or deputy, and a double majority per camp', async () => {
    const organisations = await app.dataSource.query<Array<{ id: string; name: string }>>(
      `SELECT o.id, o.name FROM organisation o JOIN alliance a ON a.id = o.alliance_id WHERE a.slug = 'hessen' ORDER BY o.name LIMIT 4`,
    );
    const ids = organisations.map((organisation) => organisation.id);
    // Eight people, two per organisation: the first of each pair is its principal, the second its deputy.
    const body = await votingBody(app, 'Sozialpartner', 8, ids);
    // The secretariat designates them through the members administration.
    for (const [index, voter] of body.voters.entries()) {
      const [membership] = await app.dataSource.query<Array<{ id: string; version: number }>>(`SELECT id, version FROM membership WHERE person_id = $1`, [voter.personId]);
      const changed = await ok<{ changeMembership: { representation: string } }>(
        secretariat,
        `mutation { changeMembership(input: { id: "${membership!.id}", version: ${membership!.version}, representation: ${index < 4 ? 'PRINCIPAL' : 'DEPUTY'} }) { representation } }`,
      );
      expect(changed.changeMembership.representation).toBe(index < 4 ? 'PRINCIPAL' : 'DEPUTY');
    }
    await ok(secretariat, `mutation ($input: SaveCampInput!) { saveCamp(input: $input) { id } }`, {
      input: { allianceId: body.allianceId, name: 'Arbeitgeberseite', organisationIds: ids.slice(0, 2) },
    });
    await ok(secretariat, `mutation ($input: SaveCampInput!) { saveCamp(input: $input) { id } }`, {
      input: { allianceId: body.allianceId, name: 'Arbeitnehmerseite', organisationIds: ids.slice(2) },
    });
    const id = await openBallot(body, { votingUnit: 'ORGANISATION', doubleMajority: true });
    expect((await read(secretariat, id))?.eligibleCount).toBe(4);
    const principals = body.voters.slice(0, 4);
    const deputies = body.voters.slice(4);
    // Organisation 0: its principal; organisation 1: its deputy; then the principal of 1 is too late.
    await vote(principals[0]!, id, 'YES');
    expect((await vote(deputies[1]!, id, 'YES')).errors).toBeUndefined();
    expect((await vote(principals[1]!, id, 'NO')).errors?.[0]?.extensions?.reason).toBe('ALREADY_VOTED');
    await vote(principals[2]!, id, 'YES');
    await vote(principals[3]!, id, 'NO');
    const closed = await close(id);
    // 3 to 1 overall, but 1 to 1 among the employees' organisations.
    expect(closed.result).toMatchObject({ accepted: false, decidedBy: 'CAMP_MAJORITY' });
    expect(closed.result?.reason).toBe('simple majority not reached within the camp "Arbeitnehmerseite": 1 for, 1 against, 0 abstaining');
  });
});

describe('integrity', () => {
  it('counts exactly 200 votes from 400 concurrent submissions of 200 voters, some through their delegate', async () => {
    const body = await votingBody(app, 'Ansturm', 200);
    const id = await openBallot(body);
    // Voters 0–19 hand their vote to voters 100–119; each of those then casts two votes.
    for (let index = 0; index < 20; index++) {
      const result = await graphqlAs(
        app,
        body.voters[index]!.cookie,
        `mutation { delegateVote(input: { ballotId: "${id}", delegateId: "${body.voters[100 + index]!.personId}" }) { id } }`,
      );
      expect(result.errors).toBeUndefined();
    }
    const submissions = body.voters.flatMap((voter, index) =>
      index < 20
        ? [vote(body.voters[100 + index]!, id, 'YES', { voterId: voter.personId }), vote(body.voters[100 + index]!, id, 'NO', { voterId: voter.personId })]
        : [vote(voter, id, 'YES'), vote(voter, id, index % 2 === 0 ? 'NO' : 'YES')],
    );
    const results = await Promise.all(submissions);
    expect(results.filter((result) => !result.errors)).toHaveLength(200);
    expect(new Set(results.flatMap((result) => result.errors?.map((error) => error.extensions?.reason) ?? []))).toEqual(new Set(['ALREADY_VOTED']));
    const [counts] = await app.dataSource.query<Array<{ participation: number; votes: number }>>(
      `SELECT (SELECT count(*)::int FROM ballot_participation WHERE ballot_id = $1) AS participation,
              (SELECT count(*)::int FROM ballot_vote WHERE ballot_id = $1) AS votes`,
      [id],
    );
    expect(counts).toEqual({ participation: 200, votes: 200 });
    expect((await close(id)).result?.votesCast).toBe(200);
  }, 120_000);

  it('keeps who voted apart from what was voted in a secret ballot, so the stored rows cannot be linked', async () => {
    const body = await votingBody(app, 'Geheim', 6);
    const id = await openBallot(body, { secret: true });
    const choices = ['YES', 'NO', 'YES', 'ABSTAIN', 'YES', 'NO'];
    for (const [index, voter] of body.voters.entries()) expect((await vote(voter, id, choices[index]!)).errors).toBeUndefined();
    await close(id);
    const columns = async (table: string) =>
      (await app.dataSource.query<Array<{ column_name: string }>>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [table])).map(
        (row) => row.column_name,
      );
    // What was voted: counts per camp and choice, no voter, no time, no serial number.
    expect((await columns('ballot_secret_tally')).sort()).toEqual(['ballot_id', 'camp', 'choice', 'votes', 'weight']);
    expect(await app.dataSource.query(`SELECT 1 FROM ballot_vote WHERE ballot_id = $1`, [id])).toEqual([]);
    const tally = await app.dataSource.query<Array<Record<string, unknown>>>(`SELECT *, xmin::text AS xmin, ctid::text AS ctid FROM ballot_secret_tally WHERE ballot_id = $1`, [id]);
    const participation = await app.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT *, xmin::text AS xmin, ctid::text AS ctid FROM ballot_participation WHERE ballot_id = $1`,
      [id],
    );
    expect(participation).toHaveLength(6);
    // Try to link: a value a tally row shares with a participation row, other than the ballot
    // (ids, transaction ids); and an order (physical position) that would pair them up.
    const participationValues = new Set(participation.flatMap((row) => Object.entries(row).filter(([key]) => key !== 'ballot_id' && key !== 'ctid').map(([, value]) => String(value))));
    const shared = tally.flatMap((row) =>
      Object.entries(row)
        .filter(([key]) => key !== 'ballot_id' && key !== 'ctid' && key !== 'xmin')
        .map(([, value]) => String(value))
        .filter((value) => participationValues.has(value) && !/^\d+$/.test(value)),
    );
    expect(shared).toEqual([]);
    // Every row was rewritten by the closing transaction: one transaction id for all, the same on both sides.
    expect(new Set([...tally, ...participation].map((row) => row.xmin)).size).toBe(1);
    expect(tally.every((row) => typeof row.choice === 'string' && !('voter_id' in row))).toBe(true);
    // The audit log says that a vote was cast, never what: not in the ballot's entries, not in the
    // entries of the mutations sent, and not in a refused vote's.
    expect((await vote(body.voters[0]!, id, 'ABSTAIN')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const audit = await app.dataSource.query<Array<{ action: string; details: Record<string, unknown> }>>(
      `SELECT action, details FROM audit_entry
        WHERE object_id = $1 OR details::text LIKE '%' || $1 || '%' OR (action LIKE 'mutation.%' AND actor_account_id = ANY($2::uuid[]))
        ORDER BY id`,
      [id, body.voters.map((voter) => voter.accountId)],
    );
    expect(audit.filter((entry) => entry.action === 'ballot.voteCast')).toHaveLength(6);
    expect(audit.filter((entry) => entry.action === 'mutation.castVote').map((entry) => entry.details)).toEqual([{ outcome: 'BAD_USER_INPUT' }]);
    expect(audit.filter((entry) => JSON.stringify(entry.details).match(/YES|NO|ABSTAIN/))).toEqual([]);
    const closed = await read(secretariat, id);
    expect(closed?.result?.counts).toEqual([
      { choice: 'YES', votes: 3, weight: 3 },
      { choice: 'NO', votes: 2, weight: 2 },
      { choice: 'ABSTAIN', votes: 1, weight: 1 },
    ]);
    expect(closed?.result?.integrity).toBe('VERIFIED');
  });

  it('detects a vote changed in the database after closing, and a changed frozen result', async () => {
    const body = await votingBody(app, 'Prüfsumme', 3);
    const id = await openBallot(body);
    for (const voter of body.voters) await vote(voter, id, 'YES');
    const closed = await close(id);
    expect(closed.result?.integrity).toBe('VERIFIED');
    await app.dataSource.query(`UPDATE ballot_vote SET choice = 'NO' WHERE ballot_id = $1 AND voter_id = $2`, [id, body.voters[0]!.personId]);
    expect((await read(secretariat, id))?.result?.integrity).toBe('TAMPERED');
    await app.dataSource.query(`UPDATE ballot_vote SET choice = 'YES' WHERE ballot_id = $1`, [id]);
    expect((await read(secretariat, id))?.result?.integrity).toBe('VERIFIED');
    await app.dataSource.query(`UPDATE ballot SET outcome = jsonb_set(outcome, '{accepted}', 'false') WHERE id = $1`, [id]);
    expect((await read(secretariat, id))?.result).toMatchObject({ accepted: false, integrity: 'TAMPERED' });
  });

  it("calls the subject's handlers inside the closing or cancelling transaction: when one fails, the ballot stays open", async () => {
    const body = await votingBody(app, 'Folgen', 2);
    const outcomes = app.nest.get(BallotOutcomes);
    const seen: Array<{ accepted: boolean | null; status: string }> = [];
    const statusIn = async (manager: EntityManager, id: string) =>
      (await manager.query<Array<{ status: string }>>(`SELECT status::text FROM ballot WHERE id = $1`, [id]))[0]!.status;
    outcomes.register('PLAN_VERSION', {
      decided: async ({ ballot, result, manager }) => {
        seen.push({ accepted: result.accepted, status: await statusIn(manager, ballot.id) });
        if (ballot.title === 'Scheitert') throw new Error('the subject refused');
      },
      cancelled: async ({ ballot, manager }) => {
        seen.push({ accepted: null, status: await statusIn(manager, ballot.id) });
        if (ballot.title === 'Scheitert') throw new Error('the subject refused');
      },
    });
    const subject = '00000000-0000-4000-8000-000000000001';
    const good = await openBallot(body, { subjectType: 'PLAN_VERSION', subjectId: subject });
    await vote(body.voters[0]!, good, 'YES');
    await close(good);
    expect(seen).toEqual([{ accepted: true, status: 'CLOSED' }]);
    const failing = await openBallot(body, { subjectType: 'PLAN_VERSION', subjectId: subject, title: 'Scheitert' });
    expect((await graphqlAs(app, secretariat, `mutation { closeBallot(id: "${failing}") { id } }`)).errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await read(secretariat, failing))?.status).toBe('OPEN');
    expect((await graphqlAs(app, secretariat, `mutation { cancelBallot(id: "${failing}") { id } }`)).errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await read(secretariat, failing))?.status).toBe('OPEN');
    const cancelled = await openBallot(body, { subjectType: 'PLAN_VERSION', subjectId: subject });
    expect((await graphqlAs(app, secretariat, `mutation { cancelBallot(id: "${cancelled}") { id } }`)).errors).toBeUndefined();
    expect(seen).toEqual([
      { accepted: true, status: 'CLOSED' },
      { accepted: false, status: 'CLOSED' },
      { accepted: null, status: 'CANCELLED' },
      { accepted: null, status: 'CANCELLED' },
    ]);
  });
});

describe('live participation over graphql-ws', () => {
  type Event = { kind: string; ballotId: string; status: string; votesCast: number };

  /** Collects what a subscription delivers until `done` says enough; `events` fills as they come. */
  function watch(cookie: string | null, query: string, done: (events: Event[]) => boolean, origin?: string) {
    const client = socketClient(app, cookie, origin);
    const events: Event[] = [];
    const finished = new Promise<Event[]>((resolve, reject) => {
      const stop = client.subscribe(
        { query },
        {
          next: (result: ExecutionResult) => {
            if (result.errors) {
              reject(new Error(String(result.errors[0]?.extensions?.code)));
              return;
            }
            events.push(result.data?.ballotEvents as Event);
            if (done(events)) {
              stop();
              resolve(events);
            }
          },
          error: (error) => reject(new Error(Array.isArray(error) ? String((error as ExecutionResult['errors'])?.[0]?.extensions?.code) : 'connection refused')),
          complete: () => resolve(events),
        },
      );
    });
    return { events, finished: finished.finally(() => client.dispose()) };
  }

  it('shows the chair the running number of votes and every member the result when it closes, never what was voted', async () => {
    const body = await votingBody(app, 'Live', 4);
    const id = await createBallot(body, { secret: true });
    const [chair, member] = body.voters;
    const query = `subscription { ballotEvents(bodyId: "${body.bodyId}") { kind ballotId status votesCast eligibleVoters } }`;
    const closedHere = (events: Event[]) => events.some((event) => event.ballotId === id && event.kind === 'CLOSED');
    const chairView = watch(chair!.cookie, query, closedHere);
    const memberView = watch(member!.cookie, query, closedHere);
    // The subscriptions are in place once they deliver: cancel throwaway ballots until both have seen one.
    while (chairView.events.length === 0 || memberView.events.length === 0) {
      const ping = await createBallot(body, { title: 'Ping' });
      await ok(secretariat, `mutation { cancelBallot(id: "${ping}") { id } }`);
    }
    await ok(secretariat, `mutation { openBallot(id: "${id}") { id } }`);
    for (const voter of body.voters) expect((await vote(voter, id, 'YES')).errors).toBeUndefined();
    // The running count follows the votes within PARTICIPATION_INTERVAL_MS; the chair sees it reach 4 while the ballot is open.
    await vi.waitFor(() => expect(chairView.events.some((event) => event.ballotId === id && event.kind === 'VOTE_CAST' && event.votesCast === 4)).toBe(true), {
      timeout: 10_000,
    });
    await close(id);
    const [chairEvents, memberEvents] = await Promise.all([chairView.finished, memberView.finished]);
    const mine = chairEvents.filter((event) => event.ballotId === id);
    expect(mine[0]).toMatchObject({ kind: 'OPENED', status: 'OPEN', votesCast: 0 });
    const running = mine.filter((event) => event.kind === 'VOTE_CAST').map((event) => event.votesCast);
    expect(running.length).toBeGreaterThan(0);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(mine.at(-1)).toMatchObject({ kind: 'CLOSED', status: 'CLOSED', votesCast: 4 });
    expect(memberEvents.filter((event) => event.ballotId === id).at(-1)).toMatchObject({ kind: 'CLOSED' });
    // Counts only: the event type has no field that could carry what was voted.
    expect(Object.keys(mine[0]!).sort()).toEqual(['ballotId', 'eligibleVoters', 'kind', 'status', 'votesCast']);
    // The member reads the result right then.
    expect((await read(member!.cookie, id))?.result).toMatchObject({ accepted: true, votesCast: 4 });
  });

  it('tells the delegator and the delegate, and only them, when a delegation is made or taken back', async () => {
    const body = await votingBody(app, 'Vollmacht live', 3);
    const [delegator, delegate, bystander] = body.voters;
    const id = await openBallot(body);
    const query = `subscription { ballotEvents(bodyId: "${body.bodyId}") { kind ballotId status votesCast eligibleVoters } }`;
    const closedHere = (events: Event[]) => events.some((event) => event.ballotId === id && event.kind === 'CLOSED');
    const views = [delegator!, delegate!, bystander!].map((voter) => watch(voter.cookie, query, closedHere));
    while (views.some((view) => view.events.length === 0)) {
      const ping = await createBallot(body, { title: 'Ping' });
      await ok(secretariat, `mutation { cancelBallot(id: "${ping}") { id } }`);
    }
    expect((await vote(bystander!, id, 'NO')).errors).toBeUndefined();
    const made = await graphqlAs<{ delegateVote: { id: string } }>(
      app,
      delegator!.cookie,
      `mutation { delegateVote(input: { ballotId: "${id}", delegateId: "${delegate!.personId}" }) { id } }`,
    );
    expect(made.errors).toBeUndefined();
    expect((await graphqlAs(app, delegator!.cookie, `mutation { revokeDelegation(id: "${made.data!.delegateVote.id}") { id } }`)).errors).toBeUndefined();
    await close(id);
    const [delegatorEvents = [], delegateEvents = [], bystanderEvents = []] = await Promise.all(views.map((view) => view.finished));
    const delegations = (events: Event[]) => events.filter((event) => event.ballotId === id && event.kind === 'DELEGATION_CHANGED');
    expect(delegations(delegatorEvents)).toEqual([
      { kind: 'DELEGATION_CHANGED', ballotId: id, status: 'OPEN', votesCast: 1, eligibleVoters: 3 },
      { kind: 'DELEGATION_CHANGED', ballotId: id, status: 'OPEN', votesCast: 1, eligibleVoters: 3 },
    ]);
    expect(delegations(delegateEvents)).toHaveLength(2);
    expect(delegations(bystanderEvents)).toEqual([]);
    expect(bystanderEvents.at(-1)).toMatchObject({ ballotId: id, kind: 'CLOSED' });
  });

  it('refuses subscribers who may not follow the body, anonymous ones, and pages of other sites', async () => {
    const body = await votingBody(app, 'Zaungast', 1);
    const query = `subscription { ballotEvents(bodyId: "${body.bodyId}") { kind } }`;
    const [account] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = 'sekretariat@sachsen-anhalt.example.org'`);
    await expect(watch(await sessionCookie(app, account!.id), query, () => true).finished).rejects.toThrow('NOT_FOUND');
    await expect(watch(null, query, () => true).finished).rejects.toThrow('UNAUTHENTICATED');
    await expect(watch(body.voters[0]!.cookie, query, () => true, 'https://evil.example').finished).rejects.toThrow('connection refused');
  });
});
