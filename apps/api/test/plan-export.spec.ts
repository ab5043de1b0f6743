import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedRecommendation, hessenId } from './access-examples/plan';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// The Bündnisplan as PDF and DOCX over real HTTP: the files are opened and their structure and
// text checked. Same read rules as planVersion: anonymous 401, not readable 404.

const VERSION = 'id version number state pdfUrl docxUrl';
const TITLES = ['Ausbildungsbotschafter an allen Schulen', 'Digitale Weiterbildung im Handwerk'];

describe('exports of the Bündnisplan', () => {
  let app: TestApp;
  let chair: TestClient;
  let deputy: TestClient;
  let member: TestClient;
  let otherAlliance: TestClient;
  let approved: { id: string; number: number; pdfUrl: string; docxUrl: string };
  let draft: { id: string; pdfUrl: string; docxUrl: string };

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>): Promise<T> {
    const { body } = await client.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  type Version = { id: string; version: number; number: number; state: string; pdfUrl: string; docxUrl: string };
  const step = async (client: TestClient, mutation: string, input: Record<string, unknown>, inputType = 'PlanVersionStepInput') =>
    (await ok<Record<string, Version>>(client, `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${VERSION} } }`, { input }))[mutation]!;

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    [chair, deputy, member, otherAlliance] = await Promise.all([
      app.signIn('vorsitz@hessen.example.org'),
      app.signIn('stellvertretung@hessen.example.org'),
      app.signIn('mitglied@hessen.example.org'),
      app.signIn('sekretariat@sachsen-anhalt.example.org'),
    ]);
    const hessen = await hessenId(app);
    await app.dataSource.query(`DELETE FROM plan_version WHERE alliance_id = $1 AND state <> 'APPROVED'`, [hessen]);
    const recommendationIds = [];
    for (const title of TITLES) recommendationIds.push(await approvedRecommendation(app, title));
    const [indicator] = await app.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO indicator (alliance_id, name, unit, version) VALUES ($1, 'Fachkräftelücke Hessen', 'Personen', 1) RETURNING id`,
      [hessen],
    );
    const indicatorId = indicator!.id;
    await app.dataSource.query(
      `INSERT INTO indicator_observation (indicator_id, series, period, value, position)
       VALUES ($1, 'Insgesamt', 2025, 150000, 0), ($1, 'Insgesamt', 2028, 200000, 0), ($1, 'Berufliche Ausbildung', 2028, 135000, 1)`,
      [indicatorId],
    );

    let version = await step(chair, 'startPlanVersion', { allianceId: hessen, title: 'Bündnisplan Hessen' }, 'StartPlanVersionInput');
    version = await step(
      chair,
      'updatePlanVersion',
      {
        id: version.id,
        version: version.version,
        situationAssessment: 'Bis 2028 fehlen in Hessen rund 200.000 Fachkräfte.\n\nBesonders betroffen ist die berufliche Ausbildung.',
        commitments: 'Die Bündnispartner verpflichten sich zur Umsetzung.',
        indicatorIds: [indicatorId],
        recommendationIds,
      },
      'UpdatePlanVersionInput',
    );
    version = await step(chair, 'submitPlanVersion', { id: version.id, version: version.version });
    version = await step(chair, 'signOffPlanVersion', { id: version.id, version: version.version });
    version = await step(deputy, 'signOffPlanVersion', { id: version.id, version: version.version });
    expect(version.state).toBe('APPROVED');
    approved = version;
    draft = await step(chair, 'startPlanVersion', { allianceId: hessen }, 'StartPlanVersionInput');
  });
  afterAll(() => app?.close());

  const download = (path: string, client?: TestClient) => fetch(`${app.url}${path}`, { headers: client ? { cookie: client.cookies } : {} });

  async function pdfText(response: Response): Promise<string> {
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    return text.replace(/\s+/g, ' ');
  }

  async function docxXml(response: Response): Promise<string> {
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const document = zip.file('word/document.xml');
    expect(document, 'word/document.xml').not.toBeNull();
    return document!.async('string');
  }

  /** The text of a DOCX body, paragraph by paragraph. */
  const textOf = (xml: string) =>
    xml
      .split(/<\/w:p>/)
      .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
      .join('\n');

  it('sends the approved version as a PDF with title page, contents, the situation assessment and the recommendations by action field', async () => {
    const response = await download(approved.pdfUrl, member);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Buendnisplan-hessen-v${approved.number}.pdf"`);
    const bytes = Buffer.from(await response.clone().arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(response);
    for (const expected of [
      'Bündnisplan Hessen',
      'Neues Bündnis Fachkräftesicherung Hessen',
      `Version ${approved.number}`,
      'Beschlossen am',
      'Tobias Lindner',
      'Dr. Sabine Kessler',
      'Inhalt',
      'Standortbestimmung',
      'Bis 2028 fehlen in Hessen rund 200.000 Fachkräfte.',
      'Fachkräftelücke Hessen',
      'Handlungsempfehlungen',
      ...TITLES,
      'Fokusgruppe',
      'Selbstverpflichtung',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Entwurf');
  });

  it('sends it as a DOCX whose document.xml has the headings, the recommendations and the chart with its text alternative', async () => {
    const response = await download(approved.docxUrl, chair);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Buendnisplan-hessen-v${approved.number}.docx"`);
    const xml = await docxXml(response);
    const text = textOf(xml);
    for (const expected of ['Bündnisplan Hessen', 'Standortbestimmung', 'Handlungsempfehlungen', ...TITLES, 'Initiativen', 'Selbstverpflichtung']) {
      expect(text, expected).toContain(expected);
    }
    // The chart's values are in its text alternative.
    expect(xml).toMatch(/Insgesamt: 2025: 150\.000, 2028: 200\.000/);
  });

  it('speaks English with lang=en', async () => {
    const text = await pdfText(await download(`${approved.pdfUrl}?lang=en`, member));
    for (const expected of ['Contents', 'Situation assessment', 'Recommendations', 'Commitments', 'Approved on', ...TITLES]) {
      expect(text, expected).toContain(expected);
    }
    expect((await download(`${approved.pdfUrl}?lang=fr`, member)).status).toBe(400);
  });

  it('exports a draft for those who may read drafts, marked as a draft on its title page', async () => {
    const pdf = await download(draft.pdfUrl, chair);
    expect(pdf.status).toBe(200);
    expect(await pdfText(pdf)).toContain('Entwurf');
    const docx = await download(`${draft.docxUrl}?lang=en`, chair);
    expect(docx.status).toBe(200);
    expect(textOf(await docxXml(docx))).toContain('Draft');
  });

  it('exports the demo alliance plan as approved on 12 May 2021, with its forecast and recommendations', async () => {
    const [demo] = await app.dataSource.query<Array<{ id: string; title: string }>>(
      `SELECT v.id, v.title FROM plan_version v JOIN alliance a ON a.id = v.alliance_id WHERE a.slug = 'hessen' AND v.number = 1`,
    );
    expect(demo, 'the demo data brings an approved first version').toBeDefined();
    const text = await pdfText(await download(`/exports/plan-versions/${demo!.id}.pdf`, member));
    expect(text).toContain(demo!.title);
    expect(text).toContain('Beschlossen am 12.05.2021');
    const [recommendation] = await app.dataSource.query<Array<{ title: string }>>(
      `SELECT r.title FROM plan_version_recommendation l JOIN recommendation r ON r.id = l.recommendation_id WHERE l.plan_version_id = $1 ORDER BY l.position LIMIT 1`,
      [demo!.id],
    );
    expect(text).toContain(recommendation!.title);
  });

  it('answers 401 without a session, and 404 for a draft a member may not read, another alliance and an unknown id', async () => {
    expect((await download(approved.pdfUrl)).status).toBe(401);
    expect((await download(approved.docxUrl)).status).toBe(401);
    expect((await download(draft.pdfUrl, member)).status).toBe(404);
    expect((await download(approved.pdfUrl, otherAlliance)).status).toBe(404);
    expect((await download(draft.docxUrl, otherAlliance)).status).toBe(404);
    expect((await download('/exports/plan-versions/00000000-0000-4000-8000-000000000000.pdf', chair)).status).toBe(404);
    expect((await download(`/exports/plan-versions/${approved.id}.txt`, chair)).status).toBe(404);
  });
});
