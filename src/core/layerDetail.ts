// One layer in detail, for the derivations. The Jacobian lab's warm-up layer g(x) = Aσ(Bx + b),
// small enough to print, with its analytic Jacobian A D B beside central differences; and layer k
// of the live network with the norm of its backward Jacobian, W_kᵀD_k (plain) or W_kᵀD_kV_kᵀ
// (residual), found by power iteration without forming the matrix. With a LayerNorm in the layer
// it also reports ‖J_LN‖₂ = 1/s, the one number LN adds to the layer's bound.

import { log10 } from './fdlibm';
import type { Activation } from './activations';
import type { ActivationName, Arch, ArchChoice, NetworkConfig } from './config';
import { assertValidConfig } from './config';
import { applyASigmaB, centralDifferenceJacobian, jacobianADB, type Matrix } from './jacobian';
import { drawNetwork, type NetworkDraw } from './network';
import { forwardPlain } from './plain';
import { Random } from './random';
import { forwardResidual } from './residual';
import { activate } from './trace';
import type { WeightCache } from './weights';

/** The lab's size n: A, B are n×n, small enough to read every entry from the back of a room. */
export const LAB_SIZE = 3;
/** The central-difference step h. */
export const LAB_STEP = 1e-6;

/** The warm-up layer g(x) = A σ(Bx + b) at a point x. */
export interface LabExample {
  A: Matrix;
  B: Matrix;
  b: Float64Array;
  x: Float64Array;
}

/** Entries N(0, std²) rounded to one decimal, so a student can redo every product by hand. */
function roundedNormals(rng: Random, count: number, std: number): Float64Array {
  return Float64Array.from({ length: count }, () => Math.round(10 * std * rng.normal()) / 10 || 0);
}

/** The lab's A, B, b and starting x for one seed, from the core's 'lab' stream. */
export function drawLabExample(seed: number, n = LAB_SIZE): LabExample {
  const rng = new Random(seed, 'lab', n);
  return {
    A: { rows: n, cols: n, data: roundedNormals(rng, n * n, 1) },
    B: { rows: n, cols: n, data: roundedNormals(rng, n * n, 1) },
    b: roundedNormals(rng, n, 0.5),
    x: roundedNormals(rng, n, 1),
  };
}

/** Activations with a kink at z = 0, where σ'(0) exists only from one side. */
const KINKED: ReadonlySet<ActivationName> = new Set(['relu', 'leaky-relu']);

/** Slopes left and right of an activation's kink at 0, and the one σ' takes at 0; null when σ is smooth. */
export function kinkSlopes(act: Activation): { left: number; right: number; atKink: number } | null {
  return KINKED.has(act.name) ? { left: act.df(-1), right: act.df(1), atKink: act.df(0) } : null;
}

/** Everything the lab shows at one point x. */
export interface LabJacobians {
  /** z = Bx + b */
  z: Float64Array;
  /** the diagonal of D = diag σ'(z) */
  D: Float64Array;
  /** [jacobian.chain] A D B */
  analytic: Matrix;
  /** central differences of g with step h */
  numeric: Matrix;
  /** max_ij |(A D B)_ij − numeric_ij| */
  maxAbsDiff: number;
  /** units r whose difference step crosses σ's kink: |z_r| < h·max_j |B_rj| */
  kinkUnits: number[];
}

/** The analytic and the numerical Jacobian of g at x, and the units sitting on a kink. */
export function labJacobians(ex: LabExample, x: Float64Array, act: Activation, h = LAB_STEP): LabJacobians {
  const { D, J } = jacobianADB(ex.A, ex.B, ex.b, x, act);
  const numeric = centralDifferenceJacobian((v) => applyASigmaB(ex.A, ex.B, ex.b, v, act), x, h);
  const { B } = ex;
  const z = new Float64Array(B.rows);
  const kinkUnits: number[] = [];
  for (let r = 0; r < B.rows; r++) {
    let s = ex.b[r];
    let reach = 0;
    for (let j = 0; j < B.cols; j++) {
      s += B.data[r * B.cols + j] * x[j];
      reach = Math.max(reach, Math.abs(B.data[r * B.cols + j]));
    }
    z[r] = s;
    if (kinkSlopes(act) && Math.abs(s) < h * reach) kinkUnits.push(r);
  }
  let maxAbsDiff = 0;
  J.data.forEach((v, i) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(v - numeric.data[i]))));
  return { z, D, analytic: J, numeric, maxAbsDiff, kinkUnits };
}

/**
 * x with one coordinate x_j changed so that z_r = (Bx + b)_r = 0: unit r sits exactly on its
 * kink. Tries j in order of decreasing |B_rj| (the smallest move first) and keeps |x_j| ≤ limit;
 * null when no coordinate can do it (row r of B is zero, or every move leaves the range).
 */
export function moveToKink(ex: LabExample, x: Float64Array, r: number, limit = Infinity): Float64Array | null {
  const { B } = ex;
  const row = Array.from({ length: B.cols }, (_, j) => B.data[r * B.cols + j]);
  const order = row.map((_, j) => j).sort((p, q) => Math.abs(row[q]) - Math.abs(row[p]));
  for (const j of order) {
    if (row[j] === 0) break;
    let rest = ex.b[r];
    for (let c = 0; c < B.cols; c++) if (c !== j) rest += row[c] * x[c];
    const xj = -rest / row[j];
    if (Math.abs(xj) > limit) continue;
    const moved = Float64Array.from(x);
    moved[j] = xj;
    return moved;
  }
  return null;
}

/** The norm of one layer's backward Jacobian at the first input x_1 of the batch. */
export interface LayerJacobian {
  /** log10 ‖W_kᵀD_k‖₂ (plain) or log10 ‖W_kᵀD_kV_kᵀ‖₂ (residual, without α); −∞ when D_k = 0 */
  log10Norm: number;
  /** the power iteration settled; otherwise log10Norm is a slightly low estimate */
  converged: boolean;
  iterations: number;
  /**
   * log10 ‖J_LN‖₂ = log10(1/s) of the layer's LayerNorm at x_1 (pre-ln: of F_{k−1}; post-ln: of
   * the layer's output before LN); null without one. J_LN = (1/s)(I − 11ᵀ/n − x̂x̂ᵀ/n) has
   * eigenvalue 1/s on every direction orthogonal to 1 and x̂ (n ≥ 3), 0 on 1 and ε/s³ on x̂.
   */
  log10LnGain: number | null;
}

/** Layer k of the live network, per architecture computed. */
export interface LayerDetail {
  k: number;
  /** α, the residual branch scale */
  alpha: number;
  plain: LayerJacobian | null;
  residual: LayerJacobian | null;
}

/** Relative change of ‖Mv‖² at which the iteration stops: ~1e-6 relative accuracy of ‖M‖₂ or better. */
const POWER_TOLERANCE = 1e-9;
const POWER_MAX_ITERATIONS = 300;
/** Multiply-adds one power iteration may spend, so a wide layer answers in about a second. */
const POWER_BUDGET = 2e8;

/**
 * ‖M‖₂ for the n×n map M given by `apply` (v ↦ Mv) and `applyT` (u ↦ Mᵀu), by power iteration
 * on MᵀM from a fixed start: λ = ‖Mv‖² for unit v rises to σ_max² and stops when it settles.
 */
export function powerIterationNorm(
  n: number,
  apply: (v: Float64Array, out: Float64Array) => void,
  applyT: (u: Float64Array, out: Float64Array) => void,
  maxIterations = POWER_MAX_ITERATIONS,
): { norm: number; converged: boolean; iterations: number } {
  let v = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 13) / 13);
  const u = new Float64Array(n);
  const next = new Float64Array(n);
  let lambda = 0;
  for (let it = 1; it <= maxIterations; it++) {
    const nv = Math.sqrt(v.reduce((s, e) => s + e * e, 0));
    v = v.map((e) => e / nv);
    apply(v, u);
    const estimate = u.reduce((s, e) => s + e * e, 0);
    if (estimate === 0) return { norm: 0, converged: true, iterations: it };
    if (Math.abs(estimate - lambda) <= POWER_TOLERANCE * estimate) return { norm: Math.sqrt(estimate), converged: true, iterations: it };
    lambda = estimate;
    applyT(u, next);
    v = Float64Array.from(next);
  }
  return { norm: Math.sqrt(lambda), converged: false, iterations: maxIterations };
}

/** out = s · M v for row-major n×n M; with `transpose`, out = s · Mᵀ v. */
function mulVec(M: Float64Array, n: number, s: number, v: Float64Array, out: Float64Array, transpose: boolean): void {
  out.fill(0);
  for (let r = 0; r < n; r++) {
    if (transpose) {
      const c = s * v[r];
      for (let j = 0; j < n; j++) out[j] += c * M[r * n + j];
    } else {
      let t = 0;
      for (let j = 0; j < n; j++) t += M[r * n + j] * v[j];
      out[r] = s * t;
    }
  }
}

/**
 * Layer k's backward Jacobian at x_1. `net` is the network cut at depth k: layer k's matrices
 * depend on (seed, k) alone, so F_0..F_k and z_k are those of the whole network.
 */
function layerJacobian(net: NetworkDraw, arch: Arch, k: number): LayerJacobian {
  const { n } = net;
  const trace = arch === 'plain' ? forwardPlain(net) : forwardResidual(net);
  if (trace.overflowLayer !== null) return { log10Norm: NaN, converged: false, iterations: 0, log10LnGain: null };
  const D = new Float64Array(n);
  activate(net, trace, k, 'derivative', D, 0);
  const W = net.W(k);
  const V = arch === 'residual' ? net.V(k) : null;
  const t = new Float64Array(n);
  // plain: M = W_kᵀ D_k, Mᵀ = D_k W_k.  residual: M = W_kᵀ D_k V_kᵀ, Mᵀ = V_k D_k W_k.
  const apply = (v: Float64Array, out: Float64Array) => {
    if (V) mulVec(V, n, net.sigmaV, v, t, true);
    else t.set(v);
    for (let i = 0; i < n; i++) t[i] *= D[i];
    mulVec(W, n, net.sigmaW, t, out, true);
  };
  const applyT = (u: Float64Array, out: Float64Array) => {
    mulVec(W, n, net.sigmaW, u, t, false);
    for (let i = 0; i < n; i++) t[i] *= D[i];
    if (V) mulVec(V, n, net.sigmaV, t, out, false);
    else out.set(t);
  };
  const perIteration = (V ? 4 : 2) * n * n;
  const power = powerIterationNorm(n, apply, applyT, Math.max(20, Math.min(POWER_MAX_ITERATIONS, Math.floor(POWER_BUDGET / perIteration))));
  // the LN steps keep log2(1/s) of sample 1 at layer k at index (k − 1)·B
  const ln = net.steps?.input ?? net.steps?.output;
  const log10LnGain = ln ? trace.normMemo[k - 1] * log10(2) : null;
  return { log10Norm: log10(power.norm), converged: power.converged, iterations: power.iterations, log10LnGain };
}

/** Layer k (1..L) of the network `config` describes, for the architectures `arch` computes. */
export function layerDetail(config: NetworkConfig, arch: ArchChoice, k: number, cache?: WeightCache): LayerDetail {
  assertValidConfig(config);
  // BatchNorm couples the samples: a layer has no Jacobian of one input's own (and a batch of one
  // normalizes every z to 0). With LayerNorm, W_kᵀD_k (V_kᵀ) and J_LN are reported side by side.
  if (config.norm === 'batch') throw new RangeError('with BatchNorm a layer has no Jacobian of one input: it couples the batch');
  if (!Number.isInteger(k) || k < 1 || k > config.depth) throw new RangeError(`layer must be an integer in [1, ${config.depth}], got ${k}`);
  const net = drawNetwork({ ...config, depth: k }, config.seed, 1, cache);
  return {
    k,
    alpha: config.branchScale,
    plain: arch === 'residual' ? null : layerJacobian(net, 'plain', k),
    residual: arch === 'plain' ? null : layerJacobian(net, 'residual', k),
  };
}
