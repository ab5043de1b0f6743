import type { DocumentModel } from '../src/index.ts';

/** A plan-like document with every kind of block, German special characters and enough text to span pages. */
export const LONG_PARAGRAPH = Array.from(
  { length: 60 },
  (_, i) => `Satz ${i + 1}: Die Fachkräftesicherung in Hessen erfordert gemeinsame Anstrengungen von Kammern, Gewerkschaften und Verwaltung.`,
).join(' ');

export const SHORTAGE_CHART = {
  kind: 'chart',
  title: 'Fachkräfteengpass in Hessen',
  unit: 'Personen',
  categories: ['2022', '2024', '2026', '2028'],
  series: [
    { name: 'Insgesamt', values: [120000, 150000, 180000, 200000] },
    { name: 'Berufliche Ausbildung', values: [80000, 100000, null, 135000] },
    { name: 'Akademisch', values: [40000, 50000, 60000, 67000] },
  ],
  description: 'Bis 2028 fehlen in Hessen rund 200.000 Fachkräfte, davon 135.000 mit beruflicher Ausbildung.',
} as const satisfies DocumentModel['sections'][number]['blocks'][number];

export function sampleDocument(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    language: 'de',
    title: 'Bündnisplan Fachkräftesicherung Hessen',
    subtitle: 'Bündnisplan, Version 1',
    titlePageLines: ['Bündnis für Fachkräfte Hessen', 'Beschlossen am 12.05.2021'],
    tableOfContentsTitle: 'Inhalt',
    sections: [
      {
        heading: 'Standortbestimmung',
        blocks: [
          { kind: 'paragraph', text: 'Die Lage auf dem Arbeitsmarkt: „Fachkräfte“ fehlen – vor allem in Pflege & Handwerk.\n\nKosten: 5 € je Stunde gemäß § 3.' },
          SHORTAGE_CHART,
        ],
        subsections: [
          { heading: 'Ausgangslage im Überblick', blocks: [{ kind: 'paragraph', text: LONG_PARAGRAPH }] },
        ],
      },
      {
        heading: 'Handlungsempfehlungen',
        blocks: [],
        subsections: [
          {
            heading: 'Ausbildung stärken',
            blocks: [],
            subsections: [
              {
                heading: 'Mehr Ausbildungsplätze in Süd- und Nordhessen',
                blocks: [
                  {
                    kind: 'facts',
                    items: [
                      { label: 'Fokusgruppe', value: 'Berufliche Bildung' },
                      { label: 'Zeitrahmen', value: '2025–2027' },
                    ],
                  },
                  { kind: 'paragraph', text: 'Ausbildungsbetriebe erhalten Unterstützung bei der Gewinnung von Auszubildenden.' },
                ],
              },
            ],
          },
          {
            heading: 'Zuwanderung erleichtern',
            blocks: [
              {
                kind: 'table',
                caption: 'Beteiligte Organisationen',
                header: ['Organisation', 'Art', 'Beitrag'],
                rows: [
                  ['IHK Frankfurt', 'Kammer', 'Beratung ausländischer Fachkräfte'],
                  ['DGB Hessen-Thüringen', 'Gewerkschaft', 'Begleitung der Anerkennung'],
                ],
              },
            ],
          },
        ],
      },
      { heading: 'Selbstverpflichtung', blocks: [{ kind: 'paragraph', text: 'Die Partner verpflichten sich zur Umsetzung.' }] },
    ],
    ...overrides,
  };
}
