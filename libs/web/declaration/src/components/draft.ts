/**
 * The drafting editor's values: title, preamble and sections, each section's paragraphs as one
 * text with blank lines between them. Paragraphs keep their keys by position, so a paragraph that
 * is only reworded stays the same paragraph (amendments and history refer to it by its key).
 */
export interface DraftSection {
  readonly key: string | null;
  readonly heading: string;
  readonly text: string;
  /** The keys of the section's paragraphs as loaded, in order. */
  readonly paragraphKeys: readonly string[];
}

export interface Draft {
  /** The stored version the edit started from (optimistic locking). */
  readonly version: number;
  readonly title: string;
  readonly preamble: string;
  readonly sections: readonly DraftSection[];
}

export interface StoredDeclarationText {
  readonly version: number;
  readonly title: string;
  readonly preamble: string;
  readonly sections: readonly {
    readonly key: string;
    readonly heading: string;
    readonly paragraphs: readonly { readonly key: string; readonly text: string; readonly deletedBy?: string | null }[];
  }[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function draftOf(stored: StoredDeclarationText): Draft {
  return {
    version: stored.version,
    title: stored.title,
    preamble: stored.preamble,
    sections: stored.sections.map((section) => {
      // A draft is edited as it reads: paragraphs deleted by an amendment are not part of it.
      const paragraphs = section.paragraphs.filter((paragraph) => !paragraph.deletedBy);
      return {
        key: section.key,
        heading: section.heading,
        text: paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_SEPARATOR),
        paragraphKeys: paragraphs.map((paragraph) => paragraph.key),
      };
    }),
  };
}

/** The stored text the api sends along with a refused (stale) save, when it has that shape. */
export function storedTextOf(value: unknown): StoredDeclarationText | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<StoredDeclarationText>;
  if (typeof candidate.version !== 'number' || typeof candidate.title !== 'string' || !Array.isArray(candidate.sections)) return null;
  return { version: candidate.version, title: candidate.title, preamble: candidate.preamble ?? '', sections: candidate.sections };
}

/** The paragraphs of a section's text: split at blank lines, trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * After a refused save, the person keeps what they typed on top of the stored revision: saving
 * again refers to its version, and sections and paragraphs keep the stored keys by position.
 */
export function rebaseDraft(mine: Draft, stored: Draft): Draft {
  return {
    ...mine,
    version: stored.version,
    sections: mine.sections.map((section, index) => {
      const counterpart = stored.sections[index];
      return counterpart ? { ...section, key: counterpart.key, paragraphKeys: counterpart.paragraphKeys } : section;
    }),
  };
}

/** What is saved: every section with its paragraphs, keys kept by position, new ones without. */
export function revisionOf(draft: Draft) {
  return {
    version: draft.version,
    title: draft.title,
    preamble: draft.preamble,
    sections: draft.sections.map((section) => ({
      key: section.key,
      heading: section.heading,
      paragraphs: paragraphsOf(section.text).map((text, index) => ({ key: section.paragraphKeys[index] ?? null, text })),
    })),
  };
}

export function emptySection(): DraftSection {
  return { key: null, heading: '', text: '', paragraphKeys: [] };
}
