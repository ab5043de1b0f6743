interface ParagraphLike {
  readonly key: string;
  readonly deletedBy: string | null;
}

/** The paragraphs numbered as people cite them: through the whole text, deleted ones not counted (number null). */
export function numberParagraphs<S extends { readonly paragraphs: readonly ParagraphLike[] }>(
  sections: readonly S[],
): { section: S; paragraphs: { paragraph: S['paragraphs'][number]; number: number | null }[] }[] {
  let next = 1;
  return sections.map((section) => ({
    section,
    paragraphs: section.paragraphs.map((paragraph) => ({ paragraph, number: paragraph.deletedBy === null ? next++ : null })),
  }));
}

/** The number and section of a paragraph by its key; null when it is not (any more) part of the text. */
export function locateParagraph<S extends { readonly paragraphs: readonly ParagraphLike[] }>(
  sections: readonly S[],
  key: string,
): { section: S; paragraph: S['paragraphs'][number]; number: number } | null {
  for (const { section, paragraphs } of numberParagraphs(sections)) {
    for (const { paragraph, number } of paragraphs) {
      if (paragraph.key === key && number !== null) return { section, paragraph, number };
    }
  }
  return null;
}
