/**
 * Documents for download: a feature describes its document once as a `DocumentModel` (title page, sections with
 * paragraphs, facts, tables and line charts) and gets it as PDF and DOCX, with a table of contents, page numbers,
 * German typography, tagged for screen readers. Send the buffers with `PDF_CONTENT_TYPE` / `DOCX_CONTENT_TYPE`.
 */
export * from './model.ts';
export { renderPdf } from './pdf.ts';
export { renderDocx } from './docx.ts';
