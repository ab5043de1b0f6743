import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClientError } from './access.errors';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 404, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** A download's error in the shape of a GraphQL error, so a client reads both alike. */
export function answerDownloadError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Answers a client error of a download: something the caller may not read is answered exactly like
 * something that does not exist (404 NOT_FOUND). Other errors are rethrown.
 */
export function answerDownloadFailure(res: Response, error: unknown): void {
  if (!(error instanceof ClientError)) throw error;
  answerDownloadError(res, STATUS[error.code] ?? 400, error.code === 'FORBIDDEN' ? 'NOT_FOUND' : error.code, error.message);
}

/** Sends an exported file as an attachment that no cache keeps. */
export function sendDownload(res: Response, file: { body: Buffer; contentType: string; fileName: string }): void {
  res
    .status(200)
    .set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Content-Length': String(file.body.length),
      'Cache-Control': 'private, no-store',
    })
    .end(file.body);
}

/**
 * Deny by default for plain HTTP routes such as downloads (the global AccessGuard checks GraphQL
 * operations only): without a signed-in session, 401 before anything is loaded.
 */
@Injectable()
export class SignedInSessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (typeof (req as { user?: { id?: unknown } }).user?.id === 'string') return true;
    answerDownloadError(context.switchToHttp().getResponse<Response>(), 401, 'UNAUTHENTICATED', 'Please sign in.');
    return false;
  }
}
