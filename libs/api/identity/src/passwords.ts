import { type Algorithm, hash, verify } from '@node-rs/argon2';

// The package declares Algorithm as a const enum, which isolatedModules cannot read at runtime;
// the type still checks that 2 is Argon2id.
const ARGON2ID: Algorithm.Argon2id = 2;

/** argon2id with the library's default cost (19 MiB, 2 passes: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

// Verified against when the e-mail is unknown or has no password, so such a sign-in costs the
// same time as a wrong password and the response time does not tell which e-mails exist.
let dummyHash: Promise<string> | undefined;

/** True when the password matches the hash; a null hash is checked against a dummy and is never a match. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    await verify(await (dummyHash ??= hashPassword('no account has this password')), password);
    return false;
  }
  return verify(storedHash, password);
}
