import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/database-url';

// The built program as a user runs it: `node dist/apps/api/main.js` (npm test builds it first).
const main = path.resolve(import.meta.dirname, '../../../dist/apps/api/main.js');
const tmpRoot = path.resolve(import.meta.dirname, '../../../tmp');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  let output = '';
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', SESSION_SECRET: 'process-test-secret-'.padEnd(40, 'x'), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(url: string, running: Running, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`the api exited early:\n${running.output()}`);
    const ok = await fetch(`${url}/health`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the api did not become healthy:\n${running.output()}`);
}

/** Straight from the embedded database: what the program stored, whoever may read it through the api. */
async function allianceNames(dataDir: string, port: string): Promise<string[]> {
  const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
  const client = new pg.Client({ host: '127.0.0.1', port: Number(port), user: 'postgres', password, database: 'pakt' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM alliance ORDER BY name');
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('the api process on its embedded defaults', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    await mkdir(tmpRoot, { recursive: true });
    dataDir = await mkdtemp(path.join(tmpRoot, 'process-'));
    const port = await freePort();
    env = { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), SEED_DEMO_DATA: 'true' };
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses to start on a bad variable, naming it', async () => {
    const running = run({ ...env, PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await running.exited).toBe(78);
    expect(running.output()).toMatch(/PORT \(got "eighty"\)/);
    expect(running.output()).toMatch(/LOG_LEVEL \(got "loud"\)/);
    expect(running.output()).not.toMatch(/ at .*\.js:\d+/);
  });

  // dataDir is a mkdtemp folder (0700): as root, the api must let the postgres system user in by itself.
  it('starts, seeds, stops on SIGTERM, and keeps its data for the next start', async () => {
    const first = run(env);
    await waitForHealth(url, first);
    expect(await allianceNames(dataDir, env.EMBEDDED_PG_PORT!)).toEqual(['Fachkräftesicherungspakt Sachsen-Anhalt', 'Neues Bündnis Fachkräftesicherung Hessen']);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = run(env);
    await waitForHealth(url, second);
    expect(await allianceNames(dataDir, env.EMBEDDED_PG_PORT!)).toHaveLength(2);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('starts again after a hard kill', async () => {
    const first = run(env);
    await waitForHealth(url, first);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = run(env);
    await waitForHealth(url, second);
    expect(await allianceNames(dataDir, env.EMBEDDED_PG_PORT!)).toHaveLength(2);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('seeds nothing when SEED_DEMO_DATA=false', async () => {
    const emptyDir = await mkdtemp(path.join(tmpRoot, 'process-empty-'));
    try {
      const running = run({ ...env, DATA_DIR: emptyDir, SEED_DEMO_DATA: 'false' });
      await waitForHealth(url, running);
      expect(await allianceNames(emptyDir, env.EMBEDDED_PG_PORT!)).toEqual([]);
      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);
    } finally {
      await rm(emptyDir, { recursive: true, force: true });
    }
  }, 120_000);
});
