import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://127.0.0.1:3000';

/** The path aliases of tsconfig.base.json that the web may use, matched exactly (no deep imports). */
const tsconfig = JSON.parse(readFileSync(`${repoRoot}tsconfig.base.json`, 'utf8'));
const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths as Record<string, string[]>)
    .filter(([name]) => name.startsWith('@palier/web-') || name === '@palier/shared')
    .map(([name, [path]]) => [name, path]),
);

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: {
    alias: Object.entries(aliases).map(([name, path]) => ({
      find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
      replacement: `${repoRoot}${path}`,
    })),
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    // Old phones: keep the syntax of browsers from about 2020 (Chrome 87, Safari 14).
    target: ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'],
    cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14'],
    sourcemap: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The shared library is pure declarations: what the web does not import (e.g. server-side
      // validation schemas) stays out of the bundle, and zod with it.
      treeshake: {
        moduleSideEffects: (id: string) => !id.replace(/\\/g, '/').includes('/libs/shared/src/'),
      },
      output: {
        // Libraries change less often than the app: separate files stay in the browser cache.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
      '/media': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
});
