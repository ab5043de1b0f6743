import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

const committed = path.resolve(import.meta.dirname, '../schema.gql');

describe('apps/api/schema.gql', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  // The web client's types are generated from the committed schema; it must be what the server serves.
  it('is the schema the server emits (refresh with UPDATE_SCHEMA=1 npx vitest run --project api schema)', async () => {
    const emitted = `${printSchema(lexicographicSortSchema(app.nest.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') await writeFile(committed, emitted);
    expect(await readFile(committed, 'utf8')).toBe(emitted);
  });
});
