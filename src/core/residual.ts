// The residual network F_k = F_{k-1} + α V_k σ(z_k), z_k = W_k F_{k-1} + b_k, and its
// backward pass, each layer's backward step beside its forward step. The proof: with
// h_k(F_k) = L and h_{k-1}(F_{k-1}) = h_k(F_{k-1} + α V_k σ(W_k F_{k-1} + b_k)), the chain
// rule gives ∇h_{k-1} = (I + α V_k D_k W_k)ᵀ ∇h_k.

import { log10 } from './fdlibm';
import type { NetworkDraw } from './network';
import { matTVecBatch, matVecBatch } from './linalg';
import { log10FrobeniusOfOuterSum, log10NormOfSum, newReduction, renormalize, type Reduction } from './logscale';
import {
  activate, activateForward, addBias, applySlope, finishForwardLayer, lossGradient, newTrace,
  type BackpropOptions, type ParameterGradientSink, type Trace,
} from './trace';

/** [residual.forward] z_k = W_k F_{k-1} + b_k,  F_k = F_{k-1} + α V_k σ(z_k). */
function forwardResidualLayer(net: NetworkDraw, tr: Trace, k: number, s: Float64Array): boolean {
  const { n, B } = net;
  const prev = (k - 1) * B * n;
  const cur = k * B * n;
  matVecBatch(net.Wop(k), n, net.sigmaW, tr.F, prev, B, tr.Z, prev);
  addBias(net, tr, k);
  // σ(z_k) is kept in the trace: the backward pass needs it again for ∇V_k
  activateForward(net, tr, k, s, prev);
  matVecBatch(net.Vop(k), n, net.alpha * net.sigmaV, s, prev, B, tr.F, cur);
  for (let j = 0; j < B * n; j++) tr.F[cur + j] += tr.F[prev + j];
  return finishForwardLayer(net, tr, k);
}

interface Backward {
  G: Float64Array;
  eG: Float64Array;
  h: Float64Array;
  delta: Float64Array;
  s: Float64Array;
  t: Float64Array;
  red: Reduction;
  sink?: ParameterGradientSink;
}

/**
 * [residual.backprop] at layer k, given ∇_{F_k}L in G:
 *   ∇_{V_k}L = α (∇_{F_k}L) σ(z_k)ᵀ                 [residual.backprop.V]
 *   ∇_{z_k}L = α D_k V_kᵀ ∇_{F_k}L                  [residual.backprop.z]
 *   ∇_{W_k}L = (∇_{z_k}L) F_{k-1}ᵀ                  [residual.backprop.W]
 *   ∇_{b_k}L = ∇_{z_k}L                             [residual.backprop.b]
 *   ∇_{F_{k-1}}L = ∇_{F_k}L + W_kᵀ ∇_{z_k}L         [residual.backprop.F]
 */
function backpropResidualLayer(net: NetworkDraw, tr: Trace, k: number, bw: Backward): void {
  const { n, B, alpha } = net;
  const prev = (k - 1) * B * n;
  for (let i = 0; i < B; i++) bw.t[i] = bw.eG[i] + tr.eF[(k - 1) * B + i];
  // ∇_{V_k}L = α (1/B) Σ_i (∇_{F_k}L_i) σ(z_k(x_i))ᵀ, with σ(z_k) as the forward pass kept it
  let s = bw.s;
  let sOff = 0;
  if (tr.S) {
    s = tr.S;
    sOff = prev;
  } else activate(net, tr, k, 'value', bw.s, 0);
  bw.sink?.branch?.(k, bw.G, bw.eG, s.subarray(sOff, sOff + B * n), tr.eF.subarray((k - 1) * B, k * B));
  tr.gradV[k - 1] = alpha === 0 ? -Infinity : log10FrobeniusOfOuterSum(bw.G, 0, s, sOff, bw.t, n, B, bw.red) + log10(alpha);
  // ∇_{z_k}L = α D_k V_kᵀ ∇_{F_k}L
  matTVecBatch(net.Vop(k), n, alpha * net.sigmaV, bw.G, 0, B, bw.h, 0, false);
  applySlope(net, tr, k, bw.h, bw.delta);
  tr.gradW[k - 1] = log10FrobeniusOfOuterSum(bw.delta, 0, tr.F, prev, bw.t, n, B, bw.red);
  tr.gradB[k - 1] = log10NormOfSum(bw.delta, 0, bw.eG, n, B, bw.red);
  bw.sink?.layer(k, bw.delta, bw.eG, tr.F.subarray(prev, prev + B * n), tr.eF.subarray((k - 1) * B, k * B));
  // ∇_{F_{k-1}}L = ∇_{F_k}L + W_kᵀ ∇_{z_k}L: the identity term is the skip connection
  matTVecBatch(net.Wop(k), n, net.sigmaW, bw.delta, 0, B, bw.G, 0, true);
  for (let i = 0; i < B; i++) tr.logGradF[(k - 1) * B + i] = renormalize(bw.G, i * n, n, bw.eG, i);
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
