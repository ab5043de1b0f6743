/** An export address (PDF, DOCX, …) with the reader's language, so the document speaks it too. */
export function exportUrl(url: string, language: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${encodeURIComponent(language)}`;
}
