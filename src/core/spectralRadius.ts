// The spectral radius ρ(M) = max |λ_i(M)| of a square matrix, for the recurrent (tied) network:
// F_L = W^L F_0 in the linear case grows or vanishes like ρ(W)^L, which the spectral norm ‖W‖₂
// only bounds from above. Found by Gelfand's formula ρ(M) = lim ‖M^m‖^{1/m} with m = 2^J
// reached by J squarings, each rescaled by a power of two so that no power can overflow.

import { log2 } from './fdlibm';
import { pow2 } from './logscale';

/** Squarings: m = 2^32, so a power-law prefactor ‖M^m‖ ≈ C m^p ρ^m costs (log C + p log m)/m. */
const SQUARINGS = 32;

function square(A: Float64Array, n: number, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < n; r++) {
      const a = A[i * n + r];
      if (a === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] += a * A[r * n + j];
    }
  }
}

/** log2 ρ(M) for the n×n row-major M (−Infinity for a nilpotent M). n ≤ 128. */
export function log2SpectralRadius(M: Float64Array, n: number): number {
  if (n > 128) throw new RangeError('the spectral radius is computed for width ≤ 128');
  let A = Float64Array.from(M);
  let next = new Float64Array(n * n);
  // M^{2^j} = A · 2^{lg}
  let lg = 0;
  for (let j = 0; j < SQUARINGS; j++) {
    let maxAbs = 0;
    for (let i = 0; i < n * n; i++) maxAbs = Math.max(maxAbs, Math.abs(A[i]));
    if (maxAbs === 0) return -Infinity;
    const shift = Math.round(log2(maxAbs));
    const f = pow2(-shift);
    for (let i = 0; i < n * n; i++) A[i] *= f;
    lg += shift;
    square(A, n, next);
    [A, next] = [next, A];
    lg *= 2;
  }
  let frob = 0;
  for (let i = 0; i < n * n; i++) frob += A[i] * A[i];
  if (frob === 0) return -Infinity;
  return (lg + 0.5 * log2(frob)) / 2 ** SQUARINGS;
}
