import { describe, expect, it } from 'vitest';
import { planDocument, type PlanDocumentData } from '../src/export/plan-document';

const data: PlanDocumentData = {
  allianceName: 'Neues Bündnis Fachkräftesicherung Hessen',
  version: {
    number: 3,
    state: 'APPROVED',
    title: 'Bündnisplan Hessen',
    situationAssessment: 'Bis 2028 fehlen rund 200.000 Fachkräfte.\n\nBesonders in der Pflege.',
    initiativesText: '',
    commitments: 'Wir verpflichten uns.',
    submittedAt: new Date('2021-05-01T10:00:00Z'),
    approvedAt: new Date('2021-05-12T10:00:00Z'),
  },
  signOffs: [
    { role: 'CHAIR', name: 'Tobias Lindner', signedAt: new Date('2021-05-11T10:00:00Z') },
    { role: 'DEPUTY_CHAIR', name: 'Dr. Sabine Kessler', signedAt: new Date('2021-05-12T10:00:00Z') },
  ],
  initiatives: [],
  indicators: [
    {
      name: 'Fachkräftelücke',
      unit: 'Personen',
      series: ['Insgesamt', 'Akademisch'],
      observations: [
        { series: 'Insgesamt', period: 2028, value: 200000 },
        { series: 'Insgesamt', period: 2025, value: 150000 },
        { series: 'Akademisch', period: 2028, value: 67000 },
      ],
    },
  ],
  sections: [
    {
      actionField: 'Digitaler Wandel',
      recommendations: [
        {
          title: 'Ausbildungsbotschafter',
          focusGroup: 'Fokusgruppe Digitaler Wandel und Handwerk',
          problem: 'Zu wenige Auszubildende.',
          measure: 'Botschafter an Schulen.',
          expectedEffect: 'Mehr Verträge.',
          timeFrame: '2026–2028',
          costNotes: null,
          addresseeOrganisations: ['IHK Frankfurt'],
          addresseeKinds: ['CHAMBER'],
          approval: { by: 'Dr. Frieder Haas', at: new Date('2021-03-02T10:00:00Z') },
        },
      ],
    },
  ],
};

describe('the exported Bündnisplan', () => {
  it('has a title page naming the alliance, the approval and both signatures', () => {
    const document = planDocument(data, 'de');
    expect(document).toMatchObject({ language: 'de', title: 'Bündnisplan Hessen', subtitle: 'Bündnisplan, Version 3', tableOfContentsTitle: 'Inhalt' });
    expect(document.titlePageLines).toEqual([
      'Neues Bündnis Fachkräftesicherung Hessen',
      'Beschlossen am 12.05.2021',
      'Unterzeichnet von Tobias Lindner (Vorsitz des Dachgremiums) am 11.05.2021',
      'Unterzeichnet von Dr. Sabine Kessler (Stellvertretender Vorsitz des Dachgremiums) am 12.05.2021',
    ]);
  });

  it('marks a draft as such', () => {
    const document = planDocument({ ...data, version: { ...data.version, state: 'SUBMITTED', approvedAt: null }, signOffs: [] }, 'de');
    expect(document.subtitle).toBe('Bündnisplan, Version 3 – Entwurf');
    expect(document.titlePageLines).toEqual([
      'Neues Bündnis Fachkräftesicherung Hessen',
      'Entwurf (zur Unterzeichnung eingereicht)',
      'Eingereicht am 01.05.2021',
    ]);
  });

  it('has the four parts in order: assessment with its charts, recommendations by action field, initiatives, commitments', () => {
    const [assessment, recommendations, initiatives, commitments] = planDocument(data, 'de').sections;
    expect(assessment!.heading).toBe('Standortbestimmung');
    expect(assessment!.blocks.slice(0, 2)).toEqual([
      { kind: 'paragraph', text: 'Bis 2028 fehlen rund 200.000 Fachkräfte.' },
      { kind: 'paragraph', text: 'Besonders in der Pflege.' },
    ]);
    expect(assessment!.blocks[2]).toEqual({
      kind: 'chart',
      title: 'Fachkräftelücke',
      unit: 'Personen',
      categories: ['2025', '2028'],
      series: [
        { name: 'Insgesamt', values: [150000, 200000] },
        { name: 'Akademisch', values: [null, 67000] },
      ],
      description: 'Fachkräftelücke (Personen). Insgesamt: 2025: 150.000, 2028: 200.000; Akademisch: 2028: 67.000',
    });
    expect(recommendations!.heading).toBe('Handlungsempfehlungen');
    const field = recommendations!.subsections![0]!;
    expect(field.heading).toBe('Digitaler Wandel');
    const recommendation = field.subsections![0]!;
    expect(recommendation.heading).toBe('Ausbildungsbotschafter');
    expect(recommendation.blocks[0]).toEqual({
      kind: 'facts',
      items: [
        { label: 'Fokusgruppe', value: 'Fokusgruppe Digitaler Wandel und Handwerk' },
        { label: 'Adressaten', value: 'IHK Frankfurt, Kammern' },
        { label: 'Zeitrahmen', value: '2026–2028' },
        { label: 'Kosten', value: 'keine Angabe' },
        { label: 'Erwartete Wirkung', value: 'Mehr Verträge.' },
        { label: 'Freigegeben', value: 'am 02.03.2021 von Dr. Frieder Haas' },
      ],
    });
    expect(initiatives).toEqual({ heading: 'Initiativen', blocks: [{ kind: 'paragraph', text: 'Noch keine Angaben.' }] });
    expect(commitments).toEqual({ heading: 'Selbstverpflichtung', blocks: [{ kind: 'paragraph', text: 'Wir verpflichten uns.' }] });
  });

  it('speaks English when asked', () => {
    const document = planDocument(data, 'en');
    expect(document.subtitle).toBe('Alliance plan, version 3');
    expect(document.tableOfContentsTitle).toBe('Contents');
    expect(document.sections.map((section) => section.heading)).toEqual(['Situation assessment', 'Recommendations', 'Initiatives', 'Commitments']);
    expect(document.titlePageLines[1]).toBe('Approved on 12/05/2021');
    expect(document.sections[0]!.blocks[2]).toMatchObject({ description: expect.stringContaining('2025: 150,000') });
  });

  it('says so when a version has no recommendations yet', () => {
    const [, recommendations] = planDocument({ ...data, sections: [] }, 'de').sections;
    expect(recommendations).toEqual({
      heading: 'Handlungsempfehlungen',
      blocks: [{ kind: 'paragraph', text: 'Diese Version enthält noch keine Handlungsempfehlungen.' }],
      subsections: [],
    });
  });

  it('fills the initiative section from the register: one part per initiative with its status, lead, partners, period and progress', () => {
    const withInitiatives: PlanDocumentData = {
      ...data,
      initiatives: [
        {
          name: 'WELCOMECENTER Hessen',
          status: 'RUNNING',
          leadOrganisation: 'Hessisches Ministerium für Soziales und Integration',
          partnerOrganisations: ['Regionaldirektion Hessen'],
          actionFields: ['Zuwanderung'],
          startOn: '2019-01-01',
          endOn: null,
          progressPercent: 60,
        },
      ],
    };
    const [, , initiatives] = planDocument(withInitiatives, 'de').sections;
    expect(initiatives).toEqual({
      heading: 'Initiativen',
      blocks: [],
      subsections: [
        {
          heading: 'WELCOMECENTER Hessen',
          blocks: [
            {
              kind: 'facts',
              items: [
                { label: 'Status', value: 'Laufend' },
                { label: 'Federführung', value: 'Hessisches Ministerium für Soziales und Integration' },
                { label: 'Partner', value: 'Regionaldirektion Hessen' },
                { label: 'Handlungsfelder', value: 'Zuwanderung' },
                { label: 'Zeitraum', value: 'seit 01.01.2019' },
                { label: 'Fortschritt', value: '60 %' },
              ],
            },
          ],
        },
      ],
    });
    const [, , english] = planDocument({ ...withInitiatives, version: { ...data.version, initiativesText: 'Our initiatives.' } }, 'en').sections;
    expect(english?.blocks).toEqual([{ kind: 'paragraph', text: 'Our initiatives.' }]);
    expect(english?.subsections?.[0]?.blocks[0]).toMatchObject({ items: expect.arrayContaining([{ label: 'Period', value: 'since 01/01/2019' }]) });
  });
});
