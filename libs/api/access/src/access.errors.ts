import { GraphQLError } from 'graphql';

/** The codes a client may act on; apps/api lets exactly these through to responses. */
export const CLIENT_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** A GraphQL error whose extensions.code tells the client what happened. */
export abstract class ClientError extends GraphQLError {
  protected constructor(
    message: string,
    readonly code: ClientErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends ClientError {
  constructor(message = 'Please sign in.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends ClientError {
  constructor(message = 'You may not do this.') {
    super(message, 'FORBIDDEN');
  }
}

/** Also what another alliance's objects look like, so their ids reveal nothing. */
export class NotFoundError extends ClientError {
  constructor(message = 'Not found.') {
    super(message, 'NOT_FOUND');
  }
}

/**
 * Per-field messages go to extensions.fields, keyed by the input's field name; `details` adds
 * more a client can show (an import's row-by-row report goes to extensions.rows).
 */
export class BadUserInputError extends ClientError {
  constructor(message: string, fields: Record<string, string> = {}, details: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', { ...details, fields });
  }
}

export class ConflictError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

export class RateLimitedError extends ClientError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 'RATE_LIMITED', { retryAfterSeconds });
  }
}
