import { defineConfig } from 'vitest/config';

// Pure TypeScript: no decorators, so no SWC transform is needed here.
export default defineConfig({
  root: import.meta.dirname,
  test: { name: 'domain', include: ['test/**/*.spec.ts'] },
});
