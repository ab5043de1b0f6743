import { defineConfig } from 'vitest/config';

// The data checks here need no database and no decorators; seeding itself is tested against
// PostgreSQL in apps/api/test/seed.spec.ts.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: { name: 'api-demo', include: ['test/**/*.spec.ts'] },
});
