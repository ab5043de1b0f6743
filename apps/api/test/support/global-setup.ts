import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { runMigrations, startDatabase } from '@pakt/api-database';
import { databaseUrlFor, freePort } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL whose user may create databases (the embedded one, or DATABASE_URL's server). */
    pgAdminUrl: string;
    /** A migrated database that each test file clones, so files never see each other's data. */
    pgTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  // A cluster of this run's own, so two runs (an editor's and a terminal's) never share one.
  const dataDir = path.resolve(import.meta.dirname, `../../../../tmp/test-postgres-${process.pid}`);
  const database = await startDatabase(
    {
      url: process.env.DATABASE_URL,
      dataDir,
      embeddedPort: await freePort(),
    },
    { log: () => undefined, warn: console.warn, error: console.error },
  );
  const template = `pakt_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await runMigrations(databaseUrlFor(database.url, template));

  project.provide('pgAdminUrl', database.url);
  project.provide('pgTemplateDatabase', template);

  return async () => {
    const cleanup = new pg.Client({ connectionString: database.url });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await cleanup.end();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
