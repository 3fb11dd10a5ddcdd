// Scale factors of the normalization steps in the log domain. A vector in the core's scaled
// frame is x = x̃·2^e with e unbounded, so 1/sqrt(var x + ε) is formed as a base-2 logarithm
// and only its fractional part ever becomes a multiplier.

import { exp, log2 } from '../fdlibm';

const LN2 = Math.LN2;

/** log2(1/sqrt(v·2^{2e} + ε)) for v ≥ 0, without forming v·2^{2e}. */
export function log2InvStd(v: number, e: number, eps: number): number {
  const le = log2(eps);
  if (v === 0) return -0.5 * le;
  const lv = log2(v) + 2 * e;
  const hi = Math.max(lv, le);
  const lo = Math.min(lv, le);
  // log2(2^hi + 2^lo) = hi + log2(1 + 2^{lo − hi})
  return -0.5 * (hi + log2(1 + exp((lo - hi) * LN2)));
}

/** 2^t for a real t (the fdlibm exponential: the same bits on every engine). */
export function exp2(t: number): number {
  return exp(t * LN2);
}

/** 2^t = factor·2^whole with whole an integer and factor in [2^-½, 2^½]. */
export function exp2Split(t: number): { whole: number; factor: number } {
  const whole = Math.round(t);
  return { whole, factor: exp2(t - whole) };
}
