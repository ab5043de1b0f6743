import type { TestApp } from '../support/test-app';
import type { Examples } from './example';

// Recommendations of Hessen's Digital focus group. Drafting, reviewing and discussing are scoped to
// that group (body), so the expected outcome follows the roles there. The examples create their
// records straight in the database: one approved recommendation everyone in Hessen reads and
// discusses, one draft its members edit, and a fresh draft for each workflow step.

const DIGITAL = 'Fokusgruppe Digitaler Wandel und Handwerk';

interface Ids {
  allianceId: string;
  focusGroupId: string;
  actionFieldId: string;
  personId: string;
}

async function digital(app: TestApp): Promise<Ids> {
  const [row] = await app.dataSource.query<Ids[]>(
    `SELECT b.alliance_id AS "allianceId", b.id AS "focusGroupId",
            (SELECT action_field_id FROM body_action_field WHERE body_id = b.id ORDER BY action_field_id LIMIT 1) AS "actionFieldId",
            (SELECT id FROM person WHERE alliance_id = b.alliance_id AND display_name = 'Oliver Frank') AS "personId"
       FROM body b WHERE b.name = $1`,
    [DIGITAL],
  );
  if (!row) throw new Error(`no ${DIGITAL}`);
  return row;
}

/** The example recommendation with this title, created in this state the first time it is asked for. */
async function recommendation(app: TestApp, title: string, state: 'DRAFT' | 'APPROVED', fresh = false): Promise<{ id: string; version: number }> {
  if (!fresh) {
    const [found] = await app.dataSource.query<Array<{ id: string; version: number }>>(`SELECT id, version FROM recommendation WHERE title = $1`, [title]);
    if (found) return found;
  }
  const ids = await digital(app);
  const [created] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO recommendation (alliance_id, focus_group_id, action_field_id, state, title, problem, measure, addressee_kinds,
                                 expected_effect, time_frame, revision, created_by_person_id, version)
     VALUES ($1, $2, $3, $4, $5, 'Problem', 'Maßnahme', '{CHAMBER}', 'Wirkung', '2025', 1, $6, 1) RETURNING id, version`,
    [ids.allianceId, ids.focusGroupId, ids.actionFieldId, state, title, ids.personId],
  );
  return created!;
}

const approved = (app: TestApp) => recommendation(app, 'Zugriffsbeispiel beschlossen', 'APPROVED');

/** A thread on the approved example, written by the actor when they are a person of Hessen (else by a member). */
async function ownThread(app: TestApp, actor: string | null): Promise<{ id: string; version: number }> {
  const { id: recommendationId } = await approved(app);
  const { allianceId, personId: memberId } = await digital(app);
  const [own] = await app.dataSource.query<Array<{ id: string }>>(
    `SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = $1 AND p.alliance_id = $2`,
    [actor ?? '', allianceId],
  );
  const [thread] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO recommendation_comment (recommendation_id, alliance_id, author_person_id, body, version)
     VALUES ($1, $2, $3, 'Beispielbeitrag', 1) RETURNING id, version`,
    [recommendationId, allianceId, own?.id ?? memberId],
  );
  return thread!;
}

export const recommendationExamples: Examples = {
  'Query.recommendation': {
    query: async (app) => `{ recommendation(id: "${(await approved(app)).id}") { id } }`,
    alliance: 'hessen',
    found: (data) => data.recommendation !== null,
  },
  'Query.recommendations': {
    query: async (app) => `{ recommendations(allianceId: "${(await digital(app)).allianceId}", first: 2) { totalCount } }`,
    alliance: 'hessen',
  },
  'Query.reviewQueue': {
    query: async (app) => `{ reviewQueue(allianceId: "${(await digital(app)).allianceId}") { id } }`,
    alliance: 'hessen',
  },
  'Mutation.createRecommendation': {
    query: async (app) => {
      const { focusGroupId, actionFieldId } = await digital(app);
      return `mutation { createRecommendation(input: { focusGroupId: "${focusGroupId}", actionFieldId: "${actionFieldId}", title: "Beispiel" }) { id } }`;
    },
    alliance: 'hessen',
    body: DIGITAL,
  },
  'Mutation.updateRecommendation': {
    query: async (app) => {
      const { id, version } = await recommendation(app, 'Zugriffsbeispiel Entwurf', 'DRAFT');
      return `mutation { updateRecommendation(input: { id: "${id}", version: ${version}, problem: "Problem ${version}" }) { id } }`;
    },
    alliance: 'hessen',
    body: DIGITAL,
  },
  'Mutation.transitionRecommendation': {
    query: async (app) => {
      const { id, version } = await recommendation(app, 'Zugriffsbeispiel Rückzug', 'DRAFT', true);
      return `mutation { transitionRecommendation(input: { id: "${id}", version: ${version}, action: WITHDRAW }) { id } }`;
    },
    alliance: 'hessen',
    body: DIGITAL,
  },
  'Mutation.addRecommendationComment': {
    query: async (app) => `mutation { addRecommendationComment(input: { recommendationId: "${(await approved(app)).id}", body: "Beispiel" }) { id } }`,
    alliance: 'hessen',
    body: DIGITAL,
  },
  'Mutation.editRecommendationComment': {
    query: async (app, actor) => {
      const { id, version } = await ownThread(app, actor);
      return `mutation { editRecommendationComment(input: { id: "${id}", version: ${version}, body: "Geändert" }) { id } }`;
    },
    alliance: 'hessen',
    body: DIGITAL,
  },
  'Mutation.resolveRecommendationThread': {
    query: async (app, actor) => `mutation { resolveRecommendationThread(input: { id: "${(await ownThread(app, actor)).id}", resolved: true }) { id } }`,
    alliance: 'hessen',
    body: DIGITAL,
  },
  'Mutation.setRecommendationSupport': {
    query: async (app) => `mutation { setRecommendationSupport(input: { recommendationId: "${(await approved(app)).id}", support: true }) { id } }`,
    alliance: 'hessen',
    body: DIGITAL,
  },
};
