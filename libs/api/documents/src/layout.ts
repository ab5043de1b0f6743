import type { DocumentLanguage } from './model.ts';

/** Page geometry, type sizes and colours shared by the PDF and DOCX writers, so both files look alike. */

/** A4 in PDF points (1/72 inch). */
export const PAGE = { width: 595.28, height: 841.89, margin: 64, footerOffset: 36 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Font sizes in points. */
export const TYPE = {
  title: 26,
  subtitle: 16,
  titlePageLine: 12,
  headings: [18, 14, 12],
  body: 11,
  table: 9.5,
  caption: 9,
  footer: 9,
  tableOfContents: 11,
} as const;

/** The deepest heading level a document shows; deeper sections are drawn at this level. */
export const MAX_HEADING_LEVEL = 3;

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#999999',
  grid: '#dddddd',
  tableHeader: '#e8e8e8',
} as const;

/**
 * Chart lines: the Okabe–Ito palette, which stays distinguishable for colour-blind readers, each with its own dash
 * pattern so the series can be told apart in greyscale print, too.
 */
export const SERIES_STYLES = [
  { colour: '#0072B2', dash: '' },
  { colour: '#D55E00', dash: '8 4' },
  { colour: '#009E73', dash: '2 4' },
  { colour: '#CC79A7', dash: '10 4 2 4' },
  { colour: '#E69F00', dash: '4 4' },
  { colour: '#56B4E9', dash: '12 3' },
  { colour: '#000000', dash: '1 3' },
] as const;

/** Chart drawing size in SVG pixels; both writers scale it to the text width. */
export const CHART = { width: 640, height: 360, fontFamily: 'DejaVu Sans' } as const;

/** The chart PNG embedded in DOCX: twice the SVG size for sharp print, shown 16 cm wide. */
export const CHART_PNG_SCALE = 2;
export const DOCX_CHART_WIDTH_PX = 605;

export const LOCALES: Record<DocumentLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/** The few words the writers add themselves; everything else comes from the document model. */
export const LABELS: Record<DocumentLanguage, { page: string; of: string; noData: string }> = {
  de: { page: 'Seite', of: 'von', noData: 'Keine Werte' },
  en: { page: 'Page', of: 'of', noData: 'No values' },
};
