import type { Request, Response } from 'express';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Express and Passport type req.user
  namespace Express {
    /** The signed-in account on req.user: only ever an active one. */
    interface User {
      id: string;
      email: string;
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    /** Date.now() at sign-in: the session ends absoluteHours later, however active it is. */
    signedInAt: number;
  }
}

/** The GraphQL context apps/api builds for each request. */
export interface HttpContext {
  req: Request;
  res: Response;
}

export const SESSION_COOKIE = 'pakt.sid';
