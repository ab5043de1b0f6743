export {
  createGraphqlClient,
  errorWithCode,
  hasErrorCode,
  onSubscriptionsReconnected,
  refusalOf,
  type ErrorCode,
  type GraphqlClientOptions,
  type RefusalOf,
} from './client';
export { graphql } from './generated/gql';
export type * from './generated/graphql';
// Documents of operations kept in .graphql files (shared with the api's tests and the benchmark).
export { AllianceOverviewDocument } from './generated/graphql';
