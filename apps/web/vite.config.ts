import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The api serves this build and /graphql from one port; in development Vite proxies to it
// (WebSockets too: subscriptions use graphql-ws on /graphql).
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': { target: api, ws: true }, '/health': api },
  },
  preview: {
    host: '127.0.0.1',
    proxy: { '/graphql': { target: api, ws: true }, '/health': api },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
  },
});
