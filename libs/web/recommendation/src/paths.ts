/** Where a focus group's recommendations live; the one place that knows the routes' shape. */
export const WORKSPACE_ROUTE = 'alliances/:slug/recommendations';
export const NEW_RECOMMENDATION_ROUTE = 'alliances/:slug/recommendations/new';
export const RECOMMENDATION_ROUTE = 'alliances/:slug/recommendations/:id';
export const RECOMMENDATION_HISTORY_ROUTE = 'alliances/:slug/recommendations/:id/history';
export const REVIEW_QUEUE_ROUTE = 'alliances/:slug/review';

function withGroup(path: string, focusGroupId?: string | null): string {
  return focusGroupId ? `${path}?group=${encodeURIComponent(focusGroupId)}` : path;
}

/** The workspace, optionally narrowed to one focus group. */
export function recommendationsPath(slug: string, focusGroupId?: string | null): string {
  return withGroup(`/alliances/${encodeURIComponent(slug)}/recommendations`, focusGroupId);
}

export function newRecommendationPath(slug: string, focusGroupId?: string | null): string {
  return withGroup(`/alliances/${encodeURIComponent(slug)}/recommendations/new`, focusGroupId);
}

export function recommendationPath(slug: string, id: string): string {
  return `/alliances/${encodeURIComponent(slug)}/recommendations/${encodeURIComponent(id)}`;
}

export function recommendationHistoryPath(slug: string, id: string): string {
  return `${recommendationPath(slug, id)}/history`;
}

export function reviewQueuePath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/review`;
}
