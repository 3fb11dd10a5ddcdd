// The numbers of the LayerNorm warm-up at the lab's point x: LN(x), the analytic Jacobian
// (1/s)(I − 11ᵀ/n − x̂x̂ᵀ/n) and the central-difference Jacobian of LN, both from the core.

import { centralDifferenceJacobian, layerNorm, layerNormJacobian, type Matrix } from '../../core';

/** Step of the central differences, as in the lab's other comparison. */
export const LN_LAB_STEP = 1e-6;

export interface LayerNormLab {
  /** x̂ = LN(x) */
  xHat: Float64Array;
  /** s = sqrt(var x + ε) */
  s: number;
  analytic: Matrix;
  numeric: Matrix;
  /** max_ij |analytic − numeric| */
  maxAbsDiff: number;
}

export function layerNormLab(x: Float64Array): LayerNormLab {
  const { xHat, s, J } = layerNormJacobian(x);
  const numeric = centralDifferenceJacobian((v) => layerNorm(v), x, LN_LAB_STEP);
  let maxAbsDiff = 0;
  for (let i = 0; i < J.data.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(J.data[i] - numeric.data[i]));
  return { xHat, s, analytic: J, numeric, maxAbsDiff };
}
