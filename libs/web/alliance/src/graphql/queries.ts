import { graphql } from '@pakt/web-data';

export const AlliancesQuery = graphql(`
  query Alliances {
    alliances {
      id
      slug
      name
      state
      constitutedOn
    }
  }
`);

export const AllianceOfRouteQuery = graphql(`
  query AllianceOfRoute($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      shortName
      viewerPermissions
    }
  }
`);

// Generated from alliance-overview.graphql, which the api's N+1 test and the benchmark read as well.
export { AllianceOverviewDocument as AllianceOverviewQuery } from '@pakt/web-data';
