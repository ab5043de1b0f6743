import path from 'node:path';
import { readOutbox } from '@pakt/api-identity';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// The joint declaration over real HTTP on the demo data: the secretariat starts it for the steering
// board (Dachgremium), the chair names the drafting team, the team drafts two sections, the chair
// opens the amendment phase, members propose amendments (two overlapping ones to one paragraph, a
// third that does not overlap), the drafting team takes one over and the others are rebased or
// marked, the final vote adopts the text and partner organisations endorse it. What each role may
// do, and bad input refused with a code and a message per field, changing nothing.

interface ErrorShape {
  code: unknown;
  fields?: Record<string, string>;
}

interface Paragraph {
  key: string;
  text: string;
  deletedBy: string | null;
  insertedBy: string | null;
  provenance: Array<{ operation: string; text: string; amendmentId: string | null }>;
}

interface Declaration {
  id: string;
  version: number;
  phase: string;
  title: string;
  revision: number;
  preamble: string;
  sections: Array<{ key: string; heading: string; paragraphs: Paragraph[] }>;
  draftingTeam: Array<{ displayName: string }>;
  conflicts: Array<{ first: { number: number }; second: { number: number } }>;
  viewerMaySteer: boolean;
  viewerIsDrafter: boolean;
  viewerMayAmend: boolean;
}

interface Amendment {
  id: string;
  version: number;
  number: number;
  state: string;
  kind: string;
  baseText: string;
  text: string;
  decision: string | null;
  takenOverText: string | null;
  diff: Array<{ operation: string; text: string }>;
  takenOverDiff: Array<{ operation: string; text: string }> | null;
  supportCount: number;
  viewerSupports: boolean;
  overlapsWith: Array<{ number: number }>;
}

const DECLARATION = `id version phase title revision preamble
  sections { key heading paragraphs { key text deletedBy insertedBy provenance { operation text amendmentId } } }
  draftingTeam { displayName } conflicts { first { number } second { number } }
  viewerMaySteer viewerIsDrafter viewerMayAmend`;
const AMENDMENT = `id version number state kind baseText text decision takenOverText diff { operation text } takenOverDiff { operation text }
  supportCount viewerSupports overlapsWith { number }`;

const P1 = 'Die Bündnispartner sichern gemeinsam den Fachkräftebedarf in Hessen bis 2030.';
const P2 = 'Sie stärken die duale Ausbildung und die Weiterbildung in den Betrieben.';
const P3 = 'Internationale Fachkräfte werden schnell und verlässlich integriert.';

describe('the joint declaration', () => {
  let app: TestApp;
  let secretariat: TestClient;
  let chair: TestClient;
  let deputy: TestClient;
  let groupMember: TestClient;
  let observer: TestClient;
  let otherAlliance: TestClient;
  let hessen: string;
  let steeringBoard: string;
  let declaration: Declaration;

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    [secretariat, chair, deputy, groupMember, observer, otherAlliance] = await Promise.all([
      app.signIn('sekretariat@hessen.example.org'),
      app.signIn('vorsitz@hessen.example.org'),
      app.signIn('stellvertretung@hessen.example.org'),
      app.signIn('mitglied@hessen.example.org'),
      app.signIn('beobachtung@hessen.example.org'),
      app.signIn('sekretariat@sachsen-anhalt.example.org'),
    ]);
    const [board] = await app.dataSource.query<Array<{ id: string; alliance_id: string }>>(
      `SELECT b.id, b.alliance_id FROM body b JOIN alliance a ON a.id = b.alliance_id WHERE a.slug = 'hessen' AND b.kind = 'STEERING_BOARD'`,
    );
    steeringBoard = board!.id;
    hessen = board!.alliance_id;
  });
  afterAll(() => app?.close());

  async function ok<T = Record<string, unknown>>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await client.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  async function refused(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<ErrorShape & { current?: unknown }> {
    const { body } = await client.graphql(query, variables);
    expect(body.errors, 'refused').toHaveLength(1);
    const { code, fields, current } = body.errors![0]!.extensions ?? {};
    return {
      code,
      ...(fields && Object.keys(fields).length > 0 ? { fields: fields as Record<string, string> } : {}),
      ...(current !== undefined ? { current } : {}),
    };
  }

  const read = async (client: TestClient, id = declaration.id) =>
    (await ok<{ declaration: Declaration | null }>(client, `query($id: ID!) { declaration(id: $id) { ${DECLARATION} } }`, { id })).declaration;
  const amendment = async (id: string, client: TestClient = chair) =>
    (await ok<{ amendment: Amendment }>(client, `query($id: ID!) { amendment(id: $id) { ${AMENDMENT} } }`, { id })).amendment;
  const personId = async (email: string) =>
    (
      await app.dataSource.query<Array<{ id: string }>>(
        `SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = $1 AND p.alliance_id = $2`,
        [email, hessen],
      )
    )[0]!.id;
  const organisationId = async (shortName: string) =>
    (await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM organisation WHERE short_name = $1`, [shortName]))[0]!.id;

  const SAVE = `mutation($input: SaveDeclarationDraftInput!) { saveDeclarationDraft(input: $input) { ${DECLARATION} } }`;
  const ADVANCE = `mutation($input: DeclarationStepInput!) { advanceDeclaration(input: $input) { ${DECLARATION} } }`;
  const PROPOSE = `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { ${AMENDMENT} } }`;
  const TAKE_OVER = `mutation($input: TakeOverAmendmentInput!) { takeOverAmendment(input: $input) { ${AMENDMENT} } }`;
  const ENDORSE = `mutation($input: EndorseDeclarationInput!) { endorseDeclaration(input: $input) { state reservation answeredAt organisation { shortName } } }`;

  const BALLOT_AMENDMENT = `mutation($input: DeclarationBallotInput!) { putAmendmentToBallot(input: $input) { ${AMENDMENT} ballot { id status } } }`;

  /** Chair and deputy (the board's voters with accounts) cast the same vote; the chair closes the ballot. */
  const vote = async (ballotId: string, choice: string) => {
    for (const voter of [chair, deputy]) await ok(voter, `mutation($input: CastVoteInput!) { castVote(input: $input) { id } }`, { input: { ballotId, choice } });
    await ok(chair, `mutation($id: ID!) { closeBallot(id: $id) { id status } }`, { id: ballotId });
  };

  const advance = async () => {
    declaration = (await ok<{ advanceDeclaration: Declaration }>(chair, ADVANCE, { input: { id: declaration.id, version: declaration.version } }))
      .advanceDeclaration;
  };
  const paragraph = (index: number, section = 0) => declaration.sections[section]!.paragraphs[index]!;

  describe('drafting', () => {
    it('is started by the secretariat for the steering board and its team named by the chair', async () => {
      declaration = (
        await ok<{ createDeclaration: Declaration }>(
          secretariat,
          `mutation($input: CreateDeclarationInput!) { createDeclaration(input: $input) { ${DECLARATION} } }`,
          { input: { bodyId: steeringBoard, title: 'Gemeinsame Erklärung zur Fachkräftesicherung' } },
        )
      ).createDeclaration;
      expect(declaration).toMatchObject({ phase: 'DRAFTING', revision: 1, sections: [], viewerMaySteer: true, viewerIsDrafter: true });
      expect(
        await refused(deputy, `mutation($input: CreateDeclarationInput!) { createDeclaration(input: $input) { id } }`, {
          input: { bodyId: steeringBoard, title: 'Nicht erlaubt' },
        }),
      ).toEqual({ code: 'FORBIDDEN' });

      const team = `mutation($input: SetDraftingTeamInput!) { setDeclarationDraftingTeam(input: $input) { ${DECLARATION} } }`;
      // Only current members of the body: the focus group's member is not one.
      expect(
        await refused(chair, team, { input: { id: declaration.id, version: declaration.version, personIds: [await personId('mitglied@hessen.example.org')] } }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { personIds: expect.any(String) } });
      declaration = (
        await ok<{ setDeclarationDraftingTeam: Declaration }>(chair, team, {
          input: { id: declaration.id, version: declaration.version, personIds: [await personId('stellvertretung@hessen.example.org')] },
        })
      ).setDeclarationDraftingTeam;
      expect(declaration.draftingTeam).toEqual([{ displayName: 'Dr. Sabine Kessler' }]);
      expect((await read(deputy))!.viewerIsDrafter).toBe(true);
      expect((await read(chair))!.viewerIsDrafter).toBe(false);
    });

    it('saves each change as a revision; a stale save is CONFLICT with the current text and changes nothing', async () => {
      const input = {
        id: declaration.id,
        version: declaration.version,
        title: declaration.title,
        preamble: 'Hessen braucht Fachkräfte.',
        sections: [
          { heading: 'Ziele', paragraphs: [{ text: P1 }, { text: P2 }] },
          { heading: 'Integration', paragraphs: [{ text: P3 }] },
        ],
      };
      declaration = (await ok<{ saveDeclarationDraft: Declaration }>(deputy, SAVE, { input })).saveDeclarationDraft;
      expect(declaration.revision).toBe(2);
      expect(declaration.sections.map((section) => section.paragraphs.map((p) => p.text))).toEqual([[P1, P2], [P3]]);

      const stale = await refused(secretariat, SAVE, { input: { ...input, preamble: 'Eine andere Präambel.' } });
      expect(stale).toMatchObject({ code: 'CONFLICT', current: { revision: 2, preamble: 'Hessen braucht Fachkräfte.' } });
      expect((await read(secretariat))!.revision).toBe(2);

      // The secretariat saves on top, keeping the keys; the chair is not in the drafting team.
      const sections = declaration.sections.map((section) => ({
        key: section.key,
        heading: section.heading,
        paragraphs: section.paragraphs.map((p) => ({ key: p.key, text: p.text })),
      }));
      declaration = (
        await ok<{ saveDeclarationDraft: Declaration }>(secretariat, SAVE, {
          input: { ...input, version: declaration.version, preamble: 'Hessen braucht Fachkräfte – heute und morgen.', sections },
        })
      ).saveDeclarationDraft;
      expect(declaration.revision).toBe(3);
      expect(await refused(chair, SAVE, { input: { ...input, version: declaration.version, sections } })).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await refused(deputy, SAVE, { input: { ...input, version: declaration.version, sections: [{ heading: 'X', paragraphs: [{ key: 'unbekannt', text: 'Y' }] }] } }),
      ).toEqual({ code: 'BAD_USER_INPUT', fields: { 'sections.0.paragraphs.0.key': 'This is not a key of this declaration.' } });
      expect(await refused(deputy, SAVE, { input: { ...input, version: declaration.version, sections: [{ heading: ' ', paragraphs: [] }] } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'sections.0.heading': expect.any(String) },
      });
    });

    it('compares any two revisions as a word diff', async () => {
      const { compareDeclarationRevisions } = await ok<{ compareDeclarationRevisions: Array<{ operation: string; text: string }> }>(
        chair,
        `query($id: ID!) { compareDeclarationRevisions(id: $id, from: 2, to: 3) { operation text } }`,
        { id: declaration.id },
      );
      expect(compareDeclarationRevisions.filter((segment) => segment.operation === 'INSERT').map((segment) => segment.text).join('')).toContain(
        '– heute und morgen',
      );
      expect(
        await refused(chair, `query($id: ID!) { compareDeclarationRevisions(id: $id, from: 1, to: 9) { text } }`, { id: declaration.id }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    });

    it('is read only by the body while it is worked on, and by no other alliance', async () => {
      expect(await read(groupMember)).toBeNull();
      expect(await read(otherAlliance)).toBeNull();
      expect(await refused(otherAlliance, ADVANCE, { input: { id: declaration.id, version: declaration.version } })).toEqual({ code: 'NOT_FOUND' });
      expect(await refused(groupMember, ADVANCE, { input: { id: declaration.id, version: declaration.version } })).toEqual({ code: 'FORBIDDEN' });
    });
  });

  describe('amendments', () => {
    let overlapA: Amendment;
    let overlapB: Amendment;
    let disjoint: Amendment;
    let other: Amendment;

    it('are refused before the amendment phase; then the text is frozen', async () => {
      const input = { declarationId: declaration.id, kind: 'REPLACE', paragraphKey: paragraph(0).key, text: 'Neu.', reason: 'Besser.' };
      expect(await refused(chair, PROPOSE, { input })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { phase: expect.stringContaining('amendment phase') } });
      await advance();
      expect(declaration.phase).toBe('AMENDMENTS');
      const frozen = await refused(deputy, SAVE, {
        input: { id: declaration.id, version: declaration.version, title: 'T', preamble: '', sections: [] },
      });
      expect(frozen).toMatchObject({ code: 'BAD_USER_INPUT', fields: { phase: expect.stringContaining('frozen') } });
    });

    it('refuse bad input with a message per field', async () => {
      const base = { declarationId: declaration.id, kind: 'REPLACE', paragraphKey: paragraph(0).key, reason: 'Begründung.' };
      expect(await refused(chair, PROPOSE, { input: { ...base, text: '   ' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { text: expect.any(String) } });
      expect(await refused(chair, PROPOSE, { input: { ...base, text: P1 } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { text: 'The new wording is the same as the current text.' },
      });
      expect(await refused(chair, PROPOSE, { input: { ...base, paragraphKey: 'verschwunden', text: 'X' } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { paragraphKey: 'This paragraph is no longer part of the declaration.' },
      });
      expect(await refused(chair, PROPOSE, { input: { ...base, text: 'X', reason: '' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: expect.any(String) } });
      // The focus group's member amends only in their group; the observer may not amend anywhere.
      expect(await refused(groupMember, PROPOSE, { input: { ...base, text: 'X' } })).toEqual({ code: 'FORBIDDEN' });
      expect(await refused(observer, PROPOSE, { input: { ...base, text: 'X' } })).toEqual({ code: 'FORBIDDEN' });
      expect(await app.dataSource.query(`SELECT id FROM amendment WHERE declaration_id = $1`, [declaration.id])).toEqual([]);
    });

    it('are shown as word diffs, flagged when they overlap, supported and discussed', async () => {
      const propose = async (client: TestClient, input: Record<string, unknown>) =>
        (await ok<{ proposeAmendment: Amendment }>(client, PROPOSE, { input: { declarationId: declaration.id, reason: 'Weil es besser ist.', ...input } }))
          .proposeAmendment;
      overlapA = await propose(chair, { kind: 'REPLACE', paragraphKey: paragraph(0).key, text: P1.replace('in Hessen', 'im ganzen Land Hessen') });
      overlapB = await propose(deputy, { kind: 'REPLACE', paragraphKey: paragraph(0).key, text: P1.replace('in Hessen', 'in allen Regionen Hessens') });
      disjoint = await propose(secretariat, { kind: 'REPLACE', paragraphKey: paragraph(0).key, text: P1.replace('Die Bündnispartner', 'Alle Bündnispartner') });
      other = await propose(deputy, { kind: 'INSERT', sectionKey: declaration.sections[1]!.key, afterParagraphKey: paragraph(0, 1).key, text: 'Anerkennungsverfahren werden beschleunigt.' });
      expect([overlapA.number, overlapB.number, disjoint.number, other.number]).toEqual([1, 2, 3, 4]);
      expect(overlapA.diff.filter((segment) => segment.operation === 'DELETE')).toEqual([{ operation: 'DELETE', text: 'in' }]);
      expect(overlapA.diff.filter((segment) => segment.operation === 'INSERT').map((segment) => segment.text.trim())).toEqual(['im', 'ganzen Land']);
      expect((await amendment(overlapA.id)).overlapsWith).toEqual([{ number: 2 }]);
      expect((await amendment(disjoint.id)).overlapsWith).toEqual([]);
      expect((await read(chair))!.conflicts).toEqual([{ first: { number: 1 }, second: { number: 2 } }]);

      const support = `mutation($id: ID!, $supported: Boolean!) { supportAmendment(id: $id, supported: $supported) { supportCount viewerSupports } }`;
      expect((await ok<{ supportAmendment: Amendment }>(deputy, support, { id: overlapA.id, supported: true })).supportAmendment).toEqual({
        supportCount: 1,
        viewerSupports: true,
      });
      await ok(deputy, support, { id: overlapA.id, supported: true });
      expect((await amendment(overlapA.id)).supportCount).toBe(1);
      await ok(secretariat, `mutation($input: AmendmentCommentInput!) { commentOnAmendment(input: $input) { id body author { displayName } } }`, {
        input: { amendmentId: overlapA.id, body: 'Das trägt die Geschäftsstelle mit.' },
      });
    });

    it('taken over in a modified form are merged; the overlapping one needs a new version, the other is rebased', async () => {
      const modified = P1.replace('in Hessen', 'im ganzen Land Hessen').replace('2030', '2035');
      expect(await refused(chair, TAKE_OVER, { input: { id: overlapA.id, version: overlapA.version, text: modified } })).toMatchObject({ code: 'FORBIDDEN' });
      const taken = (await ok<{ takeOverAmendment: Amendment }>(deputy, TAKE_OVER, { input: { id: overlapA.id, version: overlapA.version, text: modified } }))
        .takeOverAmendment;
      expect(taken).toMatchObject({ state: 'ACCEPTED', decision: 'TAKEOVER', takenOverText: modified });
      expect(taken.takenOverDiff!.filter((segment) => segment.operation !== 'EQUAL')).toEqual([
        { operation: 'DELETE', text: '2030' },
        { operation: 'INSERT', text: '2035' },
      ]);

      declaration = (await read(chair))!;
      expect(paragraph(0).text).toBe(modified);
      // Which amendment produced which change: the drafting team's words stay unattributed.
      const byA = paragraph(0).provenance.filter((segment) => segment.amendmentId === overlapA.id);
      expect(byA.filter((s) => s.operation === 'DELETE').map((s) => s.text)).toEqual(['in', '2030']);
      expect(byA.filter((s) => s.operation === 'INSERT').map((s) => s.text.trim())).toEqual(['im', 'ganzen Land', '2035']);
      expect(paragraph(0).provenance.filter((s) => s.amendmentId === null).map((s) => s.text).join('')).toContain('Die Bündnispartner sichern gemeinsam');
      expect((await amendment(overlapB.id)).state).toBe('NEEDS_NEW_VERSION');
      const rebased = await amendment(disjoint.id);
      expect(rebased).toMatchObject({ state: 'PROPOSED', baseText: modified, text: modified.replace('Die Bündnispartner', 'Alle Bündnispartner') });
      expect(declaration.conflicts).toEqual([]);
    });

    it('needing a new version are revised by their author against the current wording, or withdrawn', async () => {
      const stale = await amendment(overlapB.id);
      const revise = `mutation($input: ReviseAmendmentInput!) { reviseAmendment(input: $input) { ${AMENDMENT} } }`;
      expect(await refused(chair, revise, { input: { id: stale.id, version: stale.version, text: 'X' } })).toEqual({
        code: 'FORBIDDEN',
      });
      const revised = (
        await ok<{ reviseAmendment: Amendment }>(deputy, revise, {
          input: { id: stale.id, version: stale.version, text: paragraph(0).text.replace('im ganzen Land Hessen', 'in allen Regionen Hessens') },
        })
      ).reviseAmendment;
      expect(revised).toMatchObject({ state: 'PROPOSED', baseText: paragraph(0).text });
      const withdrawn = (
        await ok<{ withdrawAmendment: Amendment }>(deputy, `mutation($input: AmendmentStepInput!) { withdrawAmendment(input: $input) { ${AMENDMENT} } }`, {
          input: { id: revised.id, version: revised.version },
        })
      ).withdrawAmendment;
      expect(withdrawn.state).toBe('WITHDRAWN');
    });

    it('all decided, the declaration goes to the final vote', async () => {
      await advance();
      expect(declaration.phase).toBe('DECIDING');
      expect(await refused(chair, ADVANCE, { input: { id: declaration.id, version: declaration.version } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { phase: expect.stringContaining('need a decision') },
      });
      const rebased = await amendment(disjoint.id);
      await ok(secretariat, TAKE_OVER, { input: { id: rebased.id, version: rebased.version } });
      // The insertion is decided by a ballot of the board: chair and deputy vote, the chair closes it.
      const inserted = await amendment(other.id);
      expect(await refused(deputy, BALLOT_AMENDMENT, { input: { id: inserted.id, version: inserted.version } })).toEqual({ code: 'FORBIDDEN' });
      type InBallot = { putAmendmentToBallot: Amendment & { ballot: { id: string; status: string } } };
      // A cancelled ballot decides nothing: the amendment waits for a decision again, at once.
      const cancelledBallot = (await ok<InBallot>(chair, BALLOT_AMENDMENT, { input: { id: inserted.id, version: inserted.version } })).putAmendmentToBallot;
      expect(cancelledBallot.state).toBe('IN_BALLOT');
      await ok(chair, `mutation($id: ID!) { cancelBallot(id: $id) { id } }`, { id: cancelledBallot.ballot.id });
      const returned = (
        await ok<{ amendment: Amendment & { ballot: null | { id: string } } }>(chair, `query($id: ID!) { amendment(id: $id) { ${AMENDMENT} ballot { id } } }`, {
          id: other.id,
        })
      ).amendment;
      expect(returned).toMatchObject({ state: 'PROPOSED', ballot: null });
      expect(returned.version).toBeGreaterThan(cancelledBallot.version);
      expect(await refused(chair, BALLOT_AMENDMENT, { input: { id: other.id, version: cancelledBallot.version } })).toMatchObject({ code: 'CONFLICT' });
      const inBallot = (await ok<InBallot>(chair, BALLOT_AMENDMENT, {
        input: { id: returned.id, version: returned.version, quorumPercent: 10 },
      })).putAmendmentToBallot;
      expect(inBallot).toMatchObject({ state: 'IN_BALLOT', ballot: { status: 'OPEN' } });
      expect(await refused(secretariat, TAKE_OVER, { input: { id: inBallot.id, version: inBallot.version } })).toMatchObject({ code: 'BAD_USER_INPUT' });
      await vote(inBallot.ballot.id, 'YES');
      expect(await amendment(other.id)).toMatchObject({ state: 'ACCEPTED', decision: 'BALLOT' });
      declaration = (await read(chair))!;
      expect(paragraph(0).text).toBe(P1.replace('in Hessen', 'im ganzen Land Hessen').replace('2030', '2035').replace('Die Bündnispartner', 'Alle Bündnispartner'));
      expect(declaration.sections[1]!.paragraphs.map((p) => [p.text, p.insertedBy])).toEqual([
        [P3, null],
        ['Anerkennungsverfahren werden beschleunigt.', other.id],
      ]);
      await advance();
      expect(declaration.phase).toBe('FINAL_VOTE');
      const late = await refused(chair, PROPOSE, {
        input: { declarationId: declaration.id, kind: 'DELETE', paragraphKey: paragraph(1).key, reason: 'Zu spät.' },
      });
      expect(late).toMatchObject({ code: 'BAD_USER_INPUT', fields: { phase: expect.any(String) } });
    });
  });

  describe('adoption and endorsement', () => {
    const ihk = () => organisationId('AG hessischer IHKs');
    const rd = () => organisationId('RD Hessen');

    it('is adopted by the final ballot with its quorum, and readable by the whole alliance', async () => {
      const FINAL = `mutation($input: DeclarationBallotInput!) { startFinalVote(input: $input) { id status subjectType } }`;
      const ballot = (await ok<{ startFinalVote: { id: string; status: string; subjectType: string } }>(chair, FINAL, {
        input: { id: declaration.id, version: declaration.version, quorumPercent: 10 },
      })).startFinalVote;
      expect(ballot).toMatchObject({ status: 'OPEN', subjectType: 'DECLARATION' });
      expect(await refused(chair, FINAL, { input: { id: declaration.id, version: declaration.version } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { phase: expect.stringContaining('already') },
      });
      await vote(ballot.id, 'YES');
      const { declaration: adopted } = await ok<{ declaration: { phase: string; adoptedAt: string | null; finalVoteResult: string | null; finalBallotId: string } }>(
        chair,
        `query($id: ID!) { declaration(id: $id) { phase adoptedAt finalVoteResult finalBallotId } }`,
        { id: declaration.id },
      );
      expect(adopted).toMatchObject({ phase: 'ADOPTED', adoptedAt: expect.any(String), finalVoteResult: expect.any(String), finalBallotId: ballot.id });
      declaration = (await read(chair))!;
    });

    it('is then readable by the whole alliance, not by another', async () => {
      expect((await read(groupMember))!.phase).toBe('ADOPTED');
      expect(await read(otherAlliance)).toBeNull();
    });

    it('is endorsed by representatives only, a reservation with its text', async () => {
      const answer = (client: TestClient, organisation: string, state: string, reservation?: string) =>
        client.graphql<{ endorseDeclaration: unknown }>(ENDORSE, { input: { declarationId: declaration.id, organisationId: organisation, state, reservation } });
      expect(
        (await ok<{ endorsementRequests: Array<{ organisation: { shortName: string } }> }>(groupMember, `query($a: ID!) { endorsementRequests(allianceId: $a) { organisation { shortName } } }`, { a: hessen }))
          .endorsementRequests,
      ).toEqual([{ organisation: { shortName: 'AG hessischer IHKs' } }]);
      expect(await refused(secretariat, ENDORSE, { input: { declarationId: declaration.id, organisationId: await ihk(), state: 'ENDORSED' } })).toEqual({
        code: 'FORBIDDEN',
      });
      expect(await refused(deputy, ENDORSE, { input: { declarationId: declaration.id, organisationId: await rd(), state: 'ENDORSED_WITH_RESERVATION' } })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { reservation: 'Please state the reservation.' },
      });
      const endorsed = await answer(groupMember, await ihk(), 'ENDORSED');
      expect(endorsed.body.errors).toBeUndefined();
      expect(endorsed.body.data?.endorseDeclaration).toMatchObject({ state: 'ENDORSED', reservation: null, organisation: { shortName: 'AG hessischer IHKs' } });
      const reserved = await answer(deputy, await rd(), 'ENDORSED_WITH_RESERVATION', 'Vorbehaltlich der Haushaltsmittel des Bundes.');
      expect(reserved.body.data?.endorseDeclaration).toMatchObject({ state: 'ENDORSED_WITH_RESERVATION', reservation: 'Vorbehaltlich der Haushaltsmittel des Bundes.' });
      expect(await refused(otherAlliance, ENDORSE, { input: { declarationId: declaration.id, organisationId: await ihk(), state: 'ENDORSED' } })).toEqual({
        code: 'NOT_FOUND',
      });
    });

    it('lets the secretariat see who has not answered and remind them by mail', async () => {
      const { declaration: withEndorsements } = await ok<{ declaration: { endorsements: Array<{ state: string; organisation: { shortName: string | null } }> } }>(
        secretariat,
        `query($id: ID!) { declaration(id: $id) { endorsements { state organisation { shortName } } } }`,
        { id: declaration.id },
      );
      expect(withEndorsements.endorsements.filter((e) => e.state === 'PENDING').length).toBeGreaterThan(20);
      expect(await refused(deputy, `mutation($id: ID!) { remindEndorsers(declarationId: $id) { id } }`, { id: declaration.id })).toEqual({ code: 'FORBIDDEN' });
      const { remindEndorsers } = await ok<{ remindEndorsers: Array<{ state: string; remindedAt: string | null }> }>(
        secretariat,
        `mutation($id: ID!) { remindEndorsers(declarationId: $id) { state remindedAt } }`,
        { id: declaration.id },
      );
      expect(remindEndorsers.every((e) => e.state === 'PENDING' && e.remindedAt !== null)).toBe(true);
      const mails = await readOutbox(path.join(app.dataDir, 'outbox'));
      // The chair represents the HMSI, which has not answered; the IHK's representative has.
      expect(mails.some((mail) => mail.to === 'vorsitz@hessen.example.org' && mail.subject.includes('Erinnerung'))).toBe(true);
      expect(mails.some((mail) => mail.to === 'mitglied@hessen.example.org')).toBe(false);
    });
  });
  describe('exports', () => {
    const download = (url: string, client?: TestClient) => fetch(`${app.url}${url}`, { headers: client ? { cookie: client.cookies } : {} });
    const urls = async () =>
      (
        await ok<{ declaration: { pdfUrl: string; docxUrl: string; synopsisPdfUrl: string; synopsisDocxUrl: string } }>(
          groupMember,
          `query($id: ID!) { declaration(id: $id) { pdfUrl docxUrl synopsisPdfUrl synopsisDocxUrl } }`,
          { id: declaration.id },
        )
      ).declaration;
    const pdfText = async (response: Response) =>
      (await extractText(await getDocumentProxy(new Uint8Array(await response.arrayBuffer())), { mergePages: true })).text.replace(/\s+/g, ' ');
    const docxText = async (response: Response) => {
      const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file('word/document.xml')!.async('string');
      return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ').replace(/\s+/g, ' ');
    };
    const adoptedFirst = P1.replace('in Hessen', 'im ganzen Land Hessen').replace('2030', '2035').replace('Die Bündnispartner', 'Alle Bündnispartner');

    it('gives the adopted declaration as PDF with its text and the endorsements with their reservation', async () => {
      const response = await download((await urls()).pdfUrl, groupMember);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(response);
      for (const expected of [
        'Gemeinsame Erklärung zur Fachkräftesicherung',
        'Beschlossen am',
        'Schlussabstimmung',
        adoptedFirst,
        'Anerkennungsverfahren werden beschleunigt.',
        'Mitzeichnungen',
        'Arbeitsgemeinschaft hessischer Industrie- und Handelskammern',
        'mitgezeichnet mit Vorbehalt',
        'Vorbehaltlich der Haushaltsmittel des Bundes.',
      ]) {
        expect(text, expected).toContain(expected);
      }
    });

    it('gives it as DOCX, and in English on request', async () => {
      const response = await download(`${(await urls()).docxUrl}?lang=en`, chair);
      expect(response.status).toBe(200);
      const text = await docxText(response);
      for (const expected of [adoptedFirst, 'Endorsements', 'endorsed with a reservation', 'Vorbehaltlich der Haushaltsmittel des Bundes.', 'Regionaldirektion Hessen der Bundesagentur für Arbeit']) {
        expect(text, expected).toContain(expected);
      }
    });

    it('gives the synopsis paragraph by paragraph: draft, amendments, decision, adopted wording', async () => {
      const text = await pdfText(await download((await urls()).synopsisPdfUrl, chair));
      for (const expected of [P1, 'Ä 1', 'übernommen in geänderter Fassung', 'Ä 2', 'zurückgezogen', 'Ä 4', 'angenommen', adoptedFirst, 'Weil es besser ist.']) {
        expect(text, expected).toContain(expected);
      }
      expect(await docxText(await download((await urls()).synopsisDocxUrl, chair))).toContain('Änderungsanträge');
    });

    it('refuses anonymous visitors and other alliances as if nothing were there', async () => {
      const { pdfUrl } = await urls();
      expect((await download(pdfUrl)).status).toBe(401);
      expect((await download(pdfUrl, otherAlliance)).status).toBe(404);
      expect((await download('/exports/declarations/nicht-da.pdf', chair)).status).toBe(404);
    });
  });
  describe("Hessen's demo declaration", () => {
    it('is the adopted final declaration with the amendments that led there and the partners\' answers', async () => {
      const { declarations } = await ok<{
        declarations: Array<{
          title: string;
          phase: string;
          adoptedAt: string;
          finalVoteResult: string;
          sections: Array<{ paragraphs: Paragraph[] }>;
          amendments: Array<{ number: number; state: string; decision: string | null; author: { displayName: string } }>;
          endorsements: Array<{ state: string; reservation: string | null; organisation: { shortName: string | null } }>;
          revisions: Array<{ number: number; amendmentId: string | null }>;
        }>;
      }>(
        groupMember,
        `query($a: ID!) { declarations(allianceId: $a) { title phase adoptedAt finalVoteResult
          sections { paragraphs { key text deletedBy insertedBy provenance { operation text amendmentId } } }
          amendments { number state decision author { displayName } }
          endorsements { state reservation organisation { shortName } }
          revisions { number amendmentId } } }`,
        { a: hessen },
      );
      const demo = declarations.find((found) => found.title === 'Gemeinsame Erklärung des Neuen Bündnis Fachkräftesicherung Hessen')!;
      expect(demo).toMatchObject({ phase: 'ADOPTED', adoptedAt: expect.stringMatching(/^2023-11-22/), finalVoteResult: expect.stringContaining('Angenommen') });
      const text = demo.sections.flatMap((section) => section.paragraphs.map((p) => p.text)).join(' ');
      expect(text).toContain(
        'Gesamtstrategie aus Bildung, potenzialorientierter Arbeitsmarktpolitik und Internationalisierung sowie attraktiven Arbeitsplätzen mit guten Arbeitsbedingungen zukunftsfähig ausgestattet.',
      );
      expect(text).toContain('ein Ausruhen auf dem in dieser Legislaturperiode Erreichten darf nicht folgen.');
      expect(demo.amendments.map((a) => [a.number, a.state, a.decision])).toEqual([
        [1, 'ACCEPTED', 'TAKEOVER'],
        [2, 'ACCEPTED', 'BALLOT'],
        [3, 'LAPSED', null],
        [4, 'ACCEPTED', 'TAKEOVER'],
        [5, 'REJECTED', 'BALLOT'],
        [6, 'WITHDRAWN', null],
      ]);
      // Three merges after the draft, each a revision, and the text shows which amendment changed what.
      expect(demo.revisions.filter((revision) => revision.amendmentId !== null)).toHaveLength(3);
      const attributed = demo.sections.flatMap((section) => section.paragraphs.flatMap((p) => p.provenance)).filter((segment) => segment.amendmentId !== null);
      expect(new Set(attributed.map((segment) => segment.amendmentId)).size).toBe(3);
      expect(demo.endorsements.find((e) => e.organisation.shortName === 'DGB')).toMatchObject({ state: 'ENDORSED_WITH_RESERVATION', reservation: expect.stringContaining('Tarifbindung') });
      expect(demo.endorsements.filter((e) => e.state === 'PENDING').length).toBeGreaterThan(0);
    });
  });

  it('has a migration that returns amendments left IN_BALLOT by a ballot cancelled before cancelling did so itself', async () => {
    const migration = app.dataSource.migrations.find((m) => m.name === 'AmendmentsOfCancelledBallots1764810000000')!;
    const runner = app.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const [cancelled] = await runner.query(`SELECT id FROM ballot WHERE status = 'CANCELLED' AND subject_type = 'AMENDMENT' LIMIT 1`);
      const [other] = await runner.query(`SELECT id FROM ballot WHERE status <> 'CANCELLED' LIMIT 1`);
      const [stuck, running] = await runner.query(`SELECT id, version FROM amendment ORDER BY id LIMIT 2`);
      await runner.query(`UPDATE amendment SET state = 'IN_BALLOT', ballot_id = $1 WHERE id = $2`, [cancelled.id, stuck.id]);
      await runner.query(`UPDATE amendment SET state = 'IN_BALLOT', ballot_id = $1 WHERE id = $2`, [other.id, running.id]);
      await migration.up(runner);
      const after = await runner.query(`SELECT id, state, ballot_id, version FROM amendment WHERE id = ANY($1) ORDER BY id`, [[stuck.id, running.id]]);
      expect(after[0]).toMatchObject({ state: 'PROPOSED', ballot_id: null, version: stuck.version + 1 });
      expect(after[1]).toMatchObject({ state: 'IN_BALLOT', ballot_id: other.id });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
