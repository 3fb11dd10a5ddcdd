/// <reference types="vitest/config" />
// Build and test configuration. `base: './'` keeps the built site working from any sub-path.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './src/build/serviceWorkerPlugin';
import { texPrerenderPlugin } from './src/build/texPrerenderPlugin';

export default defineConfig({
  base: './',
  plugins: [react(), serviceWorkerPlugin(), texPrerenderPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    // The default reporter's own summary ("Test Files … passed", "Tests … passed") closes each
    // step; a JUnit report per project lands under reports/ (ignored by git) for CI to keep.
    reporters: ['default', './tests/reporters/quietJunit.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          // depth-1000 and large-width cases are honest work: give them room on a shared two-core machine
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
