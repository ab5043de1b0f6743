/** Where the alliance plan's pages live; the one place that knows the routes' shape. */
export const PLAN_ROUTE = 'alliances/:slug/plan';
export const PLAN_VERSION_ROUTE = 'alliances/:slug/plan/versions/:id';
export const PLAN_VERSION_EDIT_ROUTE = 'alliances/:slug/plan/versions/:id/edit';
export const PLAN_COMPARE_ROUTE = 'alliances/:slug/plan/compare';

export function planPath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/plan`;
}

export function planVersionPath(slug: string, id: string): string {
  return `${planPath(slug)}/versions/${encodeURIComponent(id)}`;
}

export function planVersionEditPath(slug: string, id: string): string {
  return `${planVersionPath(slug, id)}/edit`;
}

/** The comparison of two versions; without ids the page asks which two. */
export function planComparePath(slug: string, fromId?: string, toId?: string): string {
  const query = new URLSearchParams();
  if (fromId) query.set('from', fromId);
  if (toId) query.set('to', toId);
  const search = query.toString();
  return `${planPath(slug)}/compare${search ? `?${search}` : ''}`;
}
