// Build step for offline use: bundles src/offline/serviceWorker.ts as sw.js next to
// index.html and writes into it the list of files to keep, taken from the finished build
// (every chunk and asset, index.html and public/), with a hash of their contents as the
// version, so each new build installs a new worker and drops the old cache.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SOURCE = resolve(import.meta.dirname, '../offline/serviceWorker.ts');
const FILE_NAME = 'sw.js';

/** Left out of the list: browsers with service workers all read woff2, and the README image is for the repository. */
const SKIP = [/\.map$/, /\.woff$/, /\.ttf$/, /^screenshot\.png$/];

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'gradient-flow:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: FILE_NAME });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[FILE_NAME];
      if (!worker || worker.type !== 'chunk') throw new Error(`${FILE_NAME} was not bundled`);
      const contents = new Map<string, string | Uint8Array>();
      for (const [name, item] of Object.entries(bundle)) {
        if (name !== FILE_NAME) contents.set(name, item.type === 'chunk' ? item.code : item.source);
      }
      for (const name of publicFiles(config.publicDir)) {
        if (!contents.has(name)) contents.set(name, readFileSync(join(config.publicDir, name)));
      }
      const files = [...contents.keys()].filter((name) => !SKIP.some((pattern) => pattern.test(name))).sort();
      const hash = createHash('sha256');
      for (const name of files) hash.update(name).update('\0').update(contents.get(name) ?? '');
      const precache = { version: hash.digest('hex').slice(0, 16), files };
      worker.code = `const PRECACHE = ${JSON.stringify(precache)};\n${worker.code}`;
    },
  };
}

/** Files under public/, as paths relative to it with forward slashes. */
function publicFiles(dir: string): string[] {
  if (!dir) return [];
  const out: string[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}
