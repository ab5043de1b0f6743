import 'reflect-metadata';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import pg from 'pg';
import { Column, DataSource, Entity, type MigrationInterface, PrimaryGeneratedColumn, type QueryRunner, type Repository } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseLog, DatabaseModule, QueryCounter, type RunningDatabase, runMigrations, startDatabase } from '../src';
import { migrations } from '../src/migrations';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const holdDatabase = path.join(import.meta.dirname, 'fixtures/hold-database.ts');

let base: string;
const running: RunningDatabase[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  await mkdir(path.join(repoRoot, 'tmp'), { recursive: true });
  base = await mkdtemp(path.join(repoRoot, 'tmp', 'api-database-'));
  await chmod(base, 0o755); // mkdtemp makes it 0700; as root, postgres runs as the postgres user and must get in
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await Promise.all(running.splice(0).map((database) => database.stop()));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function recorder(): { lines: string[]; log: DatabaseLog } {
  const lines: string[] = [];
  return {
    lines,
    log: {
      debug: () => undefined,
      log: (message) => lines.push(message),
      warn: (message) => lines.push(`warn: ${message}`),
      error: (message) => lines.push(`error: ${message}`),
    },
  };
}

async function start(dataDir: string, port: number, log: DatabaseLog = recorder().log): Promise<RunningDatabase> {
  const database = await startDatabase({ dataDir, embeddedPort: port }, log);
  running.push(database);
  return database;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function listen(port = 0): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, resolve);
  });
  return server;
}

async function freePort(): Promise<number> {
  const server = await listen();
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

function systemId(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
}

/** A zombie counts as gone: an orphan's new parent (pid 1 in some containers) may never collect it. */
function isRunning(pid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('startDatabase with the embedded PostgreSQL', () => {
  it('keeps the data across a stop and a start, behind a password only this user can read', async () => {
    const dir = path.join(base, 'restart');
    const port = await freePort();
    const first = await start(dir, port);
    expect(first.embedded).toBe(true);
    expect(first.url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${port}/pakt$`));
    await query(first.url, "CREATE TABLE visit (who text); INSERT INTO visit VALUES ('Hessen')");
    await expect(query(first.url.replace(/:[^:@]+@/, '@'), 'SELECT 1')).rejects.toThrow(/password/);

    await first.stop();
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
    expect((await stat(path.join(dir, 'postgres.password'))).mode & 0o777).toBe(0o600);

    const second = await start(dir, port);
    expect(second.url).toBe(first.url);
    expect(await query(second.url, 'SELECT who FROM visit')).toEqual([{ who: 'Hessen' }]);
  });

  it('takes over the data after the node process that ran it was killed with SIGKILL', async () => {
    const dir = path.join(base, 'killed');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', holdDatabase, dir, String(port)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const [line] = (await Promise.race([
      once(createInterface({ input: child.stdout }), 'line'),
      once(child, 'exit').then(() => Promise.reject(new Error('the child process ended before its database was up'))),
    ])) as [string];
    const { url } = JSON.parse(line) as { url: string };
    await query(url, "CREATE TABLE visit (who text); INSERT INTO visit VALUES ('Sachsen-Anhalt')");

    // While its node process lives, the cluster is not ours to take.
    await expect(start(dir, port)).rejects.toThrow(/in use by another running Pakt process/);

    child.kill('SIGKILL');
    await once(child, 'exit');
    const orphan = await postmasterPid(dir);
    expect(isRunning(orphan)).toBe(true); // postgres outlived its parent: the case to handle

    const { lines, log } = recorder();
    const database = await start(dir, port, log);
    expect(lines).toContainEqual(expect.stringMatching(/^warn: Stopping an orphaned embedded PostgreSQL/));
    expect(isRunning(orphan)).toBe(false);
    expect(await query(database.url, 'SELECT who FROM visit')).toEqual([{ who: 'Sachsen-Anhalt' }]);
  });

  it('removes a stale postmaster.pid, also when its pid now belongs to another process', async () => {
    const dir = path.join(base, 'stale');
    const port = await freePort();
    const first = await start(dir, port);
    const lockFile = path.join(dir, 'postgres', 'postmaster.pid');
    const lock = await readFile(lockFile, 'utf8');
    await first.stop();

    const exited = spawn(process.execPath, ['-e', '']);
    await once(exited, 'exit');
    // After a reboot the pid may belong to another process of the user postgres runs as: postgres
    // itself then refuses to start ("Is another postmaster running?").
    const asPostgresUser = process.getuid?.() === 0 ? { uid: systemId('-u'), gid: systemId('-g') } : {};
    const unrelated = spawn('sleep', ['60'], asPostgresUser);
    children.push(unrelated);
    for (const pid of [exited.pid, unrelated.pid]) {
      await writeFile(lockFile, lock.replace(/^\d+/, String(pid)));
      const { lines, log } = recorder();
      const database = await start(dir, port, log);
      expect(lines).toContainEqual(expect.stringMatching(/^warn: Removed a stale postmaster\.pid/));
      expect(await query(database.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
      await database.stop();
    }
  });

  it('stops cleanly when postgres already got the SIGINT of a Ctrl+C in the terminal', async () => {
    const dir = path.join(base, 'ctrl-c');
    const database = await start(dir, await freePort());
    const pid = await postmasterPid(dir);
    process.kill(pid, 'SIGINT'); // the terminal signals the whole foreground process group
    await expect.poll(() => isRunning(pid)).toBe(false);
    await expect(Promise.race([database.stop(), sleep(5_000).then(() => 'still waiting')])).resolves.toBeUndefined();
    expect(existsSync(path.join(dir, 'postgres.owner'))).toBe(false);
  });

  it('refuses a port another program holds, naming EMBEDDED_PG_PORT', async () => {
    const server = await listen();
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      await expect(start(path.join(base, 'port-taken'), port)).rejects.toThrow(`EMBEDDED_PG_PORT ${port} is already in use`);
    } finally {
      server.close();
    }
  });

  it('uses DATABASE_URL as it is and starts nothing', async () => {
    const url = process.env['DATABASE_URL'] ?? 'postgres://pakt@db.example.invalid:5432/pakt';
    const dir = path.join(base, 'external');
    const port = await freePort();
    const database = await startDatabase({ url, dataDir: dir, embeddedPort: port }, recorder().log);
    expect(database).toMatchObject({ url, embedded: false });
    expect(existsSync(dir)).toBe(false);
    (await listen(port)).close(); // nothing took the embedded port
    await database.stop();
  });
});

class CreateNote1767225600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "note" ("id" SERIAL NOT NULL, "text" character varying NOT NULL, CONSTRAINT "PK_96d0c172a4fba276b1bbed43058" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "note"');
  }
}

@Entity()
class Note {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  text!: string;
}

describe('migrations and the app DataSource', () => {
  let cluster: RunningDatabase;
  beforeAll(async () => {
    cluster = await startDatabase({ dataDir: path.join(base, 'migrations'), embeddedPort: await freePort() }, recorder().log);
  });
  afterAll(async () => {
    await cluster.stop();
  });

  async function freshDatabase(name: string): Promise<string> {
    await query(cluster.url, `CREATE DATABASE ${name}`);
    return cluster.url.replace(/\/pakt$/, `/${name}`);
  }

  it('applies pending migrations once, also when two processes migrate at the same time', async () => {
    const url = await freshDatabase('concurrent');
    const applied = await Promise.all([runMigrations(url, [CreateNote1767225600000]), runMigrations(url, [CreateNote1767225600000])]);
    expect(applied.flat()).toEqual(['CreateNote1767225600000']);
    expect(await runMigrations(url, [CreateNote1767225600000])).toEqual([]);
    expect(await query(url, 'SELECT count(*)::int AS notes FROM note')).toEqual([{ notes: 0 }]);
  });

  it('applies the committed migrations to an empty database, then nothing', async () => {
    const url = await freshDatabase('committed');
    expect(await runMigrations(url)).toHaveLength(migrations.length);
    expect(await runMigrations(url)).toEqual([]);
  });

  it('leaves the schema to the migrations and counts every statement the app sends', async () => {
    const url = await freshDatabase('app');
    @Module({ imports: [DatabaseModule.forRoot(url), TypeOrmModule.forFeature([Note])] })
    class NotesApp {}
    const app = await NestFactory.createApplicationContext(NotesApp, { logger: false });
    try {
      const notes = app.get<Repository<Note>>(getRepositoryToken(Note));
      const dataSource = app.get(DataSource);
      await expect(notes.count()).rejects.toThrow(/relation "note" does not exist/); // never synchronize
      expect(dataSource.migrations).toHaveLength(migrations.length);

      await runMigrations(url, [CreateNote1767225600000]);
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]); // entity and migration agree
      await notes.save([{ text: 'Lenkungskreis' }, { text: 'Fokusgruppe 1' }, { text: 'Fokusgruppe 2' }]);

      const all = await QueryCounter.count(() => notes.find());
      expect(all.result).toHaveLength(3);
      expect(all.statements).toBe(1);
      const oneByOne = await QueryCounter.count(() => Promise.all(all.result.map(({ id }) => notes.findOneBy({ id }))));
      expect(oneByOne.statements).toBe(3);
      expect(oneByOne.sql.every((sql) => sql.includes('FROM "note"'))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
