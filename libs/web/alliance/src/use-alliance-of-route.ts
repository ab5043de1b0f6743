import { useMatch } from 'react-router';
import { useQuery } from 'urql';
import { AllianceOfRouteQuery } from './graphql/queries';
import { ALLIANCE_ROUTE } from './paths';

export interface AllianceOfRoute {
  readonly slug: string;
  readonly name: string;
  readonly shortName?: string | null;
  readonly viewerPermissions: readonly string[];
}

/**
 * The alliance whose pages are open (any path below /alliances/:slug), with what the viewer may
 * do in it; null elsewhere, while loading, and for an alliance the viewer cannot see.
 */
export function useAllianceOfRoute(): AllianceOfRoute | null {
  const slug = useMatch(`/${ALLIANCE_ROUTE}/*`)?.params.slug;
  const [{ data }] = useQuery({ query: AllianceOfRouteQuery, variables: { slug: slug ?? '' }, pause: slug === undefined });
  return slug !== undefined && data?.alliance ? data.alliance : null;
}
