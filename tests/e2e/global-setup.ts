// Serves the built site (dist/, built by `npm run test:e2e` just before) for the browser tests.

import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** GF_DIST points the tests at another build folder (e.g. several builds side by side). */
const DIST = process.env.GF_DIST ?? 'dist';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npm run build\` first (npm run test:e2e does)`);
  const server = await serveDist(DIST, '/course/gradient-flow/');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
