import { defineConfig } from 'vite';
import { swcDecorators } from '../../tools/build/swc-decorators.ts';

// The api is bundled as one ESM program for Node; dependencies stay external (ssr build).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [swcDecorators()],
  resolve: { tsconfigPaths: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: '../../dist/apps/api',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: { main: 'src/main.ts', migrate: 'src/migrate.ts' },
      // Flat output: every chunk sits beside main.js, so import.meta.dirname means dist/apps/api everywhere.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
});
