/** A document as the api's features describe it; `renderPdf` and `renderDocx` turn it into files. */
export interface DocumentModel {
  language: DocumentLanguage;
  /** Shown large on the title page, and the file's title in its metadata. */
  title: string;
  /** Shown on the title page under the title, e.g. "Bündnisplan, Version 1". */
  subtitle?: string;
  /** Further lines of the title page, e.g. the alliance's name, the date of approval, the sign-offs. */
  titlePageLines: string[];
  /** Heading of the table of contents: "Inhalt" / "Contents". */
  tableOfContentsTitle: string;
  sections: DocumentSection[];
}

export type DocumentLanguage = 'de' | 'en';

/** A section with its own heading; subsections nest at most three levels deep (deeper ones are drawn as level 3). */
export interface DocumentSection {
  heading: string;
  blocks: DocumentBlock[];
  subsections?: DocumentSection[];
}

/** Plain text; blank lines separate paragraphs, a single line break stays a line break. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/** A list of "label: value" lines. */
export interface FactsBlock {
  kind: 'facts';
  items: { label: string; value: string }[];
}

/** A line chart: one line per series over the categories (e.g. years); null values leave a gap. */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  unit: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** The text alternative: alt text in DOCX, printed under the chart in the PDF. */
  description: string;
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  header: string[];
  rows: string[][];
}

export type DocumentBlock = ParagraphBlock | FactsBlock | ChartBlock | TableBlock;

export const PDF_CONTENT_TYPE = 'application/pdf';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
