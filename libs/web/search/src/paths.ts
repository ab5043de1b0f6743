/** Where an alliance's search lives; the one place that knows the route's shape. */
export const SEARCH_ROUTE = 'alliances/:slug/search';

/** The search page, with the query in the address (?q=) so a search can be shared and reloaded. */
export function searchPath(slug: string, query?: string | null): string {
  const path = `/alliances/${encodeURIComponent(slug)}/search`;
  return query ? `${path}?${new URLSearchParams({ q: query }).toString()}` : path;
}
