import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The one GraphQL client of the web app. The api serves the client and /graphql from the same
 * origin (in development through Vite's proxy), so cookies stay same-origin and no CORS is needed.
 */
export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    // POST with a JSON body: the api's CSRF protection rejects simple GET requests.
    preferGetMethod: false,
  });
}
