// An independent autodiff oracle: for every normalization × architecture × tied on/off, the CLI
// writes its result and a --dump; TensorFlow.js rebuilds the network from the dump alone (its
// own LayerNorm, BatchNorm, matrix products and activations) and differentiates the loss with
// its own reverse mode. Per-layer norms must agree to |Δlog10| ≤ 1e-4 (TF.js computes in
// float32, so the tolerance is well above its rounding and far below any modelling error).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
// the gradient of every op, which the core bundle leaves out unless asked for
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gradients-tfjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
  setWasmPaths({
    'tfjs-backend-wasm.wasm': join(dist, 'tfjs-backend-wasm.wasm'),
    'tfjs-backend-wasm-simd.wasm': join(dist, 'tfjs-backend-wasm-simd.wasm'),
    'tfjs-backend-wasm-threaded-simd.wasm': join(dist, 'tfjs-backend-wasm-threaded-simd.wasm'),
  });
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  expect(await tf.setBackend('wasm')).toBe(true);
}, 60_000);

type Norm = 'none' | 'pre-ln' | 'post-ln' | 'batch';

interface Dump {
  config: { norm: Norm; tied: boolean; activation: string; loss: string };
  W: number[][][];
  b: number[][];
  V: number[][][];
  x: number[][];
  y?: number[][];
  u?: number[];
}

interface JsonLayer {
  k: number;
  log10GradNorm: number | null;
  log10GradW?: number | null;
  log10GradB?: number | null;
  log10GradV?: number | null;
  zero?: string[];
}

const EPS = 1e-5;

/** LN over the features of each row (sample). */
function layerNorm(x: tf.Tensor2D): tf.Tensor2D {
  const m = tf.mean(x, 1, true);
  const v = tf.mean(tf.square(tf.sub(x, m)), 1, true);
  return tf.div(tf.sub(x, m), tf.sqrt(tf.add(v, EPS)));
}

/** BN over the samples (rows) of each feature. */
function batchNorm(z: tf.Tensor2D): tf.Tensor2D {
  const m = tf.mean(z, 0, true);
  const v = tf.mean(tf.square(tf.sub(z, m)), 0, true);
  return tf.div(tf.sub(z, m), tf.sqrt(tf.add(v, EPS)));
}

interface Params {
  W: tf.Tensor2D[];
  b: tf.Tensor1D[];
  V: tf.Tensor2D[];
}

/** Σ_i L_i of the batch, from F_from (B×n, samples in rows) up through layer L. */
function sumLoss(d: Dump, arch: 'plain' | 'residual', p: Params, from: number, Ffrom: tf.Tensor2D): tf.Scalar {
  const { norm } = d.config;
  let F = Ffrom;
  for (let k = from + 1; k <= d.W.length; k++) {
    const a = norm === 'pre-ln' ? layerNorm(F) : F;
    const z = tf.add(tf.matMul(a, p.W[k - 1], false, true), p.b[k - 1]) as tf.Tensor2D;
    const zHat = norm === 'batch' ? batchNorm(z) : z;
    const h = tf.tanh(zHat);
    const u = arch === 'plain' ? h : (tf.add(F, tf.matMul(h, p.V[k - 1], false, true)) as tf.Tensor2D);
    F = norm === 'post-ln' ? layerNorm(u) : u;
  }
  if (d.u) return tf.sum(tf.matMul(F, tf.tensor2d(d.u, [d.u.length, 1])));
  return tf.mul(0.5, tf.sum(tf.square(tf.sub(F, tf.tensor2d(d.y!)))));
}

const log10Norm = (t: tf.Tensor): number => Math.log10(tf.norm(t).dataSync()[0]);

/** TF.js's figures: mean over samples of log10 ‖∂(Σ_j L_j)/∂F_k(x_i)‖, and log10 ‖∂L̄/∂W_k‖ etc. for the batch mean L̄. */
function autodiff(d: Dump, arch: 'plain' | 'residual') {
  return tf.tidy(() => {
    const L = d.W.length;
    const B = d.x.length;
    const p: Params = { W: d.W.map((w) => tf.tensor2d(w)), b: d.b.map((v) => tf.tensor1d(v)), V: d.V.map((v) => tf.tensor2d(v)) };
    // F_k from the forward pass itself, then the gradient of the rest of the network at it
    const Fs: tf.Tensor2D[] = [tf.tensor2d(d.x)];
    for (let k = 1; k <= L; k++) {
      // F_k from F_{k-1}, in float32 as TF.js computes it
      Fs.push(forwardOne(d, arch, p, k, Fs[k - 1]));
    }
    const gradF = Fs.map((Fk, k) => {
      const g = tf.grad((F: tf.Tensor) => sumLoss(d, arch, p, k, F as tf.Tensor2D))(Fk);
      const rows = tf.sqrt(tf.sum(tf.square(g), 1)).dataSync();
      return Array.from(rows).reduce((s, r) => s + Math.log10(r), 0) / B;
    });
    const all = [...p.W, ...p.b, ...(arch === 'residual' ? p.V : [])];
    const grads = tf.grads((...ts: tf.Tensor[]) => {
      const q: Params = { W: ts.slice(0, L) as tf.Tensor2D[], b: ts.slice(L, 2 * L) as tf.Tensor1D[], V: arch === 'residual' ? (ts.slice(2 * L) as tf.Tensor2D[]) : p.V };
      return tf.div(sumLoss(d, arch, q, 0, Fs[0]), B) as tf.Scalar;
    })(all);
    return {
      gradF,
      gradW: grads.slice(0, L).map(log10Norm),
      gradB: grads.slice(L, 2 * L).map(log10Norm),
      gradV: arch === 'residual' ? grads.slice(2 * L).map(log10Norm) : [],
    };
  });
}

/** F_k from F_{k-1}: layer k alone. */
function forwardOne(d: Dump, arch: 'plain' | 'residual', p: Params, k: number, F: tf.Tensor2D): tf.Tensor2D {
  const { norm } = d.config;
  const a = norm === 'pre-ln' ? layerNorm(F) : F;
  const z = tf.add(tf.matMul(a, p.W[k - 1], false, true), p.b[k - 1]) as tf.Tensor2D;
  const zHat = norm === 'batch' ? batchNorm(z) : z;
  const h = tf.tanh(zHat);
  const u = arch === 'plain' ? h : (tf.add(F, tf.matMul(h, p.V[k - 1], false, true)) as tf.Tensor2D);
  return norm === 'post-ln' ? layerNorm(u) : u;
}

function runCli(norm: Norm, tied: boolean, dumpPath: string) {
  const args = ['src/cli/gradients.ts', '--arch', 'both', '--depth', '4', '--width', '6', '--batch', '5', '--activation', 'tanh',
    '--sigma-w', '1.4', '--sigma-b', '0.3', '--sigma-v', '0.8', '--branch-scale', String(ALPHA), '--loss', 'mse', '--seed', '5',
    '--norm', norm, ...(tied ? ['--tied'] : []), '--dump', dumpPath];
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<'plain' | 'residual', { layers: JsonLayer[] }>;
}

const TOL = 1e-4;
const ALPHA = 0.6;

describe.each(['none', 'pre-ln', 'post-ln', 'batch'] as const)('TF.js autodiff agrees with the CLI, norm %s', (norm) => {
  it.each([false, true])('tied %s: every per-layer gradient norm to |Δlog10| ≤ 1e-4', (tied) => {
    const dumpPath = join(dir, `${norm}-${tied}.json`);
    const out = runCli(norm, tied, dumpPath);
    const d: Dump = JSON.parse(readFileSync(dumpPath, 'utf8'));
    expect(d.config).toMatchObject({ norm, tied });
    if (tied) for (const k of [1, 2, 3]) expect([d.W[k], d.b[k], d.V[k]]).toEqual([d.W[0], d.b[0], d.V[0]]);
    else expect(d.W[1]).not.toEqual(d.W[0]);
    for (const arch of ['plain', 'residual'] as const) {
      const tfjs = autodiff(d, arch);
      const layers = out[arch].layers;
      layers.forEach((layer, k) => {
        expect(Math.abs(layer.log10GradNorm! - tfjs.gradF[k])).toBeLessThan(TOL);
        if (k === 0) return;
        expect(Math.abs(layer.log10GradW! - tfjs.gradW[k - 1])).toBeLessThan(TOL);
        if (norm === 'batch') {
          // b_k drops out of BN(z_k): the CLI writes an exact zero, TF.js float32 rounding
          expect(layer.log10GradB).toBeNull();
          expect(layer.zero).toContain('log10GradB');
          expect(tfjs.gradB[k - 1]).toBeLessThan(-4);
        } else expect(Math.abs(layer.log10GradB! - tfjs.gradB[k - 1])).toBeLessThan(TOL);
        // the dump folds α into V, the CLI reports ∇ with respect to V_k itself: ∇_{V_k} = α ∇_{αV_k}
        if (arch === 'residual') expect(Math.abs(layer.log10GradV! - (tfjs.gradV[k - 1] + Math.log10(ALPHA)))).toBeLessThan(TOL);
      });
    }
  }, 60_000);
});
