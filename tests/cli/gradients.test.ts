// The CLI as a process: a real run's JSON shape, a rejected flag, and a dump from which an
// independent implementation (the loops below, nothing from src/) recomputes the norms.
// Each spawn costs ~0.5 s, so there are only a few.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gradients-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/gradients.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Dump {
  config: { depth: number; width: number; batch: number; arch: string; activation: string; loss: string };
  W: number[][][];
  b: number[][];
  V?: number[][][];
  x: number[][];
  u?: number[];
  y?: number[][];
}

const matVec = (M: number[][], v: number[]) => M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
const matTVec = (M: number[][], v: number[]) => M[0].map((_, j) => M.reduce((s, row, i) => s + row[j] * v[i], 0));
const norm = (v: number[]) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));

/**
 * Mean over inputs of log10 ‖∇_{F_k} L_i‖ and log10 ‖F_k(x_i)‖, k = 0..L, for a tanh network,
 * straight from the equations: plain F_k = tanh(z_k); residual F_k = F_{k-1} + V_k tanh(z_k).
 */
function recompute(d: Dump, arch: 'plain' | 'residual') {
  const L = d.W.length;
  const gradNorm = new Array<number>(L + 1).fill(0);
  const actNorm = new Array<number>(L + 1).fill(0);
  d.x.forEach((x, i) => {
    const F = [x];
    const a: number[][] = [];
    for (let k = 1; k <= L; k++) {
      const z = matVec(d.W[k - 1], F[k - 1]).map((zj, j) => zj + d.b[k - 1][j]);
      a[k] = z.map(Math.tanh);
      F[k] = arch === 'plain' ? a[k] : matVec(d.V![k - 1], a[k]).map((vj, j) => F[k - 1][j] + vj);
    }
    let g = d.u ? d.u.slice() : F[L].map((f, j) => f - d.y![i][j]);
    gradNorm[L] += Math.log10(norm(g));
    for (let k = L; k >= 1; k--) {
      const branch = arch === 'plain' ? g : matTVec(d.V![k - 1], g);
      const dz = branch.map((gj, j) => (1 - a[k][j] ** 2) * gj);
      const back = matTVec(d.W[k - 1], dz);
      g = arch === 'plain' ? back : back.map((bj, j) => bj + g[j]);
      gradNorm[k - 1] += Math.log10(norm(g));
    }
    F.forEach((f, k) => (actNorm[k] += Math.log10(norm(f))));
  });
  const B = d.x.length;
  return { gradNorm: gradNorm.map((s) => s / B), actNorm: actNorm.map((s) => s / B) };
}

type Layer = Record<string, number | null | string[]> & { k: number };

function expectMatches(d: Dump, arch: 'plain' | 'residual', layers: Layer[]) {
  const ref = recompute(d, arch);
  expect(Math.abs((layers[0].log10GradNorm as number) - ref.gradNorm[0])).toBeLessThan(1e-9);
  layers.forEach((layer, k) => {
    expect(layer.log10GradNorm).toBeCloseTo(ref.gradNorm[k], 9);
    expect(layer.log10ActNorm).toBeCloseTo(ref.actNorm[k], 9);
  });
}

describe('gradients CLI', () => {
  it('prints the documented JSON and writes a dump an independent implementation agrees with', () => {
    const dumpPath = join(dir, 'both.json');
    const r = run('--arch', 'both', '--depth', '3', '--width=4', '--batch', '2', '--activation', 'tanh', '--sigma-b', '0.3',
      '--branch-scale', '0.7', '--sigma-w', '1.3', '--loss', 'probe', '--seed', '7', '--dump', dumpPath);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.config).toMatchObject({ depth: 3, width: 4, batch: 2, arch: 'both', ensemble: 1, branchScale: 0.7, loss: 'probe' });
    for (const arch of ['plain', 'residual'] as const) {
      const layers: Layer[] = out[arch].layers;
      expect(out[arch].overflowLayer).toBeNull();
      expect(layers.map((l) => l.k)).toEqual([0, 1, 2, 3]);
      const spreadKeys = ['log10GradNorm', 'log10GradNormP10', 'log10GradNormP50', 'log10GradNormP90',
        'log10ActNorm', 'log10ActNormP10', 'log10ActNormP50', 'log10ActNormP90'];
      expect(Object.keys(layers[0])).toEqual(['k', ...spreadKeys]);
      const paramKeys = arch === 'plain' ? ['log10GradW', 'log10GradB', 'meanD'] : ['log10GradW', 'log10GradB', 'log10GradV', 'meanD'];
      for (const layer of layers.slice(1)) expect(Object.keys(layer)).toEqual(['k', ...spreadKeys, ...paramKeys]);
    }

    const d: Dump = JSON.parse(readFileSync(dumpPath, 'utf8'));
    expect(d.config).toMatchObject({ arch: 'both', activation: 'tanh', loss: 'probe' });
    expect([d.W.length, d.W[0].length, d.W[0][0].length, d.b.length, d.V!.length, d.x.length, d.u!.length]).toEqual([3, 4, 4, 3, 3, 2, 4]);
    expectMatches(d, 'plain', out.plain.layers);
    expectMatches(d, 'residual', out.residual.layers);
  }, 30_000);

  it('CSV with an mse loss: one row per k, and the dump holds the targets', () => {
    const dumpPath = join(dir, 'mse.json');
    const r = run('--arch=residual', '--depth', '2', '--width', '3', '--batch', '3', '--loss', 'mse', '--format', 'csv', '--dump', dumpPath);
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header.split(',').slice(0, 3)).toEqual(['arch', 'k', 'log10GradNorm']);
    expect(rows.map((row) => row.split(',').slice(0, 2).join())).toEqual(['residual,0', 'residual,1', 'residual,2']);
    const d: Dump = JSON.parse(readFileSync(dumpPath, 'utf8'));
    expect(d.u).toBeUndefined();
    expect(d.y!.length).toBe(3);
    const csvLayers = rows.map((row, k) => ({ k, log10GradNorm: Number(row.split(',')[2]), log10ActNorm: Number(row.split(',')[6]) }));
    expectMatches(d, 'residual', csvLayers);
  }, 30_000);

  it('a bad flag: exit 2, one line on stderr naming it, nothing on stdout', () => {
    const r = run('--depth', 'abc');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: --depth must be an integer in [1, 10000], got "abc"\n');
  }, 30_000);

  it('an unwritable dump: exit 1, one line on stderr, nothing on stdout', () => {
    const r = run('--depth', '2', '--dump', join(dir, 'missing-dir', 'd.json'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^error: .*d\.json/), '']);
  }, 30_000);
});
