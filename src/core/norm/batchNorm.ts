// BatchNorm of z_k over the batch, one feature at a time, and its backward step, side by side:
//   ẑ_ij = (z_ij − μ_j)/s_j,  μ_j = (1/B) Σ_i z_ij,  s_j = sqrt((1/B) Σ_i (z_ij − μ_j)² + ε)
// (training-mode statistics, population variance, no gain or shift). The samples arrive in
// frames of their own, z_i = z̃_i·2^{e_i}; they are brought to the batch's largest frame, where
// a sample 2^{1074} times smaller than the largest is zero to float precision anyway. The
// output |ẑ_ij| ≤ √B, so ẑ is stored at true scale (frame 0).

import { exp2, exp2Split, log2InvStd } from './scale';
import { NORM_EPS } from './layerNorm';
import { pow2, renormalize } from '../logscale';

/**
 * [norm.bn.forward] z̃ (B vectors of n at zOff, frames e[eOff..]) → ẑ in place at true scale;
 * e is set to 0 and log2(1/s_j) written to invS[sOff + j].
 */
export function batchNormForward(
  Z: Float64Array, zOff: number, e: Float64Array, eOff: number, B: number, n: number,
  invS: Float64Array, sOff: number,
): void {
  let E = -Infinity;
  for (let i = 0; i < B; i++) E = Math.max(E, e[eOff + i]);
  const w = Float64Array.from({ length: B }, (_, i) => pow2(e[eOff + i] - E));
  for (let j = 0; j < n; j++) {
    let mu = 0;
    for (let i = 0; i < B; i++) mu += w[i] * Z[zOff + i * n + j];
    mu /= B;
    let v = 0;
    for (let i = 0; i < B; i++) {
      const d = w[i] * Z[zOff + i * n + j] - mu;
      v += d * d;
    }
    v /= B;
    const l = log2InvStd(v, E, NORM_EPS);
    invS[sOff + j] = l;
    const { whole, factor } = exp2Split(E + l);
    const c = pow2(whole);
    for (let i = 0; i < B; i++) Z[zOff + i * n + j] = (w[i] * Z[zOff + i * n + j] - mu) * factor * c;
  }
  e.fill(0, eOff, eOff + B);
}

/**
 * [norm.bn.backprop] g ← ∂(Σ_m L_m)/∂z from g = ∂(Σ_m L_m)/∂ẑ (B vectors at offset 0, frames eg),
 * in place. Every sample's result depends on the whole batch:
 *   ∂/∂z_ij = (1/s_j)(g_ij − (1/B) Σ_m g_mj − ẑ_ij (1/B) Σ_m ẑ_mj g_mj)   (J_BN, symmetric in i ↔ m)
 */
export function batchNormBackward(
  g: Float64Array, eg: Float64Array, B: number, n: number,
  zHat: Float64Array, zOff: number, invS: Float64Array, sOff: number,
): void {
  let G = -Infinity;
  for (let i = 0; i < B; i++) G = Math.max(G, eg[i]);
  if (G === -Infinity) return;
  const w = Float64Array.from({ length: B }, (_, i) => pow2(eg[i] - G));
  let top = -Infinity;
  for (let j = 0; j < n; j++) top = Math.max(top, invS[sOff + j]);
  // one frame for the batch: 2^{G + whole}, the features' own 1/s_j as factors ≤ √2 below it
  const { whole } = exp2Split(top);
  // Centred on sample 0, and with Σ_m ẑ_mj = 0 used exactly rather than as rounded: a batch whose
  // g_·j are all equal (a probe loss right after BN) gets an exact zero, not rounding noise.
  //   ∂/∂z_ij = (1/s_j)(d_ij − (1/B) Σ_m d_mj − ẑ_ij (1/B) Σ_m ẑ_mj d_mj),  d_mj = g_mj − g_0j
  const d = new Float64Array(B);
  for (let j = 0; j < n; j++) {
    const g0 = w[0] * g[j];
    let md = 0;
    let mx = 0;
    for (let i = 0; i < B; i++) {
      d[i] = w[i] * g[i * n + j] - g0;
      md += d[i];
      mx += zHat[zOff + i * n + j] * d[i];
    }
    md /= B;
    mx /= B;
    const f = exp2(invS[sOff + j] - whole);
    for (let i = 0; i < B; i++) g[i * n + j] = (d[i] - md - zHat[zOff + i * n + j] * mx) * f;
  }
  for (let i = 0; i < B; i++) {
    eg[i] = G + whole;
    renormalize(g, i * n, n, eg, i);
  }
}
