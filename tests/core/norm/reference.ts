// An independent, deliberately naive forward pass of a normalized (and possibly tied) network
// on nested arrays, a whole batch at a time because BatchNorm couples its samples. The oracle
// for the core's gradients: central differences of Σ_i L_i and of the batch-mean loss.

import { ACTIVATION_TABLE } from '../../../src/core/activations';
import type { NormName } from '../../../src/core/config';
import type { RefNet } from '../reference';

export interface NormRefNet extends RefNet {
  norm: NormName;
}

const EPS = 1e-5;

function matvec(M: number[][], v: number[]): number[] {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

/** LN(v) = (v − mean v)/sqrt(var v + ε), population variance. */
export function refLayerNorm(v: number[]): number[] {
  const m = v.reduce((s, e) => s + e, 0) / v.length;
  const variance = v.reduce((s, e) => s + (e - m) ** 2, 0) / v.length;
  return v.map((e) => (e - m) / Math.sqrt(variance + EPS));
}

/** BN over the batch (rows are samples), one feature (column) at a time. */
export function refBatchNorm(Z: number[][]): number[][] {
  const B = Z.length;
  const n = Z[0].length;
  const out = Z.map((row) => [...row]);
  for (let j = 0; j < n; j++) {
    const m = Z.reduce((s, row) => s + row[j], 0) / B;
    const variance = Z.reduce((s, row) => s + (row[j] - m) ** 2, 0) / B;
    for (let i = 0; i < B; i++) out[i][j] = (Z[i][j] - m) / Math.sqrt(variance + EPS);
  }
  return out;
}

/** Layer k (1-based) on the whole batch; `preact` collects σ's inputs (to keep away from kinks). */
export function refNormLayer(net: NormRefNet, k: number, F: number[][], preact?: number[]): number[][] {
  const sigma = ACTIVATION_TABLE[net.act].f;
  const a = net.norm === 'pre-ln' ? F.map(refLayerNorm) : F;
  const z = a.map((ai) => matvec(net.W[k - 1], ai).map((v, r) => v + net.b[k - 1][r]));
  const zHat = net.norm === 'batch' ? refBatchNorm(z) : z;
  zHat.forEach((row) => preact?.push(...row));
  const h = zHat.map((row) => row.map(sigma));
  const u = net.arch === 'plain' ? h : F.map((f, i) => {
    const branch = matvec(net.V[k - 1], h[i]);
    return f.map((e, r) => e + net.alpha * branch[r]);
  });
  return net.norm === 'post-ln' ? u.map(refLayerNorm) : u;
}

/** F_k(x_i) for every k = 0..L and sample i: out[k][i]. */
export function refNormActivations(net: NormRefNet, preact?: number[]): number[][][] {
  const out = [net.x.map((x) => [...x])];
  for (let k = 1; k <= net.L; k++) out.push(refNormLayer(net, k, out[k - 1], preact));
  return out;
}

/** Σ_i L_i as a function of the batch's F_k. */
export function refSumLoss(net: NormRefNet, from: number, F: number[][]): number {
  let cur = F;
  for (let k = from + 1; k <= net.L; k++) cur = refNormLayer(net, k, cur);
  return cur.reduce((s, out, i) => {
    if (net.loss === 'probe') return s + out.reduce((t, v, j) => t + v * net.u[j], 0);
    return s + 0.5 * out.reduce((t, v, j) => t + (v - net.y[i][j]) ** 2, 0);
  }, 0);
}

/** The batch-mean loss (1/B) Σ_i L_i, whose parameter gradients the core reports. */
export function refMeanLoss(net: NormRefNet): number {
  return refSumLoss(net, 0, net.x.map((x) => [...x])) / net.x.length;
}
