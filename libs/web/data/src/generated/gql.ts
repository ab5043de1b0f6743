/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}": typeof types.AllianceOverviewDocument,
    "\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n": typeof types.AlliancesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyGroupsDocument,
};
const documents: Documents = {
    "query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}": types.AllianceOverviewDocument,
    "\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n": types.AlliancesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyGroupsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}"): (typeof documents)["query AllianceOverview($slug: String!) {\n  alliance(slug: $slug) {\n    id\n    slug\n    name\n    description\n    state\n    constitutedOn\n    steeringBoard {\n      id\n      name\n      memberCount\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      deputyChair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    bodies {\n      id\n      name\n      kind\n      description\n      memberCount\n      actionFields {\n        id\n        title\n      }\n      chair {\n        id\n        person {\n          id\n          displayName\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    organisations {\n      id\n      name\n      shortName\n      kind\n    }\n    regions {\n      id\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n"): (typeof documents)["\n  query Alliances {\n    alliances {\n      id\n      slug\n      name\n      state\n      constitutedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      account {\n        id\n        email\n      }\n      people {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroups {\n    viewer {\n      account {\n        id\n      }\n      people {\n        id\n        memberships {\n          id\n          role\n          body {\n            id\n            name\n            alliance {\n              id\n              slug\n              name\n            }\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;