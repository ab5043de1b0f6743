import { type IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import { DataSource, type EntityManager } from 'typeorm';
import { Authentication } from './authentication';
import { type ClosableStore, sessionStore } from './session-store';
import { SESSION_COOKIE } from './session-types';

export interface SessionSettings {
  databaseUrl: string;
  /** Signs the session cookie. */
  secret: string;
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  absoluteHours: number;
}

/** Ends sessions: the caller's own, or every session of an account. */
@Injectable()
export class SessionService implements OnApplicationShutdown {
  private store: ClosableStore | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Destroys this request's session and tells the browser to drop the cookie. */
  async endCurrent(req: Request, res: Response): Promise<void> {
    await new Promise<void>((resolve, reject) => req.session.destroy((error?: unknown) => (error ? reject(error) : resolve())));
    delete req.user;
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /**
   * Deletes every session of the account (found through the session table's index on the account
   * id); with a manager, inside that transaction.
   */
  async endAllOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM "session" WHERE "sess" #>> '{passport,user}' = $1`, [accountId]);
  }

  adopt(store: ClosableStore): void {
    this.store = store;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store?.close();
  }
}

/** Signs in the account of a WebSocket upgrade request from its session cookie (req.user), or leaves it anonymous. */
export type SocketAuthenticator = (req: IncomingMessage) => Promise<void>;

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/** Runs middlewares one after the other, outside express (for WebSocket upgrade requests). */
function runChain(chain: readonly Middleware[], req: Request, res: Response): Promise<void> {
  return chain.reduce<Promise<void>>(
    (previous, middleware) => previous.then(() => new Promise<void>((resolve, reject) => middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve())))),
    Promise.resolve(),
  );
}

/**
 * Server-side sessions for the GraphQL endpoint: express-session on PostgreSQL (connect-pg-simple)
 * with Passport on top. Call in createApp after the body parser, before app.init(). Returns what
 * signs in a GraphQL subscription's WebSocket from the same session cookie.
 */
export function useSessions(app: NestExpressApplication, settings: SessionSettings): SocketAuthenticator {
  const logger = new Logger('Sessions');
  const store = sessionStore(settings.databaseUrl, (message) => logger.error(message));
  const sessions = app.get(SessionService);
  sessions.adopt(store);
  const { passport } = app.get(Authentication);
  const absoluteMs = settings.absoluteHours * 3_600_000;
  /** Past its absolute expiry, or its account was deactivated or deleted. */
  const expired = (req: Request) => {
    const signedInAt = req.session.signedInAt;
    return signedInAt !== undefined && !(req.user && Date.now() - signedInAt < absoluteMs);
  };
  const signIn: Middleware[] = [
    session({
      name: SESSION_COOKIE,
      secret: settings.secret,
      store,
      resave: false,
      saveUninitialized: false, // no cookie and no row for anonymous visitors
      rolling: true, // each request moves the idle expiry (in the database at most once a minute: sessionStore)
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: settings.idleMinutes * 60_000 },
    }),
    passport.initialize() as Middleware,
    passport.session() as Middleware,
  ];

  // Only /graphql and the file exports need a session; static files and /health then cost no session lookup.
  app.use(['/graphql', '/exports'], ...signIn, (req: Request, res: Response, next: NextFunction) => {
    if (!expired(req)) {
      next();
      return;
    }
    sessions.endCurrent(req, res).then(() => next(), next);
  });

  return async (incoming) => {
    const req = incoming as Request;
    await runChain(signIn, req, new ServerResponse(incoming) as unknown as Response);
    if (expired(req)) delete req.user;
  };
}
