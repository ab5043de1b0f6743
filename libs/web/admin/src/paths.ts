/** Where an alliance's administration and its audit log live. */
export const ADMIN_ROUTE = 'alliances/:slug/admin';
export const AUDIT_ROUTE = 'alliances/:slug/admin/audit';

export function adminPath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/admin`;
}

export function auditPath(slug: string): string {
  return `${adminPath(slug)}/audit`;
}
