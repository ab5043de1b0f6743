import { describe, expect, it } from 'vitest';
import { LONGEST_LOGGED_TEXT, redactArguments } from '../src/redact';

describe('redactArguments', () => {
  it('keeps short texts, drops secrets and names, and digests e-mail addresses', () => {
    expect(redactArguments({ input: { title: 'MINT-Aktionslinie', password: 'geheim', displayName: 'Eva Muster', email: 'A@b.de ' } })).toEqual({
      input: { title: 'MINT-Aktionslinie', emailSha256: expect.stringMatching(/^[\w-]{43}$/) },
    });
  });

  it('keeps a long text only as its length and digest, the same for the same text', () => {
    const csv = 'Reihe;Jahr;Wert\n'.padEnd(LONGEST_LOGGED_TEXT + 1, 'x');
    const logged = redactArguments({ input: { csv, version: 3 } }) as { input: { csv: { characters: number; sha256: string }; version: number } };
    expect(logged.input.version).toBe(3);
    expect(logged.input.csv).toEqual({ characters: LONGEST_LOGGED_TEXT + 1, sha256: expect.any(String) });
    expect(JSON.stringify(logged)).not.toContain('Reihe');
    expect(redactArguments(csv)).toEqual(logged.input.csv);
    expect(redactArguments(`${csv}y`)).not.toEqual(logged.input.csv);
    expect(redactArguments('x'.repeat(LONGEST_LOGGED_TEXT))).toBe('x'.repeat(LONGEST_LOGGED_TEXT));
  });
});
