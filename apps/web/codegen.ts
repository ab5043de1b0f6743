import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The web client's GraphQL types come from the schema the api emits, never by hand.
// Run from anywhere: npx graphql-codegen --config apps/web/codegen.ts
// apps/web/test/generated-types.spec.ts runs the same command into a scratch folder
// (PAKT_CODEGEN_OUT) and fails when the committed output has drifted.
const root = resolve(import.meta.dirname, '../..');

export const generatedDir = resolve(root, 'libs/web/data/src/generated');
const outDir = process.env['PAKT_CODEGEN_OUT'] ?? generatedDir;

const config: CodegenConfig = {
  schema: resolve(root, 'apps/api/schema.gql'),
  documents: [resolve(root, 'libs/web/*/src/**/*.{ts,tsx,graphql}'), `!${generatedDir}/**`],
  ignoreNoDocuments: false,
  generates: {
    [`${outDir}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { LocalDate: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
