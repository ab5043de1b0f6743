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

/** What a mailed invitation link is about; null when the link is unknown, expired or used. */
export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      displayName
      allianceName
      bodyName
      role
      expiresAt
      hasAccount
    }
  }
`);

/** Everything stored about the viewer, as the JSON document the api puts together. */
export const MyPersonalDataQuery = graphql(`
  query MyPersonalData {
    myPersonalData
  }
`);
