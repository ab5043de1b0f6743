import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import type { Examples } from './example';

// The Bündnisplan. The plan.* permissions are scoped to the steering board (body "Dachgremium").
// The mutations run once per actor on one database, so each example prepares the version it acts
// on straight through SQL: an approved one to read, a fresh draft or submitted one to change.

const STEERING_BOARD = 'Dachgremium';

type Row = { id: string; version: number };

async function one<T>(app: TestApp, sql: string, parameters: unknown[] = []): Promise<T> {
  const [row] = await app.dataSource.query<T[]>(sql, parameters);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

export const hessenId = async (app: TestApp) => (await one<{ id: string }>(app, `SELECT id FROM alliance WHERE slug = 'hessen'`)).id;

/** Hessen's plan, created when there is none yet. */
async function hessenPlan(app: TestApp): Promise<string> {
  const allianceId = await hessenId(app);
  await app.dataSource.query(
    `INSERT INTO alliance_plan (alliance_id, title, version) VALUES ($1, 'Bündnisplan Hessen', 1) ON CONFLICT (alliance_id) DO NOTHING`,
    [allianceId],
  );
  return (await one<{ id: string }>(app, `SELECT id FROM alliance_plan WHERE alliance_id = $1`, [allianceId])).id;
}

/** An APPROVED recommendation of Hessen's first focus group, inserted as the review would have left it. */
export async function approvedRecommendation(app: TestApp, title = `Empfehlung ${randomBytes(4).toString('hex')}`): Promise<string> {
  const allianceId = await hessenId(app);
  const group = await one<{ id: string; action_field_id: string }>(
    app,
    `SELECT b.id, l.action_field_id FROM body b JOIN body_action_field l ON l.body_id = b.id
      WHERE b.alliance_id = $1 AND b.kind = 'FOCUS_GROUP' ORDER BY b.name LIMIT 1`,
    [allianceId],
  );
  const author = await one<{ id: string }>(app, `SELECT id FROM person WHERE alliance_id = $1 ORDER BY display_name LIMIT 1`, [allianceId]);
  return (
    await one<{ id: string }>(
      app,
      `INSERT INTO recommendation (alliance_id, focus_group_id, action_field_id, state, title, problem, measure, addressee_kinds,
         expected_effect, time_frame, cost_notes, revision, created_by_person_id, version)
       VALUES ($1, $2, $3, 'APPROVED', $4, 'Zu wenige Fachkräfte.', 'Eine Maßnahme.', '{CHAMBER}', 'Mehr Fachkräfte.', '2025–2027', NULL, 1, $5, 1)
       RETURNING id`,
      [allianceId, group.id, group.action_field_id, title, author.id],
    )
  ).id;
}

/**
 * A fresh version of Hessen's plan in this state (any other unapproved version is approved first,
 * as a plan has at most one); a submitted one has a situation assessment and a recommendation.
 */
export async function hessenVersion(app: TestApp, state: 'DRAFT' | 'SUBMITTED' | 'APPROVED'): Promise<Row> {
  const planId = await hessenPlan(app);
  await app.dataSource.query(`UPDATE plan_version SET state = 'APPROVED', approved_at = now() WHERE plan_id = $1 AND state <> 'APPROVED'`, [planId]);
  const { next } = await one<{ next: number }>(app, `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM plan_version WHERE plan_id = $1`, [planId]);
  const version = await one<Row>(
    app,
    `INSERT INTO plan_version (plan_id, alliance_id, number, state, title, situation_assessment, initiatives_text, commitments,
       submitted_at, approved_at, frozen_indicators, version)
     VALUES ($1, $2, $3, $4::text::plan_version_state, 'Bündnisplan Hessen', 'Bis 2028 fehlen rund 200.000 Fachkräfte.', '', '',
       CASE WHEN $4::text <> 'DRAFT' THEN now() END, CASE WHEN $4::text = 'APPROVED' THEN now() END,
       CASE WHEN $4::text = 'APPROVED' THEN '[]'::jsonb END, 1)
     RETURNING id, version`,
    [planId, await hessenId(app), next, state],
  );
  await app.dataSource.query(`INSERT INTO plan_version_recommendation (plan_version_id, recommendation_id, position) VALUES ($1, $2, 1)`, [
    version.id,
    await approvedRecommendation(app),
  ]);
  return version;
}

const step = (mutation: string, state: 'DRAFT' | 'SUBMITTED') => async (app: TestApp) => {
  const { id, version } = await hessenVersion(app, state);
  return `mutation { ${mutation}(input: { id: "${id}", version: ${version} }) { id state } }`;
};

export const planExamples: Examples = {
  'Query.planVersion': {
    query: async (app) => `{ planVersion(id: "${(await hessenVersion(app, 'APPROVED')).id}") { id number } }`,
    alliance: 'hessen',
    found: (data) => data.planVersion !== null,
  },
  'Query.comparePlanVersions': {
    query: async (app) => {
      const from = await hessenVersion(app, 'APPROVED');
      const to = await hessenVersion(app, 'APPROVED');
      return `{ comparePlanVersions(fromId: "${from.id}", toId: "${to.id}") { title { operation text } } }`;
    },
    alliance: 'hessen',
  },
  'Query.planCandidates': {
    query: async (app) => `{ planCandidates(allianceId: "${await hessenId(app)}") { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.startPlanVersion': {
    query: async (app) => {
      await hessenVersion(app, 'APPROVED');
      return `mutation { startPlanVersion(input: { allianceId: "${await hessenId(app)}" }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.updatePlanVersion': {
    query: async (app) => {
      const { id, version } = await hessenVersion(app, 'DRAFT');
      return `mutation { updatePlanVersion(input: { id: "${id}", version: ${version}, commitments: "Wir verpflichten uns." }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.submitPlanVersion': { query: step('submitPlanVersion', 'DRAFT'), alliance: 'hessen', body: STEERING_BOARD },
  'Mutation.reopenPlanVersion': { query: step('reopenPlanVersion', 'SUBMITTED'), alliance: 'hessen', body: STEERING_BOARD },
  'Mutation.signOffPlanVersion': { query: step('signOffPlanVersion', 'SUBMITTED'), alliance: 'hessen', body: STEERING_BOARD },
};
