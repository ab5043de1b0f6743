export type DeclarationExportFormat = 'pdf' | 'docx';
export type DeclarationExportDocument = 'declaration' | 'synopsis';

/**
 * Where a declaration is downloaded: GET /exports/declarations/<id>.<pdf|docx> (the adopted text with
 * its endorsements) or /exports/declarations/<id>.synopsis.<pdf|docx>; ?lang=en for English.
 */
export function exportPath(declarationId: string, format: DeclarationExportFormat, document: DeclarationExportDocument = 'declaration'): string {
  return `/exports/declarations/${declarationId}${document === 'synopsis' ? '.synopsis' : ''}.${format}`;
}
