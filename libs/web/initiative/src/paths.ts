/** Where the initiative register's pages live; the one place that knows the routes' shape. */
export const INITIATIVES_ROUTE = 'alliances/:slug/initiatives';
export const NEW_INITIATIVE_ROUTE = 'alliances/:slug/initiatives/new';
export const INITIATIVE_DASHBOARD_ROUTE = 'alliances/:slug/initiatives/dashboard';
export const INITIATIVE_IMPORT_ROUTE = 'alliances/:slug/initiatives/import';
export const PUBLISHED_INITIATIVES_ROUTE = 'alliances/:slug/initiatives/published';
export const INITIATIVE_ROUTE = 'alliances/:slug/initiatives/:id';
export const EDIT_INITIATIVE_ROUTE = 'alliances/:slug/initiatives/:id/edit';
export const NEW_PROGRESS_REPORT_ROUTE = 'alliances/:slug/initiatives/:id/report';

export function initiativesPath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/initiatives`;
}

export function newInitiativePath(slug: string): string {
  return `${initiativesPath(slug)}/new`;
}

export function initiativeDashboardPath(slug: string): string {
  return `${initiativesPath(slug)}/dashboard`;
}

export function initiativeImportPath(slug: string): string {
  return `${initiativesPath(slug)}/import`;
}

export function publishedInitiativesPath(slug: string): string {
  return `${initiativesPath(slug)}/published`;
}

export function initiativePath(slug: string, id: string): string {
  return `${initiativesPath(slug)}/${encodeURIComponent(id)}`;
}

export function editInitiativePath(slug: string, id: string): string {
  return `${initiativePath(slug, id)}/edit`;
}

export function newProgressReportPath(slug: string, id: string): string {
  return `${initiativePath(slug, id)}/report`;
}
