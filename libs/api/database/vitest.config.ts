import { defineConfig } from 'vitest/config';
import { swcDecorators } from '../../../tools/build/swc-decorators.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [swcDecorators()],
  resolve: { tsconfigPaths: true },
  test: {
    name: 'api-database',
    environment: 'node',
    include: ['test/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
