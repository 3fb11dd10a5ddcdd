// Runs a TypeScript script as one bundled ES module, the way the page ships the core (one
// scope, no per-module indirection), so a benchmark times the core as it runs in the page.
// Usage: node scripts/runBundled.mjs scripts/bench.ts [args…]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/runBundled.mjs <script.ts> [args…]');
  process.exit(2);
}
const outdir = resolve('node_modules/.cache/gradient-flow');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
process.argv.splice(2, 1);
await import(pathToFileURL(outfile).href);
