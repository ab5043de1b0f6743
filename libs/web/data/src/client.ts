import { createClient as createWebSocketClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from 'urql';

export interface GraphqlClientOptions {
  readonly url?: string;
  /** Called when a query is refused because nobody is signed in (any more): the session ended. */
  readonly onSessionLost?: () => void;
}

/**
 * A GraphQL client of the web app. The api serves the client and /graphql from the same origin
 * (in development through Vite's proxy), so the session cookie stays same-origin and no CORS is
 * needed. The app makes a new one whenever the session changes, so no data of another session
 * stays in its cache. Subscriptions go over graphql-ws to the same path; the browser sends the
 * session cookie with the WebSocket handshake, which is how the api knows the subscriber.
 */
export function createGraphqlClient({ url = '/graphql', onSessionLost }: GraphqlClientOptions = {}): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onResult(result) {
          // Only queries: a refused sign-in is an answer to show, not a lost session.
          if (result.operation.kind === 'query' && hasErrorCode(result.error, 'UNAUTHENTICATED')) onSessionLost?.();
        },
      }),
      fetchExchange,
      webSocketSubscriptions(url),
    ],
    fetchOptions: { credentials: 'same-origin' },
    // POST with a JSON body: the api's CSRF protection rejects simple GET requests.
    preferGetMethod: false,
  });
}

/**
 * Subscriptions over graphql-ws. The socket connects lazily, on the first subscription, and
 * closes when the last one ends: a client replaced after a change of session leaves no socket
 * open under the old session.
 */
function webSocketSubscriptions(path: string) {
  let socket: ReturnType<typeof createWebSocketClient> | undefined;
  return subscriptionExchange({
    forwardSubscription(request) {
      socket ??= createWebSocketClient({
        url: () => sameOriginWebSocketUrl(path),
        on: {
          // Events sent while the connection was down are lost: tell the pages to read again.
          connected: (_socket, _payload, wasRetry) => {
            if (wasRetry) window.dispatchEvent(new Event(RECONNECTED));
          },
        },
      });
      const client = socket;
      const input = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          return { unsubscribe: client.subscribe(input, sink) };
        },
      };
    },
  });
}

const RECONNECTED = 'pakt:subscriptions-reconnected';

/**
 * Calls back whenever the subscriptions' socket has connected again after it was lost, so a page
 * can read what it may have missed meanwhile; returns the function that stops listening.
 */
export function onSubscriptionsReconnected(listener: () => void): () => void {
  window.addEventListener(RECONNECTED, listener);
  return () => window.removeEventListener(RECONNECTED, listener);
}

/** ws(s)://<this host><path>: the api serves WebSockets beside /graphql on the page's own origin. */
function sameOriginWebSocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** The codes the api sets in `extensions.code`. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

/** The first GraphQL error of the api with this code, with its extensions; undefined when none. */
export function errorWithCode(
  error: CombinedError | undefined,
  code: ErrorCode,
): { readonly extensions: Readonly<Record<string, unknown>> } | undefined {
  return error?.graphQLErrors.find((graphqlError) => graphqlError.extensions['code'] === code);
}

export function hasErrorCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return errorWithCode(error, code) !== undefined;
}

/** How the api refused a change, in the terms a page acts on. */
export type RefusalOf =
  | { readonly kind: 'invalid'; readonly fields: Readonly<Record<string, string>> }
  | { readonly kind: 'conflict'; readonly current: unknown }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed' };

/**
 * BAD_USER_INPUT with its message per field; CONFLICT (a stale version) with the current state
 * the api sends along; NOT_FOUND or FORBIDDEN as gone; anything else as failed (try again).
 */
export function refusalOf(error: CombinedError): RefusalOf {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    if (typeof fields !== 'object' || fields === null) return { kind: 'invalid', fields: {} };
    return { kind: 'invalid', fields: Object.fromEntries(Object.entries(fields).map(([name, message]) => [name, String(message)])) };
  }
  const conflict = errorWithCode(error, 'CONFLICT');
  if (conflict) return { kind: 'conflict', current: conflict.extensions['current'] ?? null };
  const gone = errorWithCode(error, 'NOT_FOUND') ?? errorWithCode(error, 'FORBIDDEN');
  return gone ? { kind: 'not-found' } : { kind: 'failed' };
}
