// The service worker's build step, run on a fake bundle: it emits sw.js, and writes into it
// the build's files (relative, sorted, without fonts no browser with a service worker reads)
// and a version that changes whenever any file does.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceWorkerPlugin } from '../../src/build/serviceWorkerPlugin';

type Hook = (...args: unknown[]) => unknown;

function run(files: Record<string, string>, publicFiles: Record<string, string> = {}) {
  const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
  for (const [name, text] of Object.entries(publicFiles)) writeFileSync(join(publicDir, name), text);
  const plugin = serviceWorkerPlugin();
  const emitted: unknown[] = [];
  const context = { emitFile: (file: unknown) => emitted.push(file) };
  (plugin.configResolved as Hook)({ publicDir });
  (plugin.buildStart as Hook).call(context);
  const worker = { type: 'chunk', code: 'self.addEventListener("fetch", () => {});' };
  const bundle: Record<string, unknown> = { 'sw.js': worker };
  for (const [name, text] of Object.entries(files)) bundle[name] = name.endsWith('.js') ? { type: 'chunk', code: text } : { type: 'asset', source: text };
  (plugin.generateBundle as Hook).call(context, {}, bundle);
  rmSync(publicDir, { recursive: true, force: true });
  const precache = JSON.parse(worker.code.match(/^const PRECACHE = (.*);\n/)![1]) as { version: string; files: string[] };
  return { emitted, precache, code: worker.code };
}

const BUILD = {
  'index.html': '<html>',
  'assets/index-abc.js': 'app',
  'assets/index-abc.css': 'css',
  'assets/KaTeX_Main-Regular-x.woff2': 'w2',
  'assets/KaTeX_Main-Regular-x.woff': 'w1',
  'assets/KaTeX_Main-Regular-x.ttf': 't',
};

describe('serviceWorkerPlugin', () => {
  it('emits sw.js from the worker source and only for builds', () => {
    const plugin = serviceWorkerPlugin();
    expect(plugin.apply).toBe('build');
    const { emitted } = run(BUILD);
    expect(emitted).toEqual([expect.objectContaining({ type: 'chunk', fileName: 'sw.js' })]);
    expect((emitted[0] as { id: string }).id).toMatch(/src[\\/]offline[\\/]serviceWorker\.ts$/);
  });

  it('lists every file but itself, woff and ttf, public files included, sorted', () => {
    const { precache, code } = run(BUILD, { 'favicon.svg': '<svg/>', 'screenshot.png': 'png' });
    expect(precache.files).toEqual(['assets/KaTeX_Main-Regular-x.woff2', 'assets/index-abc.css', 'assets/index-abc.js', 'favicon.svg', 'index.html']);
    expect(code).toContain('self.addEventListener("fetch"');
  });

  it('the version changes with the content of any file, and only then', () => {
    const a = run(BUILD).precache.version;
    expect(run(BUILD).precache.version).toBe(a);
    expect(run({ ...BUILD, 'index.html': '<html lang="en">' }).precache.version).not.toBe(a);
  });
});
