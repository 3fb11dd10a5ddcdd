// The plain network F_k = σ(z_k), z_k = W_k F_{k-1} + b_k, and its backward pass
// (Theorem 10.1), each layer's backward step beside its forward step. A normalization enters
// as the layer's composed steps (norm/steps.ts): a_k = LN(F_{k-1}) in place of F_{k-1} (pre-ln),
// BN(z_k) in place of z_k (batch), LN(σ(z_k)) in place of σ(z_k) (post-ln).

import type { NetworkDraw } from './network';
import { matTVecBatch, matVecBatch } from './linalg';
import { log10FrobeniusOfOuterSum, log10NormOfSum, newReduction, renormalize, type Reduction } from './logscale';
import { layerInput, NO_STEPS } from './norm/steps';
import {
  activateForward, addBias, applySlope, finishForwardLayer, lossGradient, newTrace,
  type BackpropOptions, type ParameterGradientSink, type Trace,
} from './trace';

/** [plain.forward] z_k = W_k a_k + b_k,  F_k = σ(z_k), a_k = F_{k-1}. Returns false on overflow. */
function forwardPlainLayer(net: NetworkDraw, tr: Trace, k: number): boolean {
  const { n, B } = net;
  const steps = net.steps ?? NO_STEPS;
  const prev = (k - 1) * B * n;
  steps.input?.forward(net, tr, k);
  const a = layerInput(tr, k, B, n);
  matVecBatch(net.Wop(k), n, net.sigmaW, a.v, a.off, B, tr.Z, prev);
  tr.eZ.set(a.e.subarray(a.eOff, a.eOff + B), (k - 1) * B);
  addBias(net, tr, k);
  steps.preActivation?.forward(net, tr, k);
  activateForward(net, tr, k, tr.F, k * B * n);
  tr.eF.set(tr.eZ.subarray((k - 1) * B, k * B), k * B);
  steps.output?.forward(net, tr, k);
  return finishForwardLayer(net, tr, k);
}

/** Backward buffers: G holds ∇_{F_k}L_i, Δ holds ∇_{z_k}L_i, both scaled by 2^{eG_i}. */
interface Backward {
  G: Float64Array;
  eG: Float64Array;
  delta: Float64Array;
  t: Float64Array;
  red: Reduction;
  sink?: ParameterGradientSink;
}

/**
 * [plain.backprop] at layer k, given ∇_{F_k}L in G (L = Σ_i L_i: with BatchNorm the samples
 * are coupled, and row i is ∂L/∂F_k(x_i)):
 *   ∇_{z_k}L = D_k ∇_{F_k}L          [plain.backprop.z]
 *   ∇_{W_k}L = (∇_{z_k}L) a_kᵀ        [plain.backprop.W]
 *   ∇_{b_k}L = ∇_{z_k}L              [plain.backprop.b]
 *   ∇_{a_k}L = W_kᵀ ∇_{z_k}L          [plain.backprop.F]
 * with the normalization steps' backward halves in reverse order around them.
 */
function backpropPlainLayer(net: NetworkDraw, tr: Trace, k: number, bw: Backward): void {
  const { n, B } = net;
  const steps = net.steps ?? NO_STEPS;
  steps.output?.backward(net, tr, k, bw.G, bw.eG);
  // ∇_{z_k}L = D_k ∇_{F_k}L with D_k = diag σ'(z_k)
  applySlope(net, tr, k, bw.G, bw.delta);
  // a saturated D_k can make ∇_{z_k}L tiny: move it into its own frame before using it
  for (let i = 0; i < B; i++) renormalize(bw.delta, i * n, n, bw.eG, i);
  steps.preActivation?.backward(net, tr, k, bw.delta, bw.eG);
  // ∇_{W_k}L and ∇_{b_k}L of the batch mean: (1/B) Σ_i (∇_{z_k}L)_i a_k(x_i)ᵀ and (1/B) Σ_i (∇_{z_k}L)_i
  const a = layerInput(tr, k, B, n);
  for (let i = 0; i < B; i++) bw.t[i] = bw.eG[i] + a.e[a.eOff + i];
  tr.gradW[k - 1] = log10FrobeniusOfOuterSum(bw.delta, 0, a.v, a.off, bw.t, n, B, bw.red);
  tr.gradB[k - 1] = steps.preActivation?.cancelsBias ? -Infinity : log10NormOfSum(bw.delta, 0, bw.eG, n, B, bw.red);
  bw.sink?.layer(k, bw.delta, bw.eG, a.v.subarray(a.off, a.off + B * n), a.e.subarray(a.eOff, a.eOff + B));
  // ∇_{a_k}L = W_kᵀ ∇_{z_k}L, then ∇_{F_{k-1}}L through the input step
  matTVecBatch(net.Wop(k), n, net.sigmaW, bw.delta, 0, B, bw.G, 0, false);
  steps.input?.backward(net, tr, k, bw.G, bw.eG);
  for (let i = 0; i < B; i++) tr.logGradF[(k - 1) * B + i] = renormalize(bw.G, i * n, n, bw.eG, i);
}

/** The forward pass alone: F_k and z_k for every layer, in the trace. */
export function forwardPlain(net: NetworkDraw): Trace {
  const tr = newTrace(net);
  for (let k = 1; k <= net.L; k++) if (!forwardPlainLayer(net, tr, k)) break;
  return tr;
}

/** The backward pass over a forward trace; fills the trace's gradient figures. */
export function backpropPlain(net: NetworkDraw, tr: Trace, options: BackpropOptions = {}): Trace {
  if (tr.overflowLayer !== null) return tr;
  const { n, B } = net;
  const bw: Backward = {
    G: new Float64Array(B * n),
    eG: new Float64Array(B),
    delta: new Float64Array(B * n),
    t: new Float64Array(B),
    red: newReduction(n, B),
    sink: options.sink,
  };
  lossGradient(net, tr, bw.G, bw.eG, options.topGradient);
  for (let k = net.L; k >= 1; k--) backpropPlainLayer(net, tr, k, bw);
  tr.gradV.fill(NaN);
  return tr;
}

/** Forward then backward through the plain network; every per-sample figure is in the trace. */
export function runPlain(net: NetworkDraw): Trace {
  return backpropPlain(net, forwardPlain(net));
}
