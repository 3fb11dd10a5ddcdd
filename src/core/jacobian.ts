// Jacobians for the derivation panels: the warm-up g(x) = Aσ(Bx + b) with Jacobian A D B,
// a central-difference Jacobian of any map to check it, and the input–output Jacobian
// ∂F_L/∂F_0 of a whole network with its singular values.

import { log10, log2 } from './fdlibm';
import type { Activation } from './activations';
import type { Arch, NetworkConfig } from './config';
import { drawNetwork } from './network';
import { LOG10_2, pow2 } from './logscale';
import { singularValues } from './svd';
import { runPlain } from './plain';
import { runResidual } from './residual';
import { activate } from './trace';
import type { WeightCache } from './weights';

/** A dense row-major matrix. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** [jacobian.chain] Jg(x) = A D B with D = diag σ'(Bx + b), for g(x) = A σ(Bx + b). */
export function jacobianADB(A: Matrix, B: Matrix, b: Float64Array, x: Float64Array, act: Activation): { D: Float64Array; J: Matrix } {
  const p = B.rows;
  const D = new Float64Array(p);
  for (let r = 0; r < p; r++) {
    let z = b[r];
    for (let j = 0; j < B.cols; j++) z += B.data[r * B.cols + j] * x[j];
    D[r] = act.df(z);
  }
  const J = new Float64Array(A.rows * B.cols);
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < B.cols; j++) {
      let s = 0;
      for (let r = 0; r < p; r++) s += A.data[i * p + r] * D[r] * B.data[r * B.cols + j];
      J[i * B.cols + j] = s;
    }
  }
  return { D, J: { rows: A.rows, cols: B.cols, data: J } };
}

/** g(x) = A σ(Bx + b). */
export function applyASigmaB(A: Matrix, B: Matrix, b: Float64Array, x: Float64Array, act: Activation): Float64Array {
  const h = new Float64Array(B.rows);
  for (let r = 0; r < B.rows; r++) {
    let z = b[r];
    for (let j = 0; j < B.cols; j++) z += B.data[r * B.cols + j] * x[j];
    h[r] = act.f(z);
  }
  const out = new Float64Array(A.rows);
  for (let i = 0; i < A.rows; i++) for (let r = 0; r < A.cols; r++) out[i] += A.data[i * A.cols + r] * h[r];
  return out;
}

/** Central differences: J[i][j] ≈ (f(x + h e_j)_i − f(x − h e_j)_i) / 2h. */
export function centralDifferenceJacobian(f: (x: Float64Array) => Float64Array, x: Float64Array, h = 1e-6): Matrix {
  const n = x.length;
  const cols: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const up = Float64Array.from(x);
    const down = Float64Array.from(x);
    up[j] += h;
    down[j] -= h;
    const fu = f(up);
    const fd = f(down);
    cols.push(fu.map((v, i) => (v - fd[i]) / (2 * h)));
  }
  const m = cols[0]?.length ?? 0;
  const data = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) data[i * n + j] = cols[j][i];
  return { rows: m, cols: n, data };
}

/** The input–output Jacobian, stored as J̃ with J = J̃ · 2^exponent so depth cannot overflow it. */
export interface ScaledJacobian {
  n: number;
  J: Float64Array;
  exponent: number;
  /** log10 of the singular values, largest first */
  log10Singular: Float64Array;
}

/**
 * ∂F_L/∂F_0 at the first input x_0, as the product of per-layer Jacobians:
 * plain D_k W_k, residual I + α V_k D_k W_k (the proof's (I + V_k D_k W_k)). n ≤ 128.
 */
export function inputOutputJacobian(config: NetworkConfig, arch: Arch, cache?: WeightCache): ScaledJacobian {
  const { width: n, depth: L } = config;
  if (n > 128) throw new RangeError('the input–output Jacobian is computed for width ≤ 128');
  // the product below is of D_k W_k (or I + α V_k D_k W_k) alone: a normalization step would be missing from it
  if (config.norm !== 'none') throw new RangeError('the input–output Jacobian is computed for networks without normalization');
  const net = drawNetwork(config, config.seed, 1, cache);
  // the forward pass (and its D_k) from the core itself, in its overflow-free scaled frame
  const trace = arch === 'plain' ? runPlain(net) : runResidual(net);
  if (trace.overflowLayer !== null) throw new RangeError(`the forward pass overflowed at layer ${trace.overflowLayer}`);
  const J = new Float64Array(n * n);
  for (let i = 0; i < n; i++) J[i * n + i] = 1;
  let exponent = 0;
  const D = new Float64Array(n);
  const next = new Float64Array(n * n);
  for (let k = 1; k <= L; k++) {
    const W = net.W(k);
    activate(net, trace, k, 'derivative', D, 0);
    // D_k W_k J
    next.fill(0);
    for (let r = 0; r < n; r++) {
      const d = net.sigmaW * D[r];
      for (let m = 0; m < n; m++) {
        const w = d * W[r * n + m];
        if (w === 0) continue;
        for (let c = 0; c < n; c++) next[r * n + c] += w * J[m * n + c];
      }
    }
    if (arch === 'plain') {
      J.set(next);
    } else {
      // (I + α V_k D_k W_k) J
      const V = net.V(k);
      const s = net.alpha * net.sigmaV;
      for (let r = 0; r < n; r++) {
        for (let m = 0; m < n; m++) {
          const v = s * V[r * n + m];
          if (v === 0) continue;
          for (let c = 0; c < n; c++) J[r * n + c] += v * next[m * n + c];
        }
      }
    }
    let maxAbs = 0;
    for (let i = 0; i < n * n; i++) maxAbs = Math.max(maxAbs, Math.abs(J[i]));
    if (maxAbs > 0 && (maxAbs > 2 ** 64 || maxAbs < 2 ** -64)) {
      const shift = Math.round(log2(maxAbs));
      const f = pow2(-shift);
      for (let i = 0; i < n * n; i++) J[i] *= f;
      exponent += shift;
    }
  }
  const sv = singularValues(J, n, n);
  return { n, J, exponent, log10Singular: sv.map((s) => log10(s) + exponent * LOG10_2) };
}
