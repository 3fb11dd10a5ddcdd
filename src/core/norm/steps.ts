// A layer's normalization steps, composed from the configured norm. A layer has three places a
// normalization can sit, and each is either absent (the identity) or one step with its forward
// and backward halves:
//   input          a_k = LN(F_{k-1})                         (pre-ln; otherwise a_k = F_{k-1})
//   preActivation  ẑ_k = BN(z_k) over the batch, before σ    (batch; otherwise ẑ_k = z_k)
//   output         F_k = LN(u_k), u_k the layer's own output  (post-ln; otherwise F_k = u_k)
// The plain and residual passes call the three places in order and know nothing of which
// normalization, if any, fills them.

import type { NormName } from '../config';
import type { NetworkDraw } from '../network';
import { renormalize } from '../logscale';
import type { Trace } from '../trace';
import { batchNormBackward, batchNormForward } from './batchNorm';
import { layerNormBackward, layerNormForward } from './layerNorm';

/** One normalization at one place of layer k, acting on the trace. */
export interface NormStep {
  /** the forward half: reads and writes the trace at layer k */
  forward(net: NetworkDraw, tr: Trace, k: number): void;
  /** the backward half: g ← Jᵀ g for the batch of vectors g (B·n at offset 0, exponents eg), in place */
  backward(net: NetworkDraw, tr: Trace, k: number, g: Float64Array, eg: Float64Array): void;
  /** b_k drops out of the step's output (BatchNorm subtracts the batch mean), so ∇_{b_k}L = 0 exactly */
  cancelsBias?: boolean;
}

export interface LayerSteps {
  input?: NormStep;
  preActivation?: NormStep;
  output?: NormStep;
}

/** No normalization anywhere. */
export const NO_STEPS: LayerSteps = Object.freeze({});

/** A batch of vectors in the scaled frame: vector i is v[off + i·n …] · 2^{e[eOff + i]}. */
export interface Frames {
  v: Float64Array;
  off: number;
  e: Float64Array;
  eOff: number;
}

/** a_k, the vector W_k multiplies: LN(F_{k-1}) where the trace keeps it (pre-ln), else F_{k-1}. */
export function layerInput(tr: Trace, k: number, B: number, n: number): Frames {
  const off = (k - 1) * B * n;
  const eOff = (k - 1) * B;
  return tr.A && tr.eA ? { v: tr.A, off, e: tr.eA, eOff } : { v: tr.F, off, e: tr.eF, eOff };
}

/** LN of every sample from `src` into `dst` (may be the same place), log2(1/s) into the memo. */
function normalizeSamples(src: Frames, dst: Frames, B: number, n: number, memo: Float64Array, memoOff: number): void {
  for (let i = 0; i < B; i++) {
    // a vector far from unit scale first comes back into range, so its variance cannot underflow
    renormalize(src.v, src.off + i * n, n, src.e, src.eOff + i);
    const { ey, log2InvS } = layerNormForward(src.v, src.off + i * n, src.e[src.eOff + i], n, dst.v, dst.off + i * n);
    dst.e[dst.eOff + i] = ey;
    memo[memoOff + i] = log2InvS;
    renormalize(dst.v, dst.off + i * n, n, dst.e, dst.eOff + i);
  }
}

/** g_i ← J_LN(x_i)ᵀ g_i for every sample, given LN's output y (the forward step's result). */
function backpropSamples(g: Float64Array, eg: Float64Array, y: Frames, B: number, n: number, memo: Float64Array, memoOff: number): void {
  for (let i = 0; i < B; i++) {
    eg[i] += layerNormBackward(g, i * n, n, y.v, y.off + i * n, y.e[y.eOff + i], memo[memoOff + i]);
    renormalize(g, i * n, n, eg, i);
  }
}

/** [norm.preln] a_k = LN(F_{k-1}); backward ∇_{F_{k-1}} = J_LNᵀ ∇_{a_k}. */
const preLayerNorm: NormStep = {
  forward(net, tr, k) {
    const { B, n } = net;
    const F: Frames = { v: tr.F, off: (k - 1) * B * n, e: tr.eF, eOff: (k - 1) * B };
    normalizeSamples(F, layerInput(tr, k, B, n), B, n, tr.normMemo, (k - 1) * B);
  },
  backward(net, tr, k, g, eg) {
    const { B, n } = net;
    backpropSamples(g, eg, layerInput(tr, k, B, n), B, n, tr.normMemo, (k - 1) * B);
  },
};

/** [norm.postln] F_k = LN(u_k) in place; backward ∇_{u_k} = J_LNᵀ ∇_{F_k}. */
const postLayerNorm: NormStep = {
  forward(net, tr, k) {
    const { B, n } = net;
    const F: Frames = { v: tr.F, off: k * B * n, e: tr.eF, eOff: k * B };
    normalizeSamples(F, F, B, n, tr.normMemo, (k - 1) * B);
  },
  backward(net, tr, k, g, eg) {
    const { B, n } = net;
    backpropSamples(g, eg, { v: tr.F, off: k * B * n, e: tr.eF, eOff: k * B }, B, n, tr.normMemo, (k - 1) * B);
  },
};

/** [norm.bn] ẑ_k = BN(z_k) over the batch, in place in the trace's z; backward couples the samples. */
const batchNorm: NormStep = {
  forward(net, tr, k) {
    const { B, n } = net;
    batchNormForward(tr.Z, (k - 1) * B * n, tr.eZ, (k - 1) * B, B, n, tr.normMemo, (k - 1) * n);
  },
  backward(net, tr, k, g, eg) {
    const { B, n } = net;
    batchNormBackward(g, eg, B, n, tr.Z, (k - 1) * B * n, tr.normMemo, (k - 1) * n);
  },
  cancelsBias: true,
};

/** The steps of every layer for a normalization setting. */
export function composeSteps(norm: NormName): LayerSteps {
  switch (norm) {
    case 'none':
      return NO_STEPS;
    case 'pre-ln':
      return { input: preLayerNorm };
    case 'post-ln':
      return { output: postLayerNorm };
    case 'batch':
      return { preActivation: batchNorm };
  }
}
