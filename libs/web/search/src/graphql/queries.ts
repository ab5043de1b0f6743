import { graphql } from '@pakt/web-data';

/** The alliance of the address: its id to search in, its name for the heading. */
export const SearchAllianceQuery = graphql(`
  query SearchAlliance($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
    }
  }
`);

export const SearchHitsQuery = graphql(`
  query SearchHits($allianceId: ID!, $query: String!, $first: Int!, $after: String) {
    search(allianceId: $allianceId, query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          id
          title
          rank
          snippet {
            text
            match
          }
          recommendation {
            id
          }
        }
      }
    }
  }
`);
