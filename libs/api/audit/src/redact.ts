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

/**
 * The arguments of a mutation as the log keeps them: secrets removed; e-mail addresses only as
 * their digest (attempts on one address stay recognisable, the address is not stored); names of
 * people left out — the object id says whom a change concerned.
 */
export function redactArguments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => redactArguments(item));
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_KEY.test(key) || PERSONAL_NAME_KEY.test(key)) continue;
    if (key === 'email' && typeof child === 'string') kept.emailSha256 = emailDigest(child);
    else kept[key] = redactArguments(child);
  }
  return kept;
}
