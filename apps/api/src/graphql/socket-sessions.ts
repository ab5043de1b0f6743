import type { IncomingMessage } from 'node:http';
import type { SocketAuthenticator } from '@pakt/api-identity';

/**
 * Signs in GraphQL subscriptions from the session cookie of their WebSocket upgrade request. Bound
 * late: the session middleware exists once the app is created (createApp hands it over), and
 * sockets connect only after that.
 */
export class SocketSessions {
  private authenticator: SocketAuthenticator | null = null;

  use(authenticator: SocketAuthenticator): void {
    this.authenticator = authenticator;
  }

  /**
   * False for a browser page of another site (a WebSocket is not bound by CORS, and the session
   * cookie would go along); otherwise req.user is set when the session is valid.
   */
  async accept(req: IncomingMessage): Promise<boolean> {
    const origin = req.headers.origin;
    if (origin !== undefined && URL.canParse(origin) && new URL(origin).host !== req.headers.host) return false;
    if (this.authenticator === null) throw new Error('Sessions are not set up yet');
    await this.authenticator(req);
    return true;
  }
}
