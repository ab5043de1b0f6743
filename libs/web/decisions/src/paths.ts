/** Where ballots live; the one place that knows the routes' shape. */
export const BALLOTS_ROUTE = 'alliances/:slug/ballots';
export const BODY_BALLOTS_ROUTE = 'alliances/:slug/bodies/:bodyId/ballots';
export const NEW_BALLOT_ROUTE = 'alliances/:slug/bodies/:bodyId/ballots/new';
export const BALLOT_ROUTE = 'alliances/:slug/ballots/:id';

/** The alliance's bodies, each leading to its ballots. */
export function ballotsPath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/ballots`;
}

/** A body's ballots: those running now and the history of results. */
export function bodyBallotsPath(slug: string, bodyId: string): string {
  return `/alliances/${encodeURIComponent(slug)}/bodies/${encodeURIComponent(bodyId)}/ballots`;
}

export function newBallotPath(slug: string, bodyId: string): string {
  return `${bodyBallotsPath(slug, bodyId)}/new`;
}

/** One ballot: voting for members, control for the body's chair, deputy and secretariat, the result for all. */
export function ballotPath(slug: string, id: string): string {
  return `/alliances/${encodeURIComponent(slug)}/ballots/${encodeURIComponent(id)}`;
}
