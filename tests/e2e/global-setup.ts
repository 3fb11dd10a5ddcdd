// Serves the built site (dist/, built by `npm run test:e2e` just before) for the browser tests.

import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  const server = await serveDist('dist', '/course/gradient-flow/');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
