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

/**
 * Everything the overview page shows, in one round trip. The api's N+1 test runs this same shape,
 * so keep the two in step when a field is added here.
 */
export const AllianceOverviewQuery = graphql(`
  query AllianceOverview($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      description
      state
      constitutedOn
      steeringBoard {
        id
        name
        memberCount
        chair {
          id
          person {
            id
            displayName
          }
          organisation {
            id
            name
          }
        }
        deputyChair {
          id
          person {
            id
            displayName
          }
          organisation {
            id
            name
          }
        }
      }
      bodies {
        id
        name
        kind
        description
        memberCount
        actionFields {
          id
          title
        }
        chair {
          id
          person {
            id
            displayName
          }
          organisation {
            id
            name
          }
        }
      }
      organisations {
        id
        name
        shortName
        kind
      }
      regions {
        id
        kind
      }
    }
  }
`);
