// What the benchmarks share: starting the built api on an embedded PostgreSQL of its own, and signing in.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const START_TIMEOUT_MS = 180_000;

/** A failure the bench explains in one line, without a stack trace. */
export class BenchError extends Error {}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new BenchError('could not find a free port');
  return address.port;
}

export interface StartedServer {
  url: string;
  /** The embedded database the api runs on, for a bench that prepares data in it directly. */
  databaseUrl: string;
  /** The secret the api signs session cookies with. */
  sessionSecret: string;
  stop: () => Promise<void>;
}

/** Starts the built api on an embedded PostgreSQL in a temporary folder and waits until /health is 200. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<StartedServer> {
  const root = resolve(import.meta.dirname, '../..');
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main)) {
    throw new BenchError(`${main} does not exist: build the api first (npx vite build -c apps/api/vite.config.ts), or pass --url of a running server`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pakt-bench-'));
  // mkdtemp makes it 0700; run as root, PostgreSQL runs as the postgres user and must get in.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const databasePort = await freePort();
  const sessionSecret = randomBytes(32).toString('hex');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: sessionSecret,
    HOST: '127.0.0.1',
    PORT: String(port),
    EMBEDDED_PG_PORT: String(databasePort),
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  // A server in DATABASE_URL would be measured instead of the embedded one and get demo data.
  delete env.DATABASE_URL;
  // BENCH_API_NODE_ARGS passes Node options to the api, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, main], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Interrupted (Ctrl+C, kill), the bench still stops the api and removes its data.
  const interrupted = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new BenchError(`the api exited during start-up (${child.exitCode ?? child.signalCode}):\n${stderr.trim()}`);
    }
    const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (healthy) {
      // The embedded cluster's password is written beside it once initdb succeeded (libs/api/database/src/embedded.ts).
      const password = readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim();
      return { url, databaseUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${databasePort}/pakt`, sessionSecret, stop };
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new BenchError(`the api did not report healthy within ${START_TIMEOUT_MS / 1000} s:\n${stderr.trim()}`);
}

/** Signs in once; returns the session cookie for the requests that follow. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { account { id } } }', variables: { input: { email, password } } }),
  });
  const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  if (answer.errors?.length) {
    throw new BenchError(`sign-in as ${email} failed: ${answer.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ')} (pass --email and --password)`);
  }
  const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  if (cookie === '') throw new BenchError(`sign-in as ${email} set no session cookie`);
  return cookie;
}
