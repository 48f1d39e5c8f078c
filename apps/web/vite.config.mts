import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { antdStaticStyles } from './vite/antd-static-styles';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const lib = (name: string) => `${workspaceRoot}libs/${name}/src/index.ts`;
const apiTarget = process.env.PATHBOARD_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  // Brotli and gzip copies of every text asset, written once at build and served by the API as they are.
  // antd's component styles built here, not in each browser (vite/antd-static-styles.ts).
  plugins: [
    react(),
    antdStaticStyles(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  resolve: {
    // The browser runs the very same scoring engine as the API: resolve the libs to their sources.
    alias: {
      '@pathboard/scoring': lib('scoring'),
      '@pathboard/frameworks': lib('frameworks'),
      '@pathboard/charts': lib('charts'),
      '@pathboard/text-limits': lib('text-limits'),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    // antd + echarts are big by nature; the routes are split, so a large vendor chunk is expected.
    chunkSizeWarningLimit: 1600,
  },
});
