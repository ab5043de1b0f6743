import { defineConfig } from 'vitest/config';

// Every project keeps its own vitest.config.ts beside its code; this lists them for one `vitest run`.
export default defineConfig({
  test: {
    projects: ['libs/domain', 'libs/api/*', 'apps/api', 'apps/web', 'tools', 'e2e'],
  },
});
