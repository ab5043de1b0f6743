/** Where an alliance's overview lives; the one place that knows the route's shape. */
export const ALLIANCE_ROUTE = 'alliances/:slug';

export function alliancePath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}`;
}
