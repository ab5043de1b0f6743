import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { swcDecorators } from '../../tools/build/swc-decorators.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [swcDecorators()],
  resolve: {
    tsconfigPaths: true,
    // Node resolves the dependencies (NestJS, Apollo) to graphql's CommonJS build; sources and tests
    // must use that same instance, or schema objects are "from another realm".
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    name: 'api',
    environment: 'node',
    include: ['test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
