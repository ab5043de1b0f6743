import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider as GraphqlProvider, type Client } from 'urql';
import { createGraphqlClient } from '@pakt/web-data';

interface Session {
  /** Starts over with an empty cache: after signing in or out nothing of the last session shows. */
  readonly restart: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Provides the GraphQL client for one session. When the session changes (sign-in, sign-out, or
 * a query refused because the session ended on the server) a new client replaces it, so every
 * page asks again as whoever is signed in now.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(() => sessionClient((next) => setClient(next)));
  const restart = useCallback(() => setClient(sessionClient(setClient)), []);
  const session = useMemo(() => ({ restart }), [restart]);
  return (
    <SessionContext.Provider value={session}>
      <GraphqlProvider value={client}>{children}</GraphqlProvider>
    </SessionContext.Provider>
  );
}

/** A client that hands over to a fresh one when the server says the session is gone. */
function sessionClient(replace: (client: Client) => void): Client {
  return createGraphqlClient({ onSessionLost: () => replace(sessionClient(replace)) });
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}
