import type { Request } from 'express';

/** The caller's IP address (behind the trusted proxy, the one it saw), for throttling. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
