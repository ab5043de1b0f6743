import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedRecommendation } from './access-examples/plan';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// The Bündnisplan over real HTTP on the demo data: the steering board's chair (or the secretariat)
// assembles a version from approved recommendations and indicators, submits it, chair and deputy
// sign it off, and it is frozen and published with its recommendations ADOPTED. What each role
// may see and do, and what is refused without changing anything. Exports: plan-export.spec.ts.

interface ErrorShape {
  code: unknown;
  fields?: Record<string, string>;
  currentVersion?: unknown;
}

interface Version {
  id: string;
  version: number;
  number: number;
  state: string;
  title: string;
  situationAssessment: string;
  initiativesText: string;
  commitments: string;
  submittedAt: string | null;
  approvedAt: string | null;
  indicators: Array<{ id: string; name: string }>;
  recommendations: Array<{ position: number; recommendation: { id: string; title: string; state: string; focusGroup: { name: string } } }>;
  sections: Array<{ actionField: { title: string }; recommendations: Array<{ title: string }> }>;
  signOffs: Array<{ role: string; person: { displayName: string } }>;
  viewerMayEdit: boolean;
  viewerMaySubmit: boolean;
  viewerMayReopen: boolean;
  viewerMaySignOff: boolean;
  pdfUrl: string;
  docxUrl: string;
}

const VERSION_FIELDS = `id version number state title situationAssessment initiativesText commitments submittedAt approvedAt
  indicators { id name }
  recommendations { position recommendation { id title state focusGroup { name } } }
  sections { actionField { title } recommendations { title } }
  signOffs { role person { displayName } }
  viewerMayEdit viewerMaySubmit viewerMayReopen viewerMaySignOff pdfUrl docxUrl`;

const START = `mutation($input: StartPlanVersionInput!) { startPlanVersion(input: $input) { ${VERSION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePlanVersionInput!) { updatePlanVersion(input: $input) { ${VERSION_FIELDS} } }`;
const SUBMIT = `mutation($input: PlanVersionStepInput!) { submitPlanVersion(input: $input) { ${VERSION_FIELDS} } }`;
const REOPEN = `mutation($input: PlanVersionStepInput!) { reopenPlanVersion(input: $input) { ${VERSION_FIELDS} } }`;
const SIGN = `mutation($input: PlanVersionStepInput!) { signOffPlanVersion(input: $input) { ${VERSION_FIELDS} } }`;
const READ = `query($id: ID!) { planVersion(id: $id) { ${VERSION_FIELDS} } }`;

describe('the Bündnisplan', () => {
  let app: TestApp;
  let chair: TestClient;
  let deputy: TestClient;
  let secretariat: TestClient;
  let member: TestClient;
  let observer: TestClient;
  let otherAlliance: TestClient;
  let hessen: string;
  let sachsenAnhalt: string;
  /** Two approved recommendations of Hessen (in different action fields when there are), one still a draft. */
  let approved: Array<{ id: string; title: string }>;
  let draftRecommendation: string;
  let indicators: { hessen: string; other: string };

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    [chair, deputy, secretariat, member, observer, otherAlliance] = await Promise.all([
      app.signIn('vorsitz@hessen.example.org'),
      app.signIn('stellvertretung@hessen.example.org'),
      app.signIn('sekretariat@hessen.example.org'),
      app.signIn('mitglied@hessen.example.org'),
      app.signIn('beobachtung@hessen.example.org'),
      app.signIn('sekretariat@sachsen-anhalt.example.org'),
    ]);
    const rows = await app.dataSource.query<Array<{ slug: string; id: string }>>(`SELECT slug, id FROM alliance`);
    const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
    hessen = bySlug.get('hessen')!;
    sachsenAnhalt = bySlug.get('sachsen-anhalt')!;
    // Demo data may bring a plan of its own: these tests start from a plan without open versions.
    await app.dataSource.query(`DELETE FROM plan_version WHERE alliance_id = $1 AND state <> 'APPROVED'`, [hessen]);

    // Drafted by a member of the Digital focus group, approved by its chair, through the recommendation api.
    const author = await app.signIn('mitglied@hessen.example.org');
    const groupChair = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    const [group] = await app.dataSource.query<Array<{ id: string; action_field_id: string }>>(
      `SELECT b.id, l.action_field_id FROM body b JOIN body_action_field l ON l.body_id = b.id WHERE b.name = $1`,
      ['Fokusgruppe Digitaler Wandel und Handwerk'],
    );
    const transition = `mutation($input: TransitionRecommendationInput!) { transitionRecommendation(input: $input) { id version state } }`;
    approved = [];
    for (const title of ['Ausbildungsbotschafter an allen Schulen', 'Digitale Weiterbildung im Handwerk']) {
      const { createRecommendation: created } = await ok<{ createRecommendation: { id: string; version: number } }>(
        author,
        `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id version } }`,
        {
          input: {
            focusGroupId: group!.id,
            actionFieldId: group!.action_field_id,
            title,
            problem: 'Zu wenige Auszubildende im Handwerk.',
            measure: 'Betriebe und Schulen arbeiten zusammen.',
            addresseeKinds: ['CHAMBER'],
            expectedEffect: 'Mehr Ausbildungsverträge.',
            timeFrame: '2026–2028',
          },
        },
      );
      const { transitionRecommendation: submitted } = await ok<{ transitionRecommendation: { version: number } }>(author, transition, {
        input: { id: created.id, version: created.version, action: 'SUBMIT' },
      });
      const { transitionRecommendation: done } = await ok<{ transitionRecommendation: { state: string } }>(groupChair, transition, {
        input: { id: created.id, version: submitted.version, action: 'APPROVE' },
      });
      expect(done.state).toBe('APPROVED');
      approved.push({ id: created.id, title });
    }
    draftRecommendation = await approvedRecommendation(app, 'Noch ein Entwurf');
    await app.dataSource.query(`UPDATE recommendation SET state = 'DRAFT' WHERE id = $1`, [draftRecommendation]);
    indicators = { hessen: await indicator(hessen, 'Fachkräftelücke Test'), other: await indicator(sachsenAnhalt, 'Fremder Indikator') };
  });
  afterAll(() => app?.close());

  async function indicator(allianceId: string, name: string): Promise<string> {
    const [row] = await app.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO indicator (alliance_id, name, unit, version) VALUES ($1, $2, 'Personen', 1) RETURNING id`,
      [allianceId, name],
    );
    await app.dataSource.query(
      `INSERT INTO indicator_observation (indicator_id, series, period, value, position)
       VALUES ($1, 'Insgesamt', 2025, 150000, 0), ($1, 'Insgesamt', 2028, 200000, 0), ($1, 'Akademisch', 2028, 67000, 1)`,
      [row!.id],
    );
    return row!.id;
  }

  async function ok<T = Record<string, unknown>>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await client.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  async function refused(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<ErrorShape> {
    const { body } = await client.graphql(query, variables);
    expect(body.errors, 'refused').toHaveLength(1);
    const { code, fields, currentVersion } = body.errors![0]!.extensions ?? {};
    return {
      code,
      ...(fields && Object.keys(fields).length > 0 ? { fields: fields as Record<string, string> } : {}),
      ...(currentVersion !== undefined ? { currentVersion } : {}),
    };
  }

  const read = async (client: TestClient, id: string) => (await ok<{ planVersion: Version | null }>(client, READ, { id })).planVersion;
  const stored = async (id: string) =>
    (await app.dataSource.query<Array<{ version: number; state: string; title: string }>>(`SELECT version, state, title FROM plan_version WHERE id = $1`, [id]))[0]!;
  const storedRecommendations = async (id: string) =>
    (
      await app.dataSource.query<Array<{ recommendation_id: string }>>(
        `SELECT recommendation_id FROM plan_version_recommendation WHERE plan_version_id = $1 ORDER BY position`,
        [id],
      )
    ).map((row) => row.recommendation_id);

  let first: Version;

  it('lets the steering board chair start a draft: the plan appears, the version is DRAFT and only they may edit it', async () => {
    const { startPlanVersion } = await ok<{ startPlanVersion: Version }>(chair, START, { input: { allianceId: hessen, title: 'Bündnisplan Hessen 2026' } });
    first = startPlanVersion;
    expect(first).toMatchObject({ state: 'DRAFT', title: 'Bündnisplan Hessen 2026', viewerMayEdit: true, viewerMaySubmit: true, viewerMaySignOff: false });
    expect(first.pdfUrl).toBe(`/exports/plan-versions/${first.id}.pdf`);
    expect(first.docxUrl).toBe(`/exports/plan-versions/${first.id}.docx`);
    const { alliance } = await ok<{ alliance: { plan: { viewerMayAssemble: boolean; versions: Array<{ id: string }> } } }>(
      chair,
      `{ alliance(slug: "hessen") { plan { viewerMayAssemble versions { id } } } }`,
    );
    expect(alliance.plan.viewerMayAssemble).toBe(true);
    expect(alliance.plan.versions.map((version) => version.id)).toContain(first.id);
  });

  it('refuses a second unapproved version while this one is open', async () => {
    expect(await refused(secretariat, START, { input: { allianceId: hessen } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { allianceId: expect.any(String) } });
  });

  it('offers the approved recommendations of the alliance as candidates, not drafts', async () => {
    const { planCandidates } = await ok<{ planCandidates: Array<{ id: string; state: string }> }>(
      chair,
      `query($id: ID!) { planCandidates(allianceId: $id) { id state } }`,
      { id: hessen },
    );
    const ids = planCandidates.map((candidate) => candidate.id);
    expect(ids).toEqual(expect.arrayContaining(approved.map((recommendation) => recommendation.id)));
    expect(ids).not.toContain(draftRecommendation);
    expect(planCandidates.every((candidate) => ['APPROVED', 'ADOPTED'].includes(candidate.state))).toBe(true);
  });

  it('refuses planCandidates to a focus-group chair (not the steering board) and another alliance', async () => {
    const groupChair = await app.signIn('fokusgruppe-vorsitz@hessen.example.org');
    const query = `query($id: ID!) { planCandidates(allianceId: $id) { id } }`;
    expect((await refused(groupChair, query, { id: hessen })).code).toBe('FORBIDDEN');
    expect((await refused(otherAlliance, query, { id: hessen })).code).toBe('NOT_FOUND');
  });

  it('does not submit an empty draft, and names what is missing', async () => {
    await ok(chair, UPDATE, { input: { id: first.id, version: first.version, situationAssessment: '', recommendationIds: [] } });
    const current = await stored(first.id);
    expect(await refused(chair, SUBMIT, { input: { id: first.id, version: current.version } })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        situationAssessment: 'Please write the situation assessment before submitting.',
        recommendationIds: 'Please choose at least one recommendation before submitting.',
      },
    });
    expect((await stored(first.id)).state).toBe('DRAFT');
  });

  it('refuses bad lists per field, naming the ids, and changes nothing', async () => {
    const before = await stored(first.id);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const attempt = (input: Record<string, unknown>) => refused(chair, UPDATE, { input: { id: first.id, version: before.version, title: 'Geändert', ...input } });

    const notApproved = await attempt({ recommendationIds: [approved[0]!.id, draftRecommendation] });
    expect(notApproved.code).toBe('BAD_USER_INPUT');
    expect(notApproved.fields?.recommendationIds).toContain('"Noch ein Entwurf" (DRAFT)');

    const foreign = await attempt({ recommendationIds: [unknown], indicatorIds: [indicators.other] });
    expect(foreign.fields?.recommendationIds).toContain(unknown);
    expect(foreign.fields?.indicatorIds).toContain(indicators.other);

    const twice = await attempt({ recommendationIds: [approved[0]!.id, approved[0]!.id] });
    expect(twice.fields?.recommendationIds).toContain(`Listed more than once: ${approved[0]!.id}`);

    const tooLong = await attempt({ title: 'x'.repeat(201), commitments: 'y'.repeat(50_001) });
    expect(tooLong).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: 'At most 200 characters.', commitments: 'At most 50000 characters.' } });

    expect(await attempt({ title: '  ' })).toMatchObject({ fields: { title: 'Please fill in the title.' } });
    expect(await stored(first.id)).toEqual(before);
    expect(await storedRecommendations(first.id)).toEqual([]);
  });

  it('keeps content, indicators and recommendations in the order given; sections group them by action field', async () => {
    const before = await stored(first.id);
    const { updatePlanVersion } = await ok<{ updatePlanVersion: Version }>(chair, UPDATE, {
      input: {
        id: first.id,
        version: before.version,
        situationAssessment: 'Bis 2028 fehlen in Hessen rund 200.000 Fachkräfte.',
        initiativesText: 'Initiativen folgen.',
        commitments: 'Die Partner verpflichten sich.',
        indicatorIds: [indicators.hessen],
        recommendationIds: [approved[1]!.id, approved[0]!.id],
      },
    });
    expect(updatePlanVersion.version).toBe(before.version + 1);
    expect(updatePlanVersion.recommendations.map((placed) => [placed.position, placed.recommendation.title])).toEqual([
      [1, approved[1]!.title],
      [2, approved[0]!.title],
    ]);
    // Provenance: each recommendation still names the focus group it came from.
    expect(updatePlanVersion.recommendations[0]!.recommendation.focusGroup.name).toMatch(/^Fokusgruppe/);
    expect(updatePlanVersion.indicators.map((shown) => shown.id)).toEqual([indicators.hessen]);
    expect(updatePlanVersion.sections.flatMap((section) => section.recommendations.map((r) => r.title)).sort()).toEqual(
      approved.map((recommendation) => recommendation.title).sort(),
    );
    first = updatePlanVersion;
  });

  it('refuses the stale one of two simultaneous saves with CONFLICT and the current version', async () => {
    const save = (client: TestClient, commitments: string) =>
      client.graphql<{ updatePlanVersion: Version }>(UPDATE, { input: { id: first.id, version: first.version, commitments } });
    const answers = await Promise.all([save(chair, 'Fassung A'), save(secretariat, 'Fassung B')]);
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    const conflict = answers.find((answer) => answer.body.errors)!;
    expect(conflict.body.errors![0]!.extensions?.currentVersion).toBe(first.version + 1);
    const winner = answers.find((answer) => !answer.body.errors)!.body.data!.updatePlanVersion;
    expect((await read(chair, first.id))!.commitments).toBe(winner.commitments);
    first = (await read(chair, first.id))!;
  });

  it('shows a draft to the steering board and the secretariat, and to nobody else', async () => {
    expect((await read(deputy, first.id))?.id).toBe(first.id);
    expect((await read(secretariat, first.id))?.id).toBe(first.id);
    expect(await read(member, first.id)).toBeNull();
    expect(await read(observer, first.id)).toBeNull();
    expect(await read(otherAlliance, first.id)).toBeNull();
    expect(await read(chair, 'kein-Bezeichner')).toBeNull();
    const { alliance } = await ok<{ alliance: { plan: { versions: Array<{ id: string }>; viewerMayAssemble: boolean } } }>(
      member,
      `{ alliance(slug: "hessen") { plan { viewerMayAssemble versions { id } } } }`,
    );
    expect(alliance.plan.versions.map((version) => version.id)).not.toContain(first.id);
    expect(alliance.plan.viewerMayAssemble).toBe(false);
  });

  it('lets neither a member nor the deputy assemble, and hides the version from another alliance', async () => {
    const input = { id: first.id, version: first.version, title: 'Übernommen' };
    expect((await refused(member, UPDATE, { input })).code).toBe('FORBIDDEN');
    expect((await refused(deputy, UPDATE, { input })).code).toBe('FORBIDDEN');
    expect((await refused(otherAlliance, UPDATE, { input })).code).toBe('NOT_FOUND');
    expect((await stored(first.id)).title).toBe(first.title);
  });

  it('submits; then the draft is closed for edits and waits for both signatures', async () => {
    const { submitPlanVersion } = await ok<{ submitPlanVersion: Version }>(chair, SUBMIT, { input: { id: first.id, version: first.version } });
    expect(submitPlanVersion).toMatchObject({ state: 'SUBMITTED', viewerMayEdit: false, viewerMayReopen: true, viewerMaySignOff: true });
    expect(submitPlanVersion.submittedAt).not.toBeNull();
    first = submitPlanVersion;
    expect(await refused(chair, UPDATE, { input: { id: first.id, version: first.version, title: 'Später' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { state: expect.stringContaining('submitted') },
    });
  });

  it('refuses a sign-off by the secretariat and by a member, and a second one by the same person; reopening clears the signatures', async () => {
    expect((await refused(secretariat, SIGN, { input: { id: first.id, version: first.version } })).code).toBe('FORBIDDEN');
    expect((await refused(member, SIGN, { input: { id: first.id, version: first.version } })).code).toBe('FORBIDDEN');

    const { signOffPlanVersion } = await ok<{ signOffPlanVersion: Version }>(chair, SIGN, { input: { id: first.id, version: first.version } });
    expect(signOffPlanVersion.state).toBe('SUBMITTED');
    expect(signOffPlanVersion.signOffs).toEqual([{ role: 'CHAIR', person: { displayName: 'Tobias Lindner' } }]);
    expect(signOffPlanVersion.viewerMaySignOff).toBe(false);
    expect(await refused(chair, SIGN, { input: { id: first.id, version: signOffPlanVersion.version } })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { signOffs: 'You have already signed off this version.' },
    });

    const { reopenPlanVersion } = await ok<{ reopenPlanVersion: Version }>(secretariat, REOPEN, {
      input: { id: first.id, version: signOffPlanVersion.version },
    });
    expect(reopenPlanVersion).toMatchObject({ state: 'DRAFT', signOffs: [], submittedAt: null });
    const resubmitted = await ok<{ submitPlanVersion: Version }>(chair, SUBMIT, { input: { id: first.id, version: reopenPlanVersion.version } });
    first = resubmitted.submitPlanVersion;
    expect(first.signOffs).toEqual([]);
  });

  it('approves once chair and deputy have signed: frozen, published, its recommendations ADOPTED', async () => {
    const byDeputy = (await ok<{ signOffPlanVersion: Version }>(deputy, SIGN, { input: { id: first.id, version: first.version } })).signOffPlanVersion;
    expect(byDeputy.state).toBe('SUBMITTED');
    const byChair = (await ok<{ signOffPlanVersion: Version }>(chair, SIGN, { input: { id: first.id, version: byDeputy.version } })).signOffPlanVersion;
    expect(byChair.state).toBe('APPROVED');
    expect(byChair.approvedAt).not.toBeNull();
    expect(byChair.signOffs.map((signOff) => signOff.role).sort()).toEqual(['CHAIR', 'DEPUTY_CHAIR']);
    expect(byChair.recommendations.map((placed) => placed.recommendation.state)).toEqual(['ADOPTED', 'ADOPTED']);
    const transitions = await app.dataSource.query<Array<{ actor_person_id: string | null; comment: string }>>(
      `SELECT actor_person_id, comment FROM recommendation_transition WHERE recommendation_id = $1 AND action = 'ADOPT'`,
      [approved[0]!.id],
    );
    expect(transitions).toEqual([{ actor_person_id: null, comment: `Bündnisplan, Version ${first.number}` }]);
    const audit = await app.dataSource.query<Array<{ action: string; details: { role?: string; approved?: boolean } }>>(
      `SELECT action, details FROM audit_entry WHERE object_id = $1 AND action = 'planVersion.signedOff' ORDER BY occurred_at`,
      [first.id],
    );
    expect(audit.map((entry) => [entry.details.role, entry.details.approved])).toEqual([
      ['CHAIR', false],
      ['DEPUTY_CHAIR', false],
      ['CHAIR', true],
    ]);
    first = byChair;
  });

  it('publishes the approved version to everyone in the alliance, with its indicators as approved', async () => {
    await app.dataSource.query(`UPDATE indicator SET name = 'Umbenannt nach dem Beschluss' WHERE id = $1`, [indicators.hessen]);
    for (const client of [member, observer]) {
      const shown = await read(client, first.id);
      expect(shown?.state).toBe('APPROVED');
      expect(shown?.indicators.map((frozen) => frozen.name)).toEqual(['Fachkräftelücke Test']);
      expect(shown).toMatchObject({ viewerMayEdit: false, viewerMaySignOff: false, viewerMayReopen: false });
    }
    expect(await read(otherAlliance, first.id)).toBeNull();
    const { alliance } = await ok<{ alliance: { plan: { title: string; currentVersion: { id: string } } } }>(
      member,
      `{ alliance(slug: "hessen") { plan { title currentVersion { id } } } }`,
    );
    expect(alliance.plan).toEqual({ title: first.title, currentVersion: { id: first.id } });
  });

  it('changes nothing of an approved version: no edit, no reopening, no further signature', async () => {
    const input = { id: first.id, version: first.version };
    for (const [client, mutation] of [
      [chair, UPDATE],
      [secretariat, REOPEN],
      [chair, SUBMIT],
      [deputy, SIGN],
    ] as const) {
      const refusal = await refused(client, mutation, { input: mutation === UPDATE ? { ...input, title: 'Nachträglich' } : input });
      expect(refusal.code).toBe('BAD_USER_INPUT');
    }
    expect(await stored(first.id)).toMatchObject({ state: 'APPROVED', version: first.version, title: first.title });
  });

  it('starts the next version with the approved content, and compares the two', async () => {
    const { startPlanVersion: second } = await ok<{ startPlanVersion: Version }>(secretariat, START, { input: { allianceId: hessen } });
    expect(second).toMatchObject({
      number: first.number + 1,
      state: 'DRAFT',
      title: first.title,
      situationAssessment: first.situationAssessment,
      commitments: first.commitments,
    });
    expect(second.recommendations.map((placed) => placed.recommendation.id)).toEqual(first.recommendations.map((placed) => placed.recommendation.id));
    expect(second.indicators.map((shown) => shown.id)).toEqual([indicators.hessen]);

    const third = await approvedRecommendation(app, 'Pflegeausbildung stärken');
    const { updatePlanVersion: changed } = await ok<{ updatePlanVersion: Version }>(chair, UPDATE, {
      input: {
        id: second.id,
        version: second.version,
        situationAssessment: 'Bis 2028 fehlen in Hessen etwa 210.000 Fachkräfte.',
        recommendationIds: [approved[0]!.id, third],
        indicatorIds: [],
      },
    });
    const COMPARE = `query($from: ID!, $to: ID!) { comparePlanVersions(fromId: $from, toId: $to) {
      from { number } to { number } title { operation text } situationAssessment { operation text }
      addedRecommendations { title } removedRecommendations { title } addedIndicators { name } removedIndicators { name } } }`;
    const { comparePlanVersions: diff } = await ok<{
      comparePlanVersions: {
        from: { number: number };
        to: { number: number };
        title: Array<{ operation: string; text: string }>;
        situationAssessment: Array<{ operation: string; text: string }>;
        addedRecommendations: Array<{ title: string }>;
        removedRecommendations: Array<{ title: string }>;
        addedIndicators: Array<{ name: string }>;
        removedIndicators: Array<{ name: string }>;
      };
    }>(chair, COMPARE, { from: first.id, to: changed.id });
    expect(diff.from.number).toBe(first.number);
    expect(diff.to.number).toBe(second.number);
    expect(diff.title).toEqual([{ operation: 'EQUAL', text: first.title }]);
    expect(diff.situationAssessment.filter((segment) => segment.operation !== 'EQUAL')).toEqual([
      { operation: 'DELETE', text: 'rund' },
      { operation: 'INSERT', text: 'etwa' },
      { operation: 'DELETE', text: '200' },
      { operation: 'INSERT', text: '210' },
    ]);
    expect(diff.addedRecommendations).toEqual([{ title: 'Pflegeausbildung stärken' }]);
    expect(diff.removedRecommendations).toEqual([{ title: approved[1]!.title }]);
    expect(diff.addedIndicators).toEqual([]);
    expect(diff.removedIndicators).toEqual([{ name: 'Fachkräftelücke Test' }]);

    // A member cannot compare with a draft they may not read, nor another alliance at all.
    expect((await refused(member, COMPARE, { from: first.id, to: changed.id })).code).toBe('NOT_FOUND');
    expect((await refused(otherAlliance, COMPARE, { from: first.id, to: first.id })).code).toBe('NOT_FOUND');
  });

  it('reads a plan with many versions in a bounded number of statements', async () => {
    const { QueryCounter } = await import('@pakt/api-database');
    const query = `{ alliance(slug: "hessen") { plan { versions { id sections { actionField { title } recommendations { title } }
      recommendations { position recommendation { title } } indicators { name } signOffs { role person { displayName } } viewerMaySignOff } } } }`;
    const { result, sql } = await QueryCounter.count(() => chair.graphql(query));
    expect(result.body.errors).toBeUndefined();
    expect(sql.length).toBeLessThan(25);
  });
});
