import type { NextFunction, Request, Response } from 'express';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Errors raised before GraphQL sees a request (body too large, malformed JSON) answered in
 * GraphQL's error shape with a code, instead of Express's HTML page with a stack trace.
 */
export function transportErrorHandler(err: BodyParserError, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(err);
  const [status, code, message] =
    err.type === 'entity.too.large'
      ? [413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${err.limit ?? 'the server'} bytes.`]
      : err.type === 'entity.parse.failed'
        ? [400, 'BAD_REQUEST', 'The request body is not valid JSON.']
        : err.type === 'encoding.unsupported' || err.type === 'charset.unsupported'
          ? [415, 'BAD_REQUEST', 'The request body has an unsupported encoding.']
          : [err.status && err.status >= 400 && err.status < 500 ? err.status : 400, 'BAD_REQUEST', 'The request could not be read.'];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
