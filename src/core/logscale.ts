// Carrying huge and tiny vectors exactly: a vector is stored as ṽ with a binary exponent e,
// v = ṽ · 2^e. Rescaling by a power of two is exact in floating point, so a network whose
// norms reach 10^±600 computes the same digits as one that stays in range.

import { log10, log2, pow2 } from './fdlibm';
import { norm2 } from './linalg';

export const LOG10_2 = log10(2);
/** Keep stored norms within [2^-LIMIT, 2^LIMIT]; far from the float range, so no step can leave it. */
const LIMIT = 64;

export { pow2 };

/**
 * Rescale vector `i` of a batch (at `off`, length n) into range if its norm left it;
 * adds the shift to `exps[ei]`. Returns log10 of the true norm (-Infinity for a zero vector).
 */
export function renormalize(x: Float64Array, off: number, n: number, exps: Float64Array, ei: number): number {
  const nu = norm2(x, off, n);
  if (nu === 0) return -Infinity;
  if (!Number.isFinite(nu)) return nu; // Infinity or NaN: the caller reports the overflow
  const l2 = log2(nu);
  if (l2 > LIMIT || l2 < -LIMIT) {
    const shift = Math.round(l2);
    scaleByPow2(x, off, n, -shift);
    exps[ei] += shift;
    return log10(norm2(x, off, n)) + exps[ei] * LOG10_2;
  }
  return log10(nu) + exps[ei] * LOG10_2;
}

/** x ← x · 2^e, in two exact steps so that e may exceed the exponent range of one factor. */
export function scaleByPow2(x: Float64Array, off: number, n: number, e: number): void {
  const e1 = Math.trunc(e / 2);
  const f1 = pow2(e1);
  const f2 = pow2(e - e1);
  for (let j = 0; j < n; j++) x[off + j] = x[off + j] * f1 * f2;
}

/**
 * Copy the vectors of a batch into `dst`, each scaled by a power of two to unit order, and add
 * the shift to t (so 2^{t_i} dst_i is unchanged). Products of tiny vectors then cannot underflow.
 */
function normalizedCopies(src: Float64Array, off: number, n: number, B: number, dst: Float64Array, t: Float64Array): void {
  dst.set(src.subarray(off, off + B * n));
  for (let i = 0; i < B; i++) {
    const nu = norm2(dst, i * n, n);
    if (nu === 0 || !Number.isFinite(nu)) continue;
    const shift = Math.round(log2(nu));
    if (shift === 0) continue;
    scaleByPow2(dst, i * n, n, -shift);
    t[i] += shift;
  }
}

/** Scratch space for the gradient-norm reductions of one backward pass. */
export interface Reduction {
  a: Float64Array;
  b: Float64Array;
  t: Float64Array;
  sum: Float64Array;
}

export function newReduction(n: number, B: number): Reduction {
  return { a: new Float64Array(B * n), b: new Float64Array(B * n), t: new Float64Array(B), sum: new Float64Array(n) };
}

/**
 * log10 ‖(1/B) Σ_i 2^{t_i} a_i b_iᵀ‖_F without forming the n×n matrix:
 * ‖Σ_i a_i b_iᵀ‖_F² = Σ_{i,j} (a_i·a_j)(b_i·b_j), weighted by 2^{t_i + t_j − 2T}, T = max t.
 */
export function log10FrobeniusOfOuterSum(
  aSrc: Float64Array, aOff: number, bSrc: Float64Array, bOff: number,
  tSrc: Float64Array, n: number, B: number, red: Reduction,
): number {
  const { a, b, t } = red;
  t.set(tSrc.subarray(0, B));
  normalizedCopies(aSrc, aOff, n, B, a, t);
  normalizedCopies(bSrc, bOff, n, B, b, t);
  aOff = 0;
  bOff = 0;
  let T = -Infinity;
  for (let i = 0; i < B; i++) if (t[i] > T) T = t[i];
  let sum = 0;
  for (let i = 0; i < B; i++) {
    const wi = pow2(t[i] - T);
    if (wi === 0) continue;
    const ai = aOff + i * n, bi = bOff + i * n;
    let aa = 0, bb = 0;
    for (let j = 0; j < n; j++) {
      aa += a[ai + j] * a[ai + j];
      bb += b[bi + j] * b[bi + j];
    }
    sum += wi * wi * aa * bb;
    // partners k > i, four per pass over a_i and b_i; each dot product is its own sequential sum
    let k = i + 1;
    for (; k + 3 < B; k += 4) {
      const a0 = aOff + k * n, a1 = a0 + n, a2 = a1 + n, a3 = a2 + n;
      const b0 = bOff + k * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      let ab0 = 0, ab1 = 0, ab2 = 0, ab3 = 0, bb0 = 0, bb1 = 0, bb2 = 0, bb3 = 0;
      for (let j = 0; j < n; j++) {
        const x = a[ai + j], y = b[bi + j];
        ab0 += x * a[a0 + j]; ab1 += x * a[a1 + j]; ab2 += x * a[a2 + j]; ab3 += x * a[a3 + j];
        bb0 += y * b[b0 + j]; bb1 += y * b[b1 + j]; bb2 += y * b[b2 + j]; bb3 += y * b[b3 + j];
      }
      const w0 = pow2(t[k] - T), w1 = pow2(t[k + 1] - T), w2 = pow2(t[k + 2] - T), w3 = pow2(t[k + 3] - T);
      if (w0 !== 0) sum += 2 * wi * w0 * ab0 * bb0;
      if (w1 !== 0) sum += 2 * wi * w1 * ab1 * bb1;
      if (w2 !== 0) sum += 2 * wi * w2 * ab2 * bb2;
      if (w3 !== 0) sum += 2 * wi * w3 * ab3 * bb3;
    }
    for (; k < B; k++) {
      const wk = pow2(t[k] - T);
      if (wk === 0) continue;
      const ak = aOff + k * n, bk = bOff + k * n;
      let ab = 0, bbk = 0;
      for (let j = 0; j < n; j++) {
        ab += a[ai + j] * a[ak + j];
        bbk += b[bi + j] * b[bk + j];
      }
      sum += 2 * wi * wk * ab * bbk;
    }
  }
  if (sum > 0) return T * LOG10_2 + 0.5 * log10(sum) - log10(B);
  if (T === -Infinity) return -Infinity;
  // Zero or cancelled to a rounding-level negative: form the matrix once to tell them apart.
  let frob2 = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      let m = 0;
      for (let i = 0; i < B; i++) m += pow2(t[i] - T) * a[aOff + i * n + r] * b[bOff + i * n + c];
      frob2 += m * m;
    }
  }
  return frob2 > 0 ? T * LOG10_2 + 0.5 * log10(frob2) - log10(B) : -Infinity;
}

/** log10 ‖(1/B) Σ_i 2^{t_i} a_i‖. */
export function log10NormOfSum(aSrc: Float64Array, aOff: number, tSrc: Float64Array, n: number, B: number, red: Reduction): number {
  const { a, t, sum: scratch } = red;
  t.set(tSrc.subarray(0, B));
  normalizedCopies(aSrc, aOff, n, B, a, t);
  aOff = 0;
  let T = -Infinity;
  for (let i = 0; i < B; i++) if (t[i] > T) T = t[i];
  scratch.fill(0, 0, n);
  for (let i = 0; i < B; i++) {
    const w = pow2(t[i] - T);
    if (w === 0) continue;
    const ai = aOff + i * n;
    for (let j = 0; j < n; j++) scratch[j] += w * a[ai + j];
  }
  const nu = norm2(scratch, 0, n);
  if (nu === 0) return -Infinity;
  return T * LOG10_2 + log10(nu) - log10(B);
}
