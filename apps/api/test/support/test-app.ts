import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { INestApplication, Type } from '@nestjs/common';
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

/** A visitor with a cookie jar of its own (its session cookie, once signed in). */
export interface TestClient {
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** The cookies this client holds, as a Cookie header value. */
  readonly cookies: string;
}

export interface TestApp {
  url: string;
  databaseName: string;
  /** This app's DATA_DIR (e.g. its mail outbox), removed on close. */
  dataDir: string;
  nest: INestApplication;
  dataSource: DataSource;
  /** An anonymous request (no cookies). */
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** A new visitor that keeps the cookies the api sets. */
  client(): TestClient;
  /** A new visitor signed in through the signIn mutation (demo accounts share the password "pakt-demo"); throws when refused. */
  signIn(email: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Seed the demo alliances (Hessen, Sachsen-Anhalt) into the fresh database. */
  seed?: boolean;
  /** Extra environment variables, validated like the real ones (e.g. NODE_ENV=production). */
  env?: Record<string, string>;
  /** A logger to read what the app logs (default: silent unless TEST_LOG_LEVEL is set). */
  logger?: Logger;
  /** Modules mounted beside the product's, e.g. a resolver that stands for a feature to come. */
  modules?: Type[];
}

/** Signs the session cookies of every test app (support/voters.ts signs sessions it creates itself with it). */
export const TEST_SESSION_SECRET = 'integration-tests-only-secret-0123456789';

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
  const dataDir = path.resolve(import.meta.dirname, '../../../../tmp', database);
  await mkdir(dataDir, { recursive: true });
  const env = loadEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: '/nonexistent',
    DATA_DIR: dataDir,
    SESSION_SECRET: TEST_SESSION_SECRET,
    ...options.env,
  });
  const nest = await createApp(env, databaseUrl, options.logger ?? createRootLogger(env.LOG_LEVEL), options.modules);
  const dataSource = nest.get(DataSource);
  if (options.seed) await seedDemoData(dataSource);
  await nest.listen(0, '127.0.0.1');
  const url = (await nest.getUrl()).replace('[::1]', '127.0.0.1');

  const client = (): TestClient => {
    const jar = new Map<string, string>();
    return {
      get cookies() {
        return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      },
      async graphql<TData>(query: string, variables?: Record<string, unknown>) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(jar.size > 0 ? { cookie: this.cookies } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = '', ...attributes] = line.split(';');
          const [name = '', value = ''] = pair.split('=');
          const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
          if (expired) jar.delete(name.trim());
          else jar.set(name.trim(), value.trim());
        }
        return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TData>['body'] };
      },
    };
  };
  return {
    url,
    databaseName: database,
    dataDir,
    nest,
    dataSource,
    graphql: (query, variables) => client().graphql(query, variables),
    client,
    async signIn(email: string, password = 'pakt-demo') {
      const visitor = client();
      const { body } = await visitor.graphql(
        'mutation SignIn($input: SignInInput!) { signIn(input: $input) { account { id } } }',
        { input: { email, password } },
      );
      if (body.errors) throw new Error(`sign-in of ${email} refused: ${JSON.stringify(body.errors)}`);
      return visitor;
    },
    async close() {
      await nest.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
