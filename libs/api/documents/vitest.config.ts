import { defineConfig } from 'vitest/config';

// The renderers need no database and no decorators: the tests open the generated files and read them back.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: { name: 'api-documents', include: ['test/**/*.spec.ts'] },
});
