import { defineProject } from 'vitest/config';

// One product, one browser at a time: the specs run one after another against the server the
// global setup starts (built beforehand: see support/global-setup.ts).
export default defineProject({
  root: import.meta.dirname,
  test: {
    name: 'e2e',
    include: ['specs/**/*.spec.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
