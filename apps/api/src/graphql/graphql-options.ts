import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { IncomingMessage } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import type { Environment } from '../config/environment';
import type { SocketSessions } from './socket-sessions';

/** Codes a client may see as they are; anything else is an internal fault and says no more than that. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (!CLIENT_CODES.has(code)) {
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // Keep the code and per-field details; never a stack trace or the original exception.
  const { stacktrace: _stacktrace, originalError: _originalError, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions: { ...extensions, code } };
}

/** The request of an HTTP operation, or the upgrade request of a subscription's WebSocket (signed in by SocketSessions). */
function requestContext(context: { req?: unknown; res?: unknown; extra?: { request: IncomingMessage } }): { req: unknown; res?: unknown } {
  return context.extra ? { req: context.extra.request } : { req: context.req, res: context.res };
}

export function graphqlOptions(env: Environment, sockets: SocketSessions): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: env.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: env.GRAPHQL_MAX_COST, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: 15, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    // Token limit through graphql-js's own parser option below: armor's version throws inside a
    // plugin hook, which turns every syntax error into a 500.
    maxTokens: { enabled: false },
    // Suggestions ("did you mean …") help developers and attackers alike: only outside production.
    blockFieldSuggestion: { enabled: env.production },
  }).protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !env.production,
    playground: false,
    graphiql: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...armor.plugins],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: 2000 },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: requestContext,
    // Subscriptions over graphql-ws on the same path, signed in with the same session cookie.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (context: { extra: unknown }) => sockets.accept((context.extra as { request: IncomingMessage }).request),
      },
    },
  };
}
