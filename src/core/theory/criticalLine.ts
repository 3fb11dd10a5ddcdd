// The order-to-chaos line of a plain network: the σ_w at which χ(q*(σ_w, σ_b)) = 1, for each σ_b.
// Below it (ordered) gradients vanish with depth, above it (chaotic) they explode.

import { NUMERIC, type ActivationName } from '../config';
import { chiAt, fixedPoint } from './fixedPoint';
import { activationOf } from './moments';

export interface CriticalLineOptions {
  /** σ_w range searched (default: the config's σ_w range) */
  sigmaWMin?: number;
  sigmaWMax?: number;
  /** start of the variance iteration, for activations whose q* depends on it (default 1) */
  q0?: number;
}

/** Points of the initial scan: enough to see a crossing, each a fixed-point solve. */
const SCAN_POINTS = 24;

/**
 * [meanfield.critical] For each σ_b, the smallest σ_w in the range with χ(q*) ≥ 1, found by a
 * geometric scan for the first sign change of ln χ(q*) and then bisection (to 1e-10 relative).
 * NaN where the range holds no crossing.
 *
 * At σ_b = 0 for φ(0) = 0, the ordered side's fixed point is exactly q* = 0, where χ = σ_w²φ'(0)²,
 * so the ordered phase ends at exactly σ_w = 1/|φ'(0)| (1 for tanh). Bisection alone resolves
 * that point only to about √1e-15, because χ(q*) − 1 = O((σ_w − 1)²) on the chaotic side; when
 * its bracket lands there, the exact value is returned.
 */
export function criticalLine(activation: ActivationName, sigmaBs: readonly number[], options: CriticalLineOptions = {}): Float64Array {
  const lo = options.sigmaWMin ?? NUMERIC.sigmaW.min;
  const hi = options.sigmaWMax ?? NUMERIC.sigmaW.max;
  const q0 = options.q0 ?? 1;
  const act = activationOf(activation);
  return Float64Array.from(sigmaBs, (sigmaB) => {
    const lnChi = (sigmaW: number) => Math.log(chiAt(activation, sigmaW, fixedPoint(activation, sigmaW, sigmaB, q0)));
    let below = NaN;
    let above = NaN;
    let prev = lo;
    for (let i = 0; i < SCAN_POINTS; i++) {
      const s = lo * (hi / lo) ** (i / (SCAN_POINTS - 1));
      if (lnChi(s) >= 0) {
        below = i === 0 ? s : prev;
        above = s;
        break;
      }
      prev = s;
    }
    if (Number.isNaN(above)) return NaN;
    if (below === above) return below;
    while (above - below > 1e-10 * above) {
      const mid = 0.5 * (below + above);
      if (lnChi(mid) >= 0) above = mid;
      else below = mid;
    }
    if (sigmaB === 0 && act.f(0) === 0) {
      const exact = 1 / Math.abs(act.df(0));
      if (Math.abs(above - exact) <= 1e-6 * exact && lnChi(exact * (1 - 1e-9)) < 0) return exact;
    }
    return 0.5 * (below + above);
  });
}
