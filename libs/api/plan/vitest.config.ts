import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { swcDecorators } from '../../../tools/build/swc-decorators.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [swcDecorators()],
  resolve: {
    tsconfigPaths: true,
    // The same graphql instance NestJS loads, so errors and schema objects are of one realm.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: { name: 'api-plan', include: ['test/**/*.spec.ts'] },
});
