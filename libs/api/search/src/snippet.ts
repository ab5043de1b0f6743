import type { SnippetPart } from './search.model';

/**
 * What ts_headline puts around a match. Characters of Unicode's private use area: no German text
 * contains them (the texts are stripped of them before highlighting), and they are not HTML.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/**
 * Stands in for "<" while PostgreSQL highlights: its parser takes "<b>" for markup and drops it,
 * but a snippet must show the text as it was written (as text, never as HTML).
 */
export const LESS_THAN_STAND_IN = '\uE002';

/** A highlighted text from ts_headline as plain parts, matches marked; never HTML. */
export function snippetParts(highlighted: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    const text = piece.replaceAll(LESS_THAN_STAND_IN, '<');
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  for (const [index, piece] of highlighted.split(MATCH_START).entries()) {
    // Before the first start marker everything is plain; afterwards each piece is "match END rest".
    if (index === 0) {
      push(piece.replaceAll(MATCH_END, ''), false);
      continue;
    }
    const end = piece.indexOf(MATCH_END);
    if (end === -1) {
      push(piece, true);
    } else {
      push(piece.slice(0, end), true);
      push(piece.slice(end + MATCH_END.length).replaceAll(MATCH_END, ''), false);
    }
  }
  return parts;
}
