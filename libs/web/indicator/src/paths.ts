/** Where an alliance's indicators live. */
export const INDICATORS_ROUTE = 'alliances/:slug/indicators';
export const INDICATOR_ROUTE = 'alliances/:slug/indicators/:id';

export function indicatorsPath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/indicators`;
}

export function indicatorPath(slug: string, id: string): string {
  return `${indicatorsPath(slug)}/${encodeURIComponent(id)}`;
}
