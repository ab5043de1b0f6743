import type { CodegenConfig } from '@graphql-codegen/cli';

// The web client's GraphQL types come from the schema the api emits, never by hand.
// Run: npx graphql-codegen --config apps/web/codegen.ts  (a test fails when the output drifts)
export const generatedDir = 'libs/web/data/src/generated/';

export const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    scalars: { LocalDate: 'string' },
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
  },
} satisfies CodegenConfig['generates'][string];

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/*/src/**/*.ts', 'libs/web/*/src/**/*.tsx', '!libs/web/data/src/generated/**'],
  ignoreNoDocuments: false,
  generates: { [generatedDir]: clientPreset },
};

export default config;
