export { createGraphqlClient } from './client';
export { graphql } from './generated/gql';
export type * from './generated/graphql';
