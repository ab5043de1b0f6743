import { randomBytes } from 'node:crypto';
import { BallotEvents, type Ballot } from '@pakt/api-decisions';
import type { TestApp } from '../support/test-app';
import type { Examples } from './example';
import { hessenId } from './plan';

// The voting engine. The ballot.* permissions are scoped to the ballot's body: here Hessen's
// steering board (body "Dachgremium"). Each call acts on a ballot of its own, prepared through SQL
// in the state the operation needs; an open one has the board's voters fixed, as opening does.

const STEERING_BOARD = 'Dachgremium';

async function one<T>(app: TestApp, sql: string, parameters: unknown[] = []): Promise<T> {
  const [row] = await app.dataSource.query<T[]>(sql, parameters);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

const steeringBoardId = async (app: TestApp) =>
  (await one<{ id: string }>(app, `SELECT id FROM body WHERE alliance_id = $1 AND kind = 'STEERING_BOARD'`, [await hessenId(app)])).id;

const personNamed = async (app: TestApp, name: string) =>
  (await one<{ id: string }>(app, `SELECT id FROM person WHERE alliance_id = $1 AND display_name = $2`, [await hessenId(app), name])).id;

/** The actor's person in Hessen, or the steering board's chair for actors without one. */
async function personOf(app: TestApp, actor: string | null): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = $1 AND p.alliance_id = $2`,
    [actor, await hessenId(app)],
  );
  return row?.id ?? personNamed(app, 'Tobias Lindner');
}

/** A ballot of the steering board in this state; an OPEN one with the board's current voting members as its voters. */
async function boardBallot(app: TestApp, status: 'DRAFT' | 'OPEN'): Promise<{ id: string; version: number }> {
  const ballot = await one<{ id: string; version: number }>(
    app,
    `INSERT INTO ballot (alliance_id, body_id, subject_type, title, options, voting_unit, majority, weights, status, opened_at, version)
     VALUES ($1, $2, 'MOTION', 'Beschluss', '[]', 'PERSON', 'SIMPLE', '[]', $3::text::ballot_status, CASE WHEN $3::text = 'OPEN' THEN now() END, 1)
     RETURNING id, version`,
    [await hessenId(app), await steeringBoardId(app), status],
  );
  if (status === 'OPEN') {
    await app.dataSource.query(
      `INSERT INTO ballot_voter (ballot_id, voter_id, name, weight, caster_ids)
       SELECT DISTINCT $1::uuid, m.person_id, p.display_name, 1, ARRAY[m.person_id]
         FROM membership m JOIN person p ON p.id = m.person_id
        WHERE m.body_id = $2 AND m.role IN ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER') AND m.until IS NULL`,
      [ballot.id, await steeringBoardId(app)],
    );
  }
  return ballot;
}

export const decisionsExamples: Examples = {
  'Query.ballot': {
    query: async (app) => `{ ballot(id: "${(await boardBallot(app, 'DRAFT')).id}") { id status } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
    found: (data) => data.ballot !== null,
  },
  'Query.ballots': {
    query: async (app) => `{ ballots(bodyId: "${await steeringBoardId(app)}") { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Query.camps': {
    query: async (app) => `{ camps(allianceId: "${await hessenId(app)}") { id name } }`,
    alliance: 'hessen',
  },
  'Mutation.createBallot': {
    query: async (app) => `mutation { createBallot(input: { bodyId: "${await steeringBoardId(app)}", subjectType: MOTION, title: "Beschluss" }) { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.updateBallot': {
    query: async (app) => {
      const { id, version } = await boardBallot(app, 'DRAFT');
      return `mutation { updateBallot(input: { id: "${id}", version: ${version}, quorumPercent: 50 }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.openBallot': {
    query: async (app) => `mutation { openBallot(id: "${(await boardBallot(app, 'DRAFT')).id}") { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.closeBallot': {
    query: async (app) => `mutation { closeBallot(id: "${(await boardBallot(app, 'OPEN')).id}") { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.cancelBallot': {
    query: async (app) => `mutation { cancelBallot(id: "${(await boardBallot(app, 'DRAFT')).id}") { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.castVote': {
    query: async (app) => `mutation { castVote(input: { ballotId: "${(await boardBallot(app, 'OPEN')).id}", choice: "YES" }) { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.delegateVote': {
    query: async (app) =>
      `mutation { delegateVote(input: { ballotId: "${(await boardBallot(app, 'DRAFT')).id}", delegateId: "${await personNamed(app, 'Andrea Neumann')}" }) { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.revokeDelegation': {
    query: async (app, actor) => {
      const ballot = await boardBallot(app, 'DRAFT');
      const delegation = await one<{ id: string }>(
        app,
        `INSERT INTO ballot_delegation (alliance_id, body_id, ballot_id, delegator_id, delegate_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [await hessenId(app), await steeringBoardId(app), ballot.id, await personOf(app, actor), await personNamed(app, 'Andrea Neumann')],
      );
      return `mutation { revokeDelegation(id: "${delegation.id}") { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.saveCamp': {
    query: async (app) => `mutation { saveCamp(input: { allianceId: "${await hessenId(app)}", name: "Lager ${randomBytes(4).toString('hex')}", organisationIds: [] }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.deleteCamp': {
    query: async (app) => {
      const camp = await one<{ id: string }>(app, `INSERT INTO camp (alliance_id, name, version) VALUES ($1, $2, 1) RETURNING id`, [
        await hessenId(app),
        `Lager ${randomBytes(4).toString('hex')}`,
      ]);
      return `mutation { deleteCamp(id: "${camp.id}") { id } }`;
    },
    alliance: 'hessen',
  },
  'Subscription.ballotEvents': {
    query: async (app) => `subscription { ballotEvents(bodyId: "${await steeringBoardId(app)}") { kind } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
    // An event of the board for a subscriber that was let in to receive.
    trigger: async (app) => {
      const { id } = await boardBallot(app, 'DRAFT');
      const ballot = await app.dataSource.manager.findOneByOrFail<Ballot>('Ballot', { id });
      await app.nest.get(BallotEvents).publish(ballot, 'CANCELLED');
    },
  },
};
