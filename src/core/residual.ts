// The residual network F_k = F_{k-1} + α V_k σ(z_k), z_k = W_k F_{k-1} + b_k, and its
// backward pass, each layer's backward step beside its forward step. The proof: with
// h_k(F_k) = L and h_{k-1}(F_{k-1}) = h_k(F_{k-1} + α V_k σ(W_k F_{k-1} + b_k)), the chain
// rule gives ∇h_{k-1} = (I + α V_k D_k W_k)ᵀ ∇h_k. A normalization enters as the layer's
// composed steps (norm/steps.ts): W_k LN(F_{k-1}) in the branch (pre-ln), BN(z_k) before σ
// (batch), F_k = LN(F_{k-1} + α V_k σ(z_k)) (post-ln).

import { log10 } from './fdlibm';
import type { NetworkDraw } from './network';
import { matTVecBatch, matVecBatch } from './linalg';
import { log10FrobeniusOfOuterSum, log10NormOfSum, newReduction, pow2, renormalize, type Reduction } from './logscale';
import { layerInput, NO_STEPS } from './norm/steps';
import {
  activate, activateForward, addBias, applySlope, finishForwardLayer, lossGradient, newTrace,
  type BackpropOptions, type ParameterGradientSink, type Trace,
} from './trace';

/**
 * [residual.forward] z_k = W_k a_k + b_k,  u_k = F_{k-1} + α V_k σ(z_k),  F_k = u_k, with
 * a_k = F_{k-1} unless a normalization step replaces it.
 */
function forwardResidualLayer(net: NetworkDraw, tr: Trace, k: number, s: Float64Array): boolean {
  const { n, B } = net;
  const steps = net.steps ?? NO_STEPS;
  const prev = (k - 1) * B * n;
  const cur = k * B * n;
  steps.input?.forward(net, tr, k);
  const a = layerInput(tr, k, B, n);
  matVecBatch(net.Wop(k), n, net.sigmaW, a.v, a.off, B, tr.Z, prev);
  tr.eZ.set(a.e.subarray(a.eOff, a.eOff + B), (k - 1) * B);
  addBias(net, tr, k);
  steps.preActivation?.forward(net, tr, k);
  // σ(z_k) is kept in the trace: the backward pass needs it again for ∇V_k
  activateForward(net, tr, k, s, prev);
  matVecBatch(net.Vop(k), n, net.alpha * net.sigmaV, s, prev, B, tr.F, cur);
  addSkip(tr, k, B, n);
  steps.output?.forward(net, tr, k);
  return finishForwardLayer(net, tr, k);
}

/**
 * F̃_k += F̃_{k-1}, the skip connection, with the branch α V_k σ(z_k) in the frame of z_k and
 * F_{k-1} in its own: both are brought to the larger of the two frames (an exact power of two).
 */
function addSkip(tr: Trace, k: number, B: number, n: number): void {
  for (let i = 0; i < B; i++) {
    const eb = tr.eZ[(k - 1) * B + i];
    const ef = tr.eF[(k - 1) * B + i];
    const cur = (k * B + i) * n;
    const prev = ((k - 1) * B + i) * n;
    if (eb === ef) {
      for (let j = 0; j < n; j++) tr.F[cur + j] += tr.F[prev + j];
    } else {
      const e = Math.max(eb, ef);
      const cb = pow2(eb - e);
      const cf = pow2(ef - e);
      for (let j = 0; j < n; j++) tr.F[cur + j] = cb * tr.F[cur + j] + cf * tr.F[prev + j];
    }
    tr.eF[k * B + i] = Math.max(eb, ef);
  }
}

interface Backward {
  G: Float64Array;
  eG: Float64Array;
  h: Float64Array;
  /** exponents of ∇_{z_k}L, which a BatchNorm or LayerNorm step moves away from those of G */
  eD: Float64Array;
  delta: Float64Array;
  s: Float64Array;
  t: Float64Array;
  red: Reduction;
  sink?: ParameterGradientSink;
}

/**
 * [residual.backprop] at layer k, given ∇_{F_k}L in G (∇_{u_k}L once an output step is undone):
 *   ∇_{V_k}L = α (∇_{F_k}L) σ(z_k)ᵀ                 [residual.backprop.V]
 *   ∇_{z_k}L = α D_k V_kᵀ ∇_{F_k}L                  [residual.backprop.z]
 *   ∇_{W_k}L = (∇_{z_k}L) a_kᵀ                      [residual.backprop.W]
 *   ∇_{b_k}L = ∇_{z_k}L                             [residual.backprop.b]
 *   ∇_{F_{k-1}}L = ∇_{F_k}L + W_kᵀ ∇_{z_k}L         [residual.backprop.F]
 * (the last through the input step's Jacobian when a_k = LN(F_{k-1})).
 */
function backpropResidualLayer(net: NetworkDraw, tr: Trace, k: number, bw: Backward): void {
  const { n, B, alpha } = net;
  const steps = net.steps ?? NO_STEPS;
  const prev = (k - 1) * B * n;
  steps.output?.backward(net, tr, k, bw.G, bw.eG);
  const eZ = tr.eZ.subarray((k - 1) * B, k * B);
  for (let i = 0; i < B; i++) bw.t[i] = bw.eG[i] + eZ[i];
  // ∇_{V_k}L = α (1/B) Σ_i (∇_{F_k}L_i) σ(z_k(x_i))ᵀ, with σ(z_k) as the forward pass kept it
  let s = bw.s;
  let sOff = 0;
  if (tr.S) {
    s = tr.S;
    sOff = prev;
  } else activate(net, tr, k, 'value', bw.s, 0);
  bw.sink?.branch?.(k, bw.G, bw.eG, s.subarray(sOff, sOff + B * n), eZ);
  tr.gradV[k - 1] = alpha === 0 ? -Infinity : log10FrobeniusOfOuterSum(bw.G, 0, s, sOff, bw.t, n, B, bw.red) + log10(alpha);
  // ∇_{z_k}L = α D_k V_kᵀ ∇_{F_k}L
  matTVecBatch(net.Vop(k), n, alpha * net.sigmaV, bw.G, 0, B, bw.h, 0, false);
  applySlope(net, tr, k, bw.h, bw.delta);
  bw.eD.set(bw.eG);
  steps.preActivation?.backward(net, tr, k, bw.delta, bw.eD);
  const a = layerInput(tr, k, B, n);
  for (let i = 0; i < B; i++) bw.t[i] = bw.eD[i] + a.e[a.eOff + i];
  tr.gradW[k - 1] = log10FrobeniusOfOuterSum(bw.delta, 0, a.v, a.off, bw.t, n, B, bw.red);
  tr.gradB[k - 1] = steps.preActivation?.cancelsBias ? -Infinity : log10NormOfSum(bw.delta, 0, bw.eD, n, B, bw.red);
  bw.sink?.layer(k, bw.delta, bw.eD, a.v.subarray(a.off, a.off + B * n), a.e.subarray(a.eOff, a.eOff + B));
  // ∇_{F_{k-1}}L = ∇_{F_k}L + W_kᵀ ∇_{z_k}L: the identity term is the skip connection
  if (!steps.input && sameFrames(bw.eD, bw.eG, B)) {
    matTVecBatch(net.Wop(k), n, net.sigmaW, bw.delta, 0, B, bw.G, 0, true);
  } else {
    matTVecBatch(net.Wop(k), n, net.sigmaW, bw.delta, 0, B, bw.h, 0, false);
    steps.input?.backward(net, tr, k, bw.h, bw.eD);
    addInFrames(bw.G, bw.eG, bw.h, bw.eD, B, n);
  }
  for (let i = 0; i < B; i++) tr.logGradF[(k - 1) * B + i] = renormalize(bw.G, i * n, n, bw.eG, i);
}

function sameFrames(a: Float64Array, b: Float64Array, B: number): boolean {
  for (let i = 0; i < B; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** G_i·2^{eG_i} += h_i·2^{eh_i} for every sample, in the larger of the two frames. */
function addInFrames(G: Float64Array, eG: Float64Array, h: Float64Array, eh: Float64Array, B: number, n: number): void {
  for (let i = 0; i < B; i++) {
    const e = Math.max(eG[i], eh[i]);
    if (e === -Infinity) continue;
    const cg = pow2(eG[i] - e);
    const ch = pow2(eh[i] - e);
    for (let j = 0; j < n; j++) G[i * n + j] = cg * G[i * n + j] + ch * h[i * n + j];
    eG[i] = e;
  }
}

/** The forward pass alone. */
export function forwardResidual(net: NetworkDraw): Trace {
  const tr = newTrace(net);
  const S = new Float64Array(net.L * net.B * net.n);
  tr.S = S;
  for (let k = 1; k <= net.L; k++) if (!forwardResidualLayer(net, tr, k, S)) break;
  return tr;
}

/** The backward pass over a forward trace; fills the trace's gradient figures. */
export function backpropResidual(net: NetworkDraw, tr: Trace, options: BackpropOptions = {}): Trace {
  if (tr.overflowLayer !== null) return tr;
  const { n, B } = net;
  const bw: Backward = {
    G: new Float64Array(B * n),
    eG: new Float64Array(B),
    h: new Float64Array(B * n),
    eD: new Float64Array(B),
    delta: new Float64Array(B * n),
    s: new Float64Array(B * n),
    t: new Float64Array(B),
    red: newReduction(n, B),
    sink: options.sink,
  };
  lossGradient(net, tr, bw.G, bw.eG, options.topGradient);
  for (let k = net.L; k >= 1; k--) backpropResidualLayer(net, tr, k, bw);
  return tr;
}

/** Forward then backward through the residual network. */
export function runResidual(net: NetworkDraw): Trace {
  return backpropResidual(net, forwardResidual(net));
}
