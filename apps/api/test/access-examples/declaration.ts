import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import type { Examples } from './example';

// Joint declarations of Hessen's steering board (body "Dachgremium"); the declaration.* permissions
// are scoped to it. The mutations run once per actor on one database, so each example prepares a
// fresh declaration (or amendment) in the phase it needs straight through SQL. Steps that belong
// to one person (revising one's amendment, drafting as a named member, answering for one's
// organisation) are prepared for the actor, so the outcome follows the policy alone.

const STEERING_BOARD = 'Dachgremium';

interface Board {
  allianceId: string;
  bodyId: string;
  authorId: string;
}

interface Fresh {
  id: string;
  version: number;
  sectionKey: string;
  paragraphKey: string;
}

async function board(app: TestApp): Promise<Board> {
  const [row] = await app.dataSource.query<Board[]>(
    `SELECT b.alliance_id AS "allianceId", b.id AS "bodyId",
            (SELECT id FROM person WHERE alliance_id = b.alliance_id AND display_name = 'Tobias Lindner') AS "authorId"
       FROM body b JOIN alliance a ON a.id = b.alliance_id WHERE a.slug = 'hessen' AND b.name = $1`,
    [STEERING_BOARD],
  );
  if (!row) throw new Error(`no ${STEERING_BOARD}`);
  return row;
}

/** The actor's person in Hessen, or null (anonymous, other alliances, accounts without one). */
async function personOf(app: TestApp, actor: string | null): Promise<string | null> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `SELECT p.id FROM person p JOIN account a ON a.id = p.account_id JOIN alliance al ON al.id = p.alliance_id
      WHERE a.email = $1 AND al.slug = 'hessen'`,
    [actor ?? ''],
  );
  return row?.id ?? null;
}

/** A new declaration of the board in this phase with one section of one paragraph. */
async function declaration(app: TestApp, phase: 'DRAFTING' | 'AMENDMENTS' | 'DECIDING' | 'FINAL_VOTE' | 'ADOPTED'): Promise<Fresh> {
  const { allianceId, bodyId } = await board(app);
  const sectionKey = `s-${randomBytes(4).toString('hex')}`;
  const paragraphKey = `p-${randomBytes(4).toString('hex')}`;
  const text = 'Die Bündnispartner sichern gemeinsam den Fachkräftebedarf.';
  const content = {
    preamble: '',
    sections: [
      {
        key: sectionKey,
        heading: 'Ziele',
        paragraphs: [{ key: paragraphKey, text, provenance: [{ operation: 'EQUAL', text, amendmentId: null }], insertedBy: null, deletedBy: null }],
      },
    ],
  };
  const [row] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO declaration (alliance_id, body_id, title, phase, content, revision, adopted_at, final_vote, version)
     VALUES ($1, $2, 'Zugriffsbeispiel Erklärung', $3::text::declaration_phase, $4::jsonb, 1, CASE WHEN $3::text = 'ADOPTED' THEN now() END, NULL, 1)
     RETURNING id, version`,
    [allianceId, bodyId, phase, JSON.stringify(content)],
  );
  await app.dataSource.query(`INSERT INTO declaration_revision (declaration_id, number, title, content) VALUES ($1, 1, 'Zugriffsbeispiel Erklärung', $2::jsonb)`, [
    row!.id,
    JSON.stringify(content),
  ]);
  if (phase === 'ADOPTED') {
    await app.dataSource.query(
      // One organisation still to answer, so a reminder mails only its representatives.
      `INSERT INTO endorsement (declaration_id, organisation_id, state, version)
       SELECT $1, id, CASE WHEN row_number() OVER (ORDER BY name) = 1 THEN 'PENDING' ELSE 'ENDORSED' END::endorsement_state, 1
         FROM organisation WHERE alliance_id = $2`,
      [row!.id, allianceId],
    );
  }
  return { id: row!.id, version: row!.version, sectionKey, paragraphKey };
}

/** A PROPOSED amendment to a fresh declaration in this phase, written by the actor when they are a person of Hessen. */
async function amendment(app: TestApp, phase: 'AMENDMENTS' | 'DECIDING', actor: string | null): Promise<{ id: string; version: number; declarationId: string }> {
  const fresh = await declaration(app, phase);
  const { allianceId, authorId } = await board(app);
  const [row] = await app.dataSource.query<Array<{ id: string; version: number }>>(
    `INSERT INTO amendment (declaration_id, alliance_id, number, kind, section_key, paragraph_key, after_paragraph_key, base_text, text,
                            proposed_text, reason, state, author_person_id, version)
     VALUES ($1, $2, 1, 'REPLACE', $3, $4, NULL, 'Die Bündnispartner sichern gemeinsam den Fachkräftebedarf.',
             'Alle Bündnispartner sichern gemeinsam den Fachkräftebedarf.', 'Alle Bündnispartner sichern gemeinsam den Fachkräftebedarf.',
             'Alle sind gemeint.', 'PROPOSED', $5, 1)
     RETURNING id, version`,
    [fresh.id, allianceId, fresh.sectionKey, fresh.paragraphKey, (await personOf(app, actor)) ?? authorId],
  );
  return { ...row!, declarationId: fresh.id };
}

/** Names the actor to the drafting team of the declaration (when they are a person of Hessen). */
async function nameDrafter(app: TestApp, declarationId: string, actor: string | null): Promise<void> {
  const person = await personOf(app, actor);
  if (person) await app.dataSource.query(`INSERT INTO declaration_drafter (declaration_id, person_id) VALUES ($1, $2)`, [declarationId, person]);
}

/** An organisation the actor represents (any organisation of Hessen when they represent none). */
async function representedOrganisation(app: TestApp, actor: string | null): Promise<string> {
  const person = await personOf(app, actor);
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `SELECT o.id FROM organisation o JOIN alliance a ON a.id = o.alliance_id
      WHERE a.slug = 'hessen' ORDER BY (o.id IN (SELECT organisation_id FROM membership WHERE person_id = $1 AND until IS NULL)) DESC, o.name LIMIT 1`,
    [person],
  );
  return row!.id;
}

const adopted = async (app: TestApp) => {
  const [found] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM declaration WHERE title = 'Zugriffsbeispiel Erklärung' AND phase = 'ADOPTED' LIMIT 1`);
  return found?.id ?? (await declaration(app, 'ADOPTED')).id;
};

const hessenId = async (app: TestApp) => (await board(app)).allianceId;

export const declarationExamples: Examples = {
  'Query.declaration': {
    query: async (app) => `{ declaration(id: "${await adopted(app)}") { id phase } }`,
    alliance: 'hessen',
    found: (data) => data.declaration !== null,
  },
  'Query.declarations': {
    query: async (app) => `{ declarations(allianceId: "${await hessenId(app)}") { id } }`,
    alliance: 'hessen',
  },
  'Query.compareDeclarationRevisions': {
    query: async (app) => `{ compareDeclarationRevisions(id: "${await adopted(app)}", from: 1, to: 1) { operation text } }`,
    alliance: 'hessen',
  },
  'Query.endorsementRequests': {
    query: async (app) => `{ endorsementRequests(allianceId: "${await hessenId(app)}") { id } }`,
    alliance: 'hessen',
  },
  'Query.amendment': {
    query: async (app) => {
      const { id } = await amendment(app, 'AMENDMENTS', null);
      await app.dataSource.query(`UPDATE declaration SET phase = 'ADOPTED' WHERE id = (SELECT declaration_id FROM amendment WHERE id = $1)`, [id]);
      return `{ amendment(id: "${id}") { id } }`;
    },
    alliance: 'hessen',
    found: (data) => data.amendment !== null,
  },
  'Mutation.createDeclaration': {
    query: async (app) => `mutation { createDeclaration(input: { bodyId: "${(await board(app)).bodyId}", title: "Neue Erklärung" }) { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.setDeclarationDraftingTeam': {
    query: async (app) => {
      const { id, version } = await declaration(app, 'DRAFTING');
      return `mutation { setDeclarationDraftingTeam(input: { id: "${id}", version: ${version}, personIds: [] }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.saveDeclarationDraft': {
    query: async (app, actor) => {
      const { id, version } = await declaration(app, 'DRAFTING');
      await nameDrafter(app, id, actor);
      return `mutation { saveDeclarationDraft(input: { id: "${id}", version: ${version}, title: "Erklärung", preamble: "Präambel",
        sections: [{ heading: "Ziele", paragraphs: [{ text: "Ein neuer Absatz." }] }] }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.advanceDeclaration': {
    query: async (app) => {
      const { id, version } = await declaration(app, 'DRAFTING');
      return `mutation { advanceDeclaration(input: { id: "${id}", version: ${version} }) { id phase } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.remindEndorsers': {
    query: async (app) => `mutation { remindEndorsers(declarationId: "${await adopted(app)}") { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.endorseDeclaration': {
    query: async (app, actor) =>
      `mutation { endorseDeclaration(input: { declarationId: "${await adopted(app)}", organisationId: "${await representedOrganisation(app, actor)}", state: ENDORSED }) { id } }`,
    alliance: 'hessen',
  },
  'Mutation.startFinalVote': {
    query: async (app) => {
      const { id, version } = await declaration(app, 'FINAL_VOTE');
      return `mutation { startFinalVote(input: { id: "${id}", version: ${version} }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.proposeAmendment': {
    query: async (app) => {
      const { id, paragraphKey } = await declaration(app, 'AMENDMENTS');
      return `mutation { proposeAmendment(input: { declarationId: "${id}", kind: REPLACE, paragraphKey: "${paragraphKey}", text: "Alle Partner.", reason: "Klarer." }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.reviseAmendment': {
    query: async (app, actor) => {
      const { id, version } = await amendment(app, 'AMENDMENTS', actor);
      return `mutation { reviseAmendment(input: { id: "${id}", version: ${version}, text: "Sämtliche Bündnispartner sichern gemeinsam den Fachkräftebedarf." }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.withdrawAmendment': {
    query: async (app, actor) => {
      const { id, version } = await amendment(app, 'AMENDMENTS', actor);
      return `mutation { withdrawAmendment(input: { id: "${id}", version: ${version} }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.supportAmendment': {
    query: async (app) => `mutation { supportAmendment(id: "${(await amendment(app, 'AMENDMENTS', null)).id}", supported: true) { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.commentOnAmendment': {
    query: async (app) => `mutation { commentOnAmendment(input: { amendmentId: "${(await amendment(app, 'AMENDMENTS', null)).id}", body: "Gut so." }) { id } }`,
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.takeOverAmendment': {
    query: async (app, actor) => {
      const { id, version, declarationId } = await amendment(app, 'AMENDMENTS', null);
      await nameDrafter(app, declarationId, actor);
      return `mutation { takeOverAmendment(input: { id: "${id}", version: ${version} }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
  'Mutation.putAmendmentToBallot': {
    query: async (app) => {
      const { id, version } = await amendment(app, 'DECIDING', null);
      return `mutation { putAmendmentToBallot(input: { id: "${id}", version: ${version} }) { id } }`;
    },
    alliance: 'hessen',
    body: STEERING_BOARD,
  },
};
