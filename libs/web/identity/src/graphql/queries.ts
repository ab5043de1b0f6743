import { graphql } from '@pakt/web-data';

/** Who is signed in: the header, the sign-in page and the guarded routes share this one query. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      account {
        id
        email
      }
      people {
        id
        displayName
      }
    }
  }
`);

/** "Meine Gruppen": every current membership of the viewer, in each of their alliances. */
export const MyGroupsQuery = graphql(`
  query MyGroups {
    viewer {
      account {
        id
      }
      people {
        id
        memberships {
          id
          role
          body {
            id
            name
            alliance {
              id
              slug
              name
            }
          }
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);
