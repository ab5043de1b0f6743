import { describe, expect, it } from 'vitest';
import { EnvironmentError, loadEnvironment } from '../src/config/environment';

function problemsOf(source: Record<string, string>): string[] {
  try {
    loadEnvironment(source);
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('starts on the embedded defaults with demo data when nothing is set', () => {
    const env = loadEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.seedDemoData).toBe(true);
    expect(env.production).toBe(false);
  });

  it('reads and converts the values it is given', () => {
    const env = loadEnvironment({
      PORT: '8080',
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://pakt:secret@db:5432/pakt',
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'a'.repeat(40),
    });
    expect(env.PORT).toBe(8080);
    expect(env.production).toBe(true);
    expect(env.seedDemoData).toBe(true);
    expect(env.LOG_LEVEL).toBe('warn');
  });

  it('does not seed an external database unless asked to', () => {
    expect(loadEnvironment({ DATABASE_URL: 'postgres://db/pakt' }).seedDemoData).toBe(false);
    expect(loadEnvironment({ SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
  });

  it('names each bad variable and what it expects', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://db/pakt', SEED_DEMO_DATA: 'yes', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith('PORT'))).toMatch(/PORT \(got "eighty"\): .*TCP port/);
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/PostgreSQL URL/);
    expect(problems.find((p) => p.startsWith('SEED_DEMO_DATA'))).toMatch(/true or false/);
    expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toMatch(/one of fatal, error/);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT .*between 0 and 65535/);
  });

  it('requires a session secret in production, and a long one wherever it is given', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^SESSION_SECRET: must be set in production/)]);
    expect(problemsOf({ SESSION_SECRET: 'short' })).toEqual([expect.stringMatching(/^SESSION_SECRET .*at least 32 characters/)]);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) })).toEqual([]);
  });

  it('builds links from PUBLIC_URL, or from the local port', () => {
    expect(loadEnvironment({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadEnvironment({ PUBLIC_URL: 'https://pakt.example.org/' }).publicUrl).toBe('https://pakt.example.org');
    expect(problemsOf({ PUBLIC_URL: 'pakt.example.org', SMTP_URL: 'http://mail' })).toEqual([
      expect.stringMatching(/^SMTP_URL .*SMTP URL/),
      expect.stringMatching(/^PUBLIC_URL .*http\(s\) address/),
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadEnvironment({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });
});
