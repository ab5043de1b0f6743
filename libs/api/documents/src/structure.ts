import { MAX_HEADING_LEVEL } from './layout.ts';
import type { DocumentSection } from './model.ts';

/** A section in reading order with its heading level (1–3), as both the table of contents and the body walk it. */
export interface OutlineEntry {
  section: DocumentSection;
  level: number;
  /** Stable within one document: the PDF's named destinations and the DOCX bookmarks use it. */
  anchor: string;
}

export function outlineOf(sections: DocumentSection[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const walk = (list: DocumentSection[], depth: number) => {
    for (const section of list) {
      entries.push({ section, level: Math.min(depth, MAX_HEADING_LEVEL), anchor: `section-${entries.length + 1}` });
      walk(section.subsections ?? [], depth + 1);
    }
  };
  walk(sections, 1);
  return entries;
}

/** Blank lines separate paragraphs; single line breaks stay inside a paragraph. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
