// LayerNorm of one sample, LN(x) = (x − mean x)/s with s = sqrt(var x + ε) (population variance
// over the n features, no gain or shift), and its backward step, side by side. Both work on a
// vector held in the core's scaled frame x = x̃·2^e: LN is not scale-free when ε > 0
// (LN(c·x̃) ≠ LN(x̃)), so the frame enters through ε, in the log domain, and nothing overflows.

import { exp2Split, log2InvStd } from './scale';
import type { Matrix } from '../jacobian';

/** ε of every normalization layer. */
export const NORM_EPS = 1e-5;

/**
 * [norm.ln.forward] y = LN(x) for x = x̃·2^e (x̃ at xOff, length n). Writes ỹ at yOff with
 * y = ỹ·2^{ey} and returns ey and log2(1/s), which the backward step needs.
 *   x̂ = (x − m)/s,  s = sqrt(var x + ε) = 2^e sqrt(var x̃ + ε 2^{−2e})
 */
export function layerNormForward(
  x: Float64Array, xOff: number, e: number, n: number,
  y: Float64Array, yOff: number,
): { ey: number; log2InvS: number } {
  let m = 0;
  for (let j = 0; j < n; j++) m += x[xOff + j];
  m /= n;
  let v = 0;
  for (let j = 0; j < n; j++) {
    const d = x[xOff + j] - m;
    v += d * d;
  }
  v /= n;
  // log2(1/s) = −½ log2(var x̃ · 2^{2e} + ε), never formed as a number that could overflow
  const log2InvS = log2InvStd(v, e, NORM_EPS);
  // y = (x̃ − m̃)·2^{e + log2(1/s)}: an integer part into the frame, the rest (in [½√2, √2]) into ỹ
  const { whole, factor } = exp2Split(e + log2InvS);
  for (let j = 0; j < n; j++) y[yOff + j] = (x[xOff + j] - m) * factor;
  return { ey: whole, log2InvS };
}

/**
 * [norm.ln.backprop] ∇_x = J_LNᵀ ∇_y with J_LN = (1/s)(I − 11ᵀ/n − x̂x̂ᵀ/n) (symmetric), in place:
 *   ∇_x = (1/s)(g − mean(g)·1 − x̂ (x̂·g)/n),  g = ∇_y = g̃·2^{eg}
 * x̂ = ỹ·2^{ey} is the forward step's output. Returns the shift to add to g's exponent.
 */
export function layerNormBackward(
  g: Float64Array, gOff: number, n: number,
  yHat: Float64Array, yOff: number, ey: number, log2InvS: number,
): number {
  const c = 2 ** ey;
  let mg = 0;
  let xg = 0;
  for (let j = 0; j < n; j++) {
    mg += g[gOff + j];
    xg += c * yHat[yOff + j] * g[gOff + j];
  }
  mg /= n;
  xg /= n;
  const { whole, factor } = exp2Split(log2InvS);
  for (let j = 0; j < n; j++) g[gOff + j] = (g[gOff + j] - mg - c * yHat[yOff + j] * xg) * factor;
  return whole;
}

/** LN(x) at true scale, for small examples (the Jacobian lab) and checks. */
export function layerNorm(x: Float64Array, eps = NORM_EPS): Float64Array {
  const n = x.length;
  const m = x.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(x.reduce((a, v) => a + (v - m) * (v - m), 0) / n + eps);
  return x.map((v) => (v - m) / s);
}

/** [norm.ln.jacobian] J_LN(x) = (1/s)(I − 11ᵀ/n − x̂x̂ᵀ/n), the analytic Jacobian of LN at x. */
export function layerNormJacobian(x: Float64Array, eps = NORM_EPS): { xHat: Float64Array; s: number; J: Matrix } {
  const n = x.length;
  const m = x.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(x.reduce((a, v) => a + (v - m) * (v - m), 0) / n + eps);
  const xHat = x.map((v) => (v - m) / s);
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) data[i * n + j] = ((i === j ? 1 : 0) - 1 / n - (xHat[i] * xHat[j]) / n) / s;
  }
  return { xHat, s, J: { rows: n, cols: n, data } };
}
