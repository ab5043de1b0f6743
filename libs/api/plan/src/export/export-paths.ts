export type ExportFormat = 'pdf' | 'docx';

/** Where a version is downloaded: GET /exports/plan-versions/<id>.<pdf|docx>[?lang=en]. */
export function exportPath(versionId: string, format: ExportFormat): string {
  return `/exports/plan-versions/${versionId}.${format}`;
}
