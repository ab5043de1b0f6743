import { createHash } from 'node:crypto';

// Keys whose values never enter the log, at any depth: what would let a reader act as someone.
const SECRET_KEY = /password|token|secret/i;

/**
 * The digest under which the sign-in throttle counts an e-mail (sha256, base64url of the trimmed,
 * lower-cased address): the log can tell attempts on one address apart without storing it.
 */
export function emailDigest(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

// Personal data about people: the log cannot forget, and an anonymised person must be forgotten.
const PERSONAL_NAME_KEY = /^displayName$/;

// Texts longer than this (a recommendation's measure, an imported CSV file) are kept by the
// features themselves, as revisions; an append-only log that copied each autosave would only grow.
export const LONGEST_LOGGED_TEXT = 500;

/**
 * The arguments of a mutation as the log keeps them: secrets removed; e-mail addresses only as
 * their digest (attempts on one address stay recognisable, the address is not stored); names of
 * people left out — the object id says whom a change concerned; long texts only as their length
 * and digest, which still tells whether two changes sent the same text.
 */
export function redactArguments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => redactArguments(item));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && value.length > LONGEST_LOGGED_TEXT) {
    return { characters: value.length, sha256: createHash('sha256').update(value).digest('base64url') };
  }
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_KEY.test(key) || PERSONAL_NAME_KEY.test(key)) continue;
    if (key === 'email' && typeof child === 'string') kept.emailSha256 = emailDigest(child);
    else kept[key] = redactArguments(child);
  }
  return kept;
}
