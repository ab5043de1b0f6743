import { createHash, randomBytes } from 'node:crypto';

/** A link token: what goes into the mail, and the only part the database keeps. */
export interface LinkToken {
  token: string;
  hash: string;
}

// 32 random bytes in base64url are 43 characters; anything else cannot be a token.
const TOKEN_FORM = /^[A-Za-z0-9_-]{43}$/;

export function newLinkToken(): LinkToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** sha256 in hex: a stolen database copy gives no usable link. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isLinkTokenForm(token: string): boolean {
  return TOKEN_FORM.test(token);
}

export const INVALID_LINK = 'The link is invalid, has expired or was already used.';
