import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import type { Examples } from './example';

// Administration by the secretariat. The mutations run once per actor on one database, so each
// example reads the version it changes or creates what it adds, with a fresh name.

async function hessen(app: TestApp, sql: string): Promise<{ id: string; version: number }> {
  const [row] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `SELECT t.id, t.version FROM ${sql} AND t.alliance_id = (SELECT id FROM alliance WHERE slug = 'hessen') ORDER BY t.id LIMIT 1`,
  );
  if (!row) throw new Error(`no Hessen row for ${sql}`);
  return row;
}

const allianceId = async (app: TestApp) =>
  (await app.dataSource.query<Array<{ id: string; version: number }>>(`SELECT id, version FROM alliance WHERE slug = 'hessen'`))[0]!;
const focusGroup = (app: TestApp) => hessen(app, `body t WHERE t.kind = 'FOCUS_GROUP'`);
const fresh = (what: string) => `${what} ${randomBytes(4).toString('hex')}`;

/** A new person of Hessen, and with a role a new membership in a focus group, for examples that need their own. */
async function newMember(app: TestApp, withMembership: boolean): Promise<{ personId: string; bodyId: string; membership?: { id: string; version: number } }> {
  const alliance = await allianceId(app);
  const body = await focusGroup(app);
  const [person] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO person (alliance_id, display_name, version) VALUES ($1, $2, 1) RETURNING id`,
    [alliance.id, fresh('Beispielperson')],
  );
  if (!withMembership) return { personId: person!.id, bodyId: body.id };
  const [membership] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO membership (alliance_id, body_id, person_id, role, since, version) VALUES ($1, $2, $3, 'MEMBER', '2024-01-01', 1) RETURNING id, version`,
    [alliance.id, body.id, person!.id],
  );
  return { personId: person!.id, bodyId: body.id, membership: membership! };
}

export const administrationExamples: Examples = {
  'Query.people': {
    query: async (app) => `{ people(allianceId: "${(await allianceId(app)).id}", first: 2) { totalCount } }`,
    alliance: 'hessen',
  },
  'Mutation.updateAlliance': {
    query: async (app) => {
      const { id, version } = await allianceId(app);
      return `mutation { updateAlliance(input: { id: "${id}", version: ${version}, state: "Hessen" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.createBody': {
    query: async (app) =>
      `mutation { createBody(input: { allianceId: "${(await allianceId(app)).id}", name: "${fresh('Fokusgruppe')}" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateBody': {
    query: async (app) => {
      const { id, version } = await focusGroup(app);
      return `mutation { updateBody(input: { id: "${id}", version: ${version}, description: "Beispiel" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.createActionField': {
    query: async (app) =>
      `mutation { createActionField(input: { allianceId: "${(await allianceId(app)).id}", title: "${fresh('Handlungsfeld')}" }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateActionField': {
    query: async (app) => {
      const { id, version } = await hessen(app, 'action_field t WHERE true');
      return `mutation { updateActionField(input: { id: "${id}", version: ${version}, description: "Beispiel" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.createOrganisation': {
    query: async (app) =>
      `mutation { createOrganisation(input: { allianceId: "${(await allianceId(app)).id}", name: "${fresh('Organisation')}", kind: OTHER }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateOrganisation': {
    query: async (app) => {
      const { id, version } = await hessen(app, 'organisation t WHERE true');
      return `mutation { updateOrganisation(input: { id: "${id}", version: ${version}, kind: OTHER }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.createRegion': {
    query: async (app) =>
      `mutation { createRegion(input: { allianceId: "${(await allianceId(app)).id}", name: "${fresh('Region')}", kind: DISTRICT }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.updateRegion': {
    query: async (app) => {
      const { id, version } = await hessen(app, `region t WHERE t.name = 'Kassel'`);
      return `mutation { updateRegion(input: { id: "${id}", version: ${version}, name: "Kassel" }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.addMembership': {
    query: async (app) => {
      const { personId, bodyId } = await newMember(app, false);
      return `mutation { addMembership(input: { personId: "${personId}", bodyId: "${bodyId}", role: MEMBER }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.changeMembership': {
    query: async (app) => {
      const { membership } = await newMember(app, true);
      return `mutation { changeMembership(input: { id: "${membership!.id}", version: ${membership!.version}, role: OBSERVER }) { id } }`;
    },
    alliance: 'hessen',
  },
  'Mutation.endMembership': {
    query: async (app) => {
      const { membership } = await newMember(app, true);
      return `mutation { endMembership(input: { id: "${membership!.id}", version: ${membership!.version} }) { id } }`;
    },
    alliance: 'hessen',
  },
};
