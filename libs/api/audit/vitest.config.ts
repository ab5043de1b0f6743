import { defineConfig } from 'vitest/config';

// The pure parts of the audit log; what it records for each mutation is tested against PostgreSQL in apps/api/test/audit.spec.ts.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: { name: 'api-audit', include: ['test/**/*.spec.ts'] },
});
