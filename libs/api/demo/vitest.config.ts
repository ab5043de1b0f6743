import { defineConfig } from 'vitest/config';
import { swcDecorators } from '../../../tools/build/swc-decorators.ts';

// The seed's data checks need no database; seeding itself is tested in apps/api/test/seed.spec.ts.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [swcDecorators()],
  resolve: { tsconfigPaths: true },
  test: { name: 'api-demo', include: ['test/**/*.spec.ts'] },
});
