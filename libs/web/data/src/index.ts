export {
  createGraphqlClient,
  errorWithCode,
  hasErrorCode,
  onSubscriptionsReconnected,
  type ErrorCode,
  type GraphqlClientOptions,
} from './client';
export { graphql } from './generated/gql';
export type * from './generated/graphql';
// Documents of operations kept in .graphql files (shared with the api's tests and the benchmark).
export { AllianceOverviewDocument } from './generated/graphql';
