// An independent, deliberately naive implementation of both networks on nested arrays,
// used as the oracle for the core's gradients (finite differences of its loss).

import type { Network } from '../../src/core/network';
import { ACTIVATION_TABLE } from '../../src/core/activations';
import type { ActivationName, LossName } from '../../src/core/config';

export interface RefNet {
  arch: 'plain' | 'residual';
  n: number;
  L: number;
  act: ActivationName;
  alpha: number;
  loss: LossName;
  /** W[k-1][i][j] */
  W: number[][][];
  b: number[][];
  V: number[][][];
  x: number[][];
  u: number[];
  y: number[][];
}

const toMatrix = (a: Float64Array, n: number) => Array.from({ length: n }, (_, i) => Array.from(a.slice(i * n, (i + 1) * n)));

export function refFromNetwork(net: Network, arch: 'plain' | 'residual', act: ActivationName, alpha: number, loss: LossName): RefNet {
  return {
    arch,
    n: net.n,
    L: net.L,
    act,
    alpha,
    loss,
    W: net.W.map((w) => toMatrix(w, net.n)),
    b: net.b.map((v) => Array.from(v)),
    V: (net.V ?? []).map((w) => toMatrix(w, net.n)),
    x: net.x.map((v) => Array.from(v)),
    u: net.u ? Array.from(net.u) : [],
    y: (net.y ?? []).map((v) => Array.from(v)),
  };
}

function matvec(M: number[][], v: number[]): number[] {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

/** One layer k (1-based): F_{k-1} → F_k. */
export function refLayer(net: RefNet, k: number, F: number[]): number[] {
  const sigma = ACTIVATION_TABLE[net.act].f;
  const z = matvec(net.W[k - 1], F).map((v, i) => v + net.b[k - 1][i]);
  if (net.arch === 'plain') return z.map(sigma);
  const branch = matvec(net.V[k - 1], z.map(sigma));
  return F.map((f, i) => f + net.alpha * branch[i]);
}

/** F_L starting from F at layer `from`. */
export function refForwardFrom(net: RefNet, from: number, F: number[]): number[] {
  let cur = F;
  for (let k = from + 1; k <= net.L; k++) cur = refLayer(net, k, cur);
  return cur;
}

/** L_i as a function of F_k(x_i) = F. */
export function refSampleLoss(net: RefNet, i: number, from: number, F: number[]): number {
  const out = refForwardFrom(net, from, F);
  if (net.loss === 'probe') return out.reduce((s, v, j) => s + v * net.u[j], 0);
  return 0.5 * out.reduce((s, v, j) => s + (v - net.y[i][j]) ** 2, 0);
}

/** L = (1/B) Σ_i L_i. */
export function refBatchLoss(net: RefNet): number {
  return net.x.reduce((s, x, i) => s + refSampleLoss(net, i, 0, x), 0) / net.x.length;
}

/** F_k(x_i) for every k = 0..L. */
export function refActivations(net: RefNet, i: number): number[][] {
  const out = [net.x[i]];
  for (let k = 1; k <= net.L; k++) out.push(refLayer(net, k, out[k - 1]));
  return out;
}

/** Central-difference gradient of f with respect to the entries of `params`, modified in place. */
export function fdGradient(params: number[], f: () => number, h = 1e-6): number[] {
  return params.map((_, j) => {
    const keep = params[j];
    params[j] = keep + h;
    const up = f();
    params[j] = keep - h;
    const down = f();
    params[j] = keep;
    return (up - down) / (2 * h);
  });
}

export const norm = (v: number[]) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));
