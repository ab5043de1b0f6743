import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import pg from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { seedDemoData } from '@pakt/api-demo';
import { createApp } from '../../src/app';
import { loadEnvironment } from '../../src/config/environment';
import { createRootLogger } from '../../src/logging/logger';
import { databaseUrlFor } from './database-url';

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  body: { data?: TData | null; errors?: GraphQLFormattedError[] };
}

export interface TestApp {
  url: string;
  databaseName: string;
  nest: INestApplication;
  dataSource: DataSource;
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Seed the demo alliances (Hessen, Sachsen-Anhalt) into the fresh database. */
  seed?: boolean;
  /** Extra environment variables, validated like the real ones (e.g. NODE_ENV=production). */
  env?: Record<string, string>;
  /** A logger to read what the app logs (default: silent unless TEST_LOG_LEVEL is set). */
  logger?: Logger;
}

/** Runs SQL as the test server's administrator (create, drop databases). */
export async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The real Nest application on its own fresh, migrated database, listening on a free port of 127.0.0.1. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = `pakt_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${inject('pgTemplateDatabase')}`);
  const databaseUrl = databaseUrlFor(inject('pgAdminUrl'), database);
  const env = loadEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: '/nonexistent',
    ...options.env,
  });
  const nest = await createApp(env, databaseUrl, options.logger ?? createRootLogger(env.LOG_LEVEL));
  const dataSource = nest.get(DataSource);
  if (options.seed) await seedDemoData(dataSource);
  await nest.listen(0, '127.0.0.1');
  const url = (await nest.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    url,
    databaseName: database,
    nest,
    dataSource,
    async graphql<TData>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TData>['body'] };
    },
    async close() {
      await nest.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
