import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { generatedDir } from '../codegen';

const root = resolve(import.meta.dirname, '../../..');
let scratch = '';

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function filesIn(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)));
}

// The client's types must always be what the api's schema and the documents say: a change to
// either without re-running codegen fails here. It runs the very command developers run.
it('the committed GraphQL types are what codegen makes from apps/api/schema.gql today', async () => {
  await mkdir(join(root, 'tmp'), { recursive: true });
  scratch = await mkdtemp(join(root, 'tmp', 'codegen-'));
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'apps/web/codegen.ts', '--silent'],
    { cwd: root, env: { ...process.env, PAKT_CODEGEN_OUT: scratch } },
  );

  const fresh = await filesIn(scratch);
  const committed = await filesIn(generatedDir);
  expect([...committed.keys()]).toEqual([...fresh.keys()]);
  for (const [name, content] of fresh) {
    expect(committed.get(name), `${name} is out of date: npx graphql-codegen --config apps/web/codegen.ts`).toBe(content);
  }
});
