// What one forward pass keeps for the backward pass, and the per-sample figures both report.
// Vectors are stored scaled: F_k(x_i) = F̃ · 2^{eF}, ∇_{F_k}L_i = G̃ · 2^{eG} (see logscale.ts).

import type { NetworkDraw } from './network';
import { activateRun, derivativeScaled } from './activations';
import { pow2, renormalize } from './logscale';

export interface Trace {
  /** F̃_k for k = 0..L, sample i at offset (k·B + i)·n */
  F: Float64Array;
  /** binary exponents of F_k(x_i), index k·B + i */
  eF: Float64Array;
  /**
   * σ's input z̃_k for k = 1..L at offset ((k−1)·B + i)·n, z_k = z̃_k · 2^{eZ}: W_k a_k + b_k, or
   * its BatchNorm ẑ_k (batch)
   */
  Z: Float64Array;
  /** binary exponents of z_k(x_i), index (k−1)·B + i: those of a_k, or 0 after BatchNorm */
  eZ: Float64Array;
  /** pre-ln only: the layer inputs ã_k = LN(F_{k-1}) scaled, at the offsets of Z (else a_k = F_{k-1}) */
  A: Float64Array | null;
  /** pre-ln only: binary exponents of a_k(x_i), index (k−1)·B + i */
  eA: Float64Array | null;
  /** what the normalization steps keep for their backward halves: log2(1/s) per sample or feature */
  normMemo: Float64Array;
  /** D_k = diag σ'(z_k) for k = 1..L, at the offsets of Z (true slopes: no frame) */
  D: Float64Array;
  /** residual only: the branch input σ(z_k)/c_i for k = 1..L at the offsets of Z (frames eZ), kept for ∇V_k */
  S: Float64Array | null;
  /** log10 ‖F_k(x_i)‖, index k·B + i */
  logNormF: Float64Array;
  /** log10 ‖∇_{F_k} L_i‖, index k·B + i */
  logGradF: Float64Array;
  /** per layer k = 1..L at index k−1 */
  gradW: Float64Array;
  gradB: Float64Array;
  gradV: Float64Array;
  meanD: Float64Array;
  overflowLayer: number | null;
}

export function newTrace(net: NetworkDraw): Trace {
  const { n, L, B } = net;
  const steps = net.steps ?? {};
  const trace: Trace = {
    F: new Float64Array((L + 1) * B * n),
    eF: new Float64Array((L + 1) * B),
    Z: new Float64Array(L * B * n),
    eZ: new Float64Array(L * B),
    A: steps.input ? new Float64Array(L * B * n) : null,
    eA: steps.input ? new Float64Array(L * B) : null,
    normMemo: new Float64Array(steps.input || steps.preActivation || steps.output ? L * Math.max(B, n) : 0),
    D: new Float64Array(L * B * n),
    S: null,
    logNormF: new Float64Array((L + 1) * B),
    logGradF: new Float64Array((L + 1) * B),
    gradW: new Float64Array(L),
    gradB: new Float64Array(L),
    gradV: new Float64Array(L),
    meanD: new Float64Array(L),
    overflowLayer: null,
  };
  trace.F.set(net.x, 0);
  for (let i = 0; i < B; i++) trace.logNormF[i] = renormalize(trace.F, i * n, n, trace.eF, i);
  return trace;
}

/**
 * z̃_k += b_k · 2^{-eZ}: the bias in the scaled frame of W_k a_k. Exact for a positively
 * homogeneous σ, where σ(z) = 2^e σ(z̃).
 */
export function addBias(net: NetworkDraw, trace: Trace, k: number): void {
  if (net.sigmaB === 0) return;
  const { n, B } = net;
  const b = net.b(k);
  for (let i = 0; i < B; i++) {
    // σ_b · 2^{-e} in two exact steps: a tiny σ_b in a frame scaled far up (e < −1023) is
    // finite although 2^{-e} alone is not
    const e = -trace.eZ[(k - 1) * B + i];
    const half = Math.trunc(e / 2);
    const c = net.sigmaB * pow2(half) * pow2(e - half);
    const off = ((k - 1) * B + i) * n;
    for (let j = 0; j < n; j++) trace.Z[off + j] += c * b[j];
  }
}

/**
 * After F̃_k is written with its exponents: rescale and record log10 ‖F_k‖. Every
 * activation is evaluated in the scaled frame (Activation.scaled), so values cannot leave the
 * float range; a non-finite norm would still be caught here, reported as the overflow layer,
 * and the pass stopped, rather than carried on as NaN.
 */
export function finishForwardLayer(net: NetworkDraw, trace: Trace, k: number): boolean {
  const { n, B } = net;
  for (let i = 0; i < B; i++) {
    const idx = k * B + i;
    const lg = renormalize(trace.F, idx * n, n, trace.eF, idx);
    if (Number.isNaN(lg) || lg === Infinity) {
      trace.overflowLayer = k;
      markLost(trace, net, k);
      return false;
    }
    trace.logNormF[idx] = lg;
  }
  return true;
}

/** Everything that depends on values past the float range is unknown: NaN, reported as such. */
function markLost(trace: Trace, net: NetworkDraw, k: number): void {
  trace.logNormF.fill(NaN, k * net.B);
  trace.meanD.fill(NaN, k - 1);
  trace.logGradF.fill(NaN);
  trace.gradW.fill(NaN);
  trace.gradB.fill(NaN);
  trace.gradV.fill(NaN);
}

/**
 * Apply σ or σ' to the stored z̃_k of every sample, each in its own frame c_i = 2^{eZ_{k,i}}:
 * out = σ(z_k)/c_i (what = 'value') or D_k = σ'(z_k) (what = 'derivative').
 */
export function activate(net: NetworkDraw, trace: Trace, k: number, what: 'value' | 'derivative', out: Float64Array, outOff: number): void {
  const { n, B, act } = net;
  for (let i = 0; i < B; i++) {
    const c = pow2(trace.eZ[(k - 1) * B + i]);
    const zOff = ((k - 1) * B + i) * n;
    const o = outOff + i * n;
    if (what === 'value') for (let j = 0; j < n; j++) out[o + j] = act.scaled(trace.Z[zOff + j], c);
    else for (let j = 0; j < n; j++) out[o + j] = derivativeScaled(act, trace.Z[zOff + j], c);
  }
}

/**
 * The forward step's activation: out = σ(z_k)/c_i for every sample (each in its frame c_i, as
 * `activate`), D_k = diag σ'(z_k) kept in the trace for the backward pass, and the mean of D_k
 * over units and samples recorded.
 */
export function activateForward(net: NetworkDraw, trace: Trace, k: number, out: Float64Array, outOff: number): void {
  const { n, B, act } = net;
  for (let i = 0; i < B; i++) {
    const zOff = ((k - 1) * B + i) * n;
    activateRun(act, trace.Z, zOff, pow2(trace.eZ[(k - 1) * B + i]), n, out, outOff + i * n, trace.D, zOff);
  }
  let s = 0;
  const off = (k - 1) * B * n;
  for (let j = 0; j < B * n; j++) s += trace.D[off + j];
  trace.meanD[k - 1] = s / (B * n);
}

/** ∇_{z_k}L = D_k ⊙ h for every sample, with D_k as the forward pass kept it. */
export function applySlope(net: NetworkDraw, trace: Trace, k: number, h: Float64Array, out: Float64Array): void {
  const len = net.B * net.n;
  const off = (k - 1) * len;
  for (let j = 0; j < len; j++) out[j] = trace.D[off + j] * h[j];
}

/**
 * Receives the per-sample factors of the parameter gradients during a backward pass, for a
 * caller that needs the gradients themselves (training) rather than their norms. Vectors are
 * B·n in scaled frames: the true vector i is v_i · 2^{exp[i]}.
 */
export interface ParameterGradientSink {
  /**
   * ∇_{W_k}L = (1/B) Σ_i δ_i a_{k,i}ᵀ and ∇_{b_k}L = (1/B) Σ_i δ_i, with δ = ∇_{z_k}L and a_k the
   * vector W_k multiplies (F_{k-1}, or LN(F_{k-1}) with pre-ln), passed as `Fprev`
   */
  layer(k: number, delta: Float64Array, deltaExp: Float64Array, Fprev: Float64Array, FprevExp: Float64Array): void;
  /** residual: ∇_{V_k}L = (α/B) Σ_i g_i s_iᵀ, with g = ∇_{u_k}L (= ∇_{F_k}L unless post-ln) and s = σ(z_k) */
  branch?(k: number, g: Float64Array, gExp: Float64Array, s: Float64Array, sExp: Float64Array): void;
}

/** How a backward pass starts and what it reports besides norms. */
export interface BackpropOptions {
  /** ∇_{F_L}L_i for every sample (B·n, true scale) instead of the configured loss */
  topGradient?: Float64Array;
  sink?: ParameterGradientSink;
}

/**
 * ∇_{F_L} L_i, the start of the backward pass, into G with exponents eG.
 * probe: L_i = uᵀF_L(x_i) ⇒ ∇ = u.   mse: L_i = ½‖F_L(x_i) − y_i‖² ⇒ ∇ = F_L(x_i) − y_i.
 */
export function lossGradient(net: NetworkDraw, trace: Trace, G: Float64Array, eG: Float64Array, given?: Float64Array): void {
  const { n, B, L } = net;
  for (let i = 0; i < B; i++) {
    if (given) {
      G.set(given.subarray(i * n, (i + 1) * n), i * n);
      eG[i] = 0;
    } else if (net.loss.kind === 'probe') {
      G.set(net.loss.u, i * n);
      eG[i] = 0;
    } else {
      const e = trace.eF[L * B + i];
      const c = pow2(-e);
      const fOff = (L * B + i) * n;
      for (let j = 0; j < n; j++) G[i * n + j] = trace.F[fOff + j] - c * net.loss.y[i * n + j];
      eG[i] = e;
    }
    trace.logGradF[L * B + i] = renormalize(G, i * n, n, eG, i);
  }
}
