import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The product's DATA_DIR: without SMTP_URL its mails land in `${dataDir}/outbox` (support/outbox.ts). */
    dataDir: string;
    /** The product's embedded database, for what a browser cannot do: letting a mailed link expire. */
    databaseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
const BUILD_COMMAND = 'npx vite build -c apps/api/vite.config.ts && npx vite build -c apps/web/vite.config.ts';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`GET ${url}/health did not answer 200 within 120 s:\n${output()}`);
}

/** One address for everything: fail at once, not in every spec, when the client is not served. */
async function expectWebClient(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/alliances/hessen`);
  const body = await response.text();
  if (response.status !== 200 || !body.includes('<div id="root">')) {
    throw new Error(
      `The product does not serve the web client beside the API (GET /alliances/hessen answered ` +
        `${response.status}); it should serve dist/apps/web with index.html for client routes.`,
    );
  }
}

/**
 * Starts the real product once for all specs, as a new user would run it: the built server on
 * the embedded PostgreSQL with the demo data, serving the web client and the API from one port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = join(root, 'dist/apps/api/main.js');
  if (!existsSync(server) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
    throw new Error(`The e2e tests run the built product; build it first: ${BUILD_COMMAND}`);
  }

  await mkdir(join(root, 'tmp'), { recursive: true });
  const dataDir = await mkdtemp(join(root, 'tmp', 'e2e-'));
  // As root, PostgreSQL runs as its own system user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;

  // The user's default: no DATABASE_URL, so the embedded database starts and the demo is seeded.
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const child = spawn(process.execPath, [server], {
    cwd: root,
    env: {
      ...environment,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      // Links in mails lead to this server, as the browser knows it (the session cookie is per host).
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited(child);
      clearTimeout(timeout);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
    await expectWebClient(baseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  // The embedded cluster's password is kept beside it (see libs/api/database/src/embedded.ts).
  const pgPassword = (await readFile(join(dataDir, 'postgres.password'), 'utf8')).trim();
  project.provide('databaseUrl', `postgres://postgres:${encodeURIComponent(pgPassword)}@127.0.0.1:${pgPort}/pakt`);
  return stop;
}
