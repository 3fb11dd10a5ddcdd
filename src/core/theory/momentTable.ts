// The moments as smooth functions of u = ln q, interpolated, so that a trajectory of 10,000
// layers (or a theory grid of a thousand trajectories) costs a few dozen quadratures instead of
// one per layer.
//
// Why interpolation is exact enough: E[φ(√q z)²] = ∫ φ(x)² e^{−x²/2q} dx/√(2πq) is analytic in q
// for |arg q| < π/2 (the weight decays and φ has no poles on the real line), so in u = ln q it is
// analytic in the strip |Im u| < π/2, and so is E[φ'(√q z)²] (the table holds the first as a
// logarithm, which keeps that analyticity near the real axis). An interval of u of length 2 has
// a Bernstein ellipse of parameter ρ = π/2 + √(π²/4 + 1) ≈ 3.4 inside that strip, and Chebyshev
// interpolation at 33 points converges like ρ^−32 ≈ 10^−17: the table is as accurate as the
// quadrature that fills it (the tests compare the two to 1e-12).
//
// The table covers 10^-16 ≤ q ≤ e^80 ≈ 10^34, where moments vary; beyond, only a linear-tail
// activation (GELU) goes, one layer per few units of u, so direct quadrature is cheaper there
// than filling intervals. Each interval is filled on first use and kept: a memo of a pure
// function, so results never depend on what was asked before.

import type { Activation } from '../activations';
import type { ActivationName } from '../config';
import { DEFAULT_REL_TOL } from './gaussian';
import { homogeneousMoments, LN_C_MIN, momentsByQuadrature, scaledMoments, type Moments } from './moments';

/** Chebyshev–Lobatto points per interval of u, minus one. */
const N = 32;
/** Interval length in u = ln q. */
const H = 2;
/** Upper end of the table in u. */
const U_MAX = 80;
/** t_k = cos(πk/N) on [−1, 1], and the barycentric weights (−1)^k, halved at both ends. */
const NODES = Float64Array.from({ length: N + 1 }, (_, k) => Math.cos((Math.PI * k) / N));
const WEIGHTS = Float64Array.from({ length: N + 1 }, (_, k) => (k % 2 === 0 ? 1 : -1) * (k === 0 || k === N ? 0.5 : 1));

/** Per activation, per interval j (u ∈ [jH, jH + H]): ln E[(φ(cz)/c)²] at the nodes, then E[φ'(cz)²]. */
const tables = new Map<ActivationName, Map<number, Float64Array>>();

function interval(act: Activation, j: number): Float64Array {
  let byInterval = tables.get(act.name);
  if (!byInterval) {
    byInterval = new Map();
    tables.set(act.name, byInterval);
  }
  let values = byInterval.get(j);
  if (!values) {
    values = new Float64Array(2 * (N + 1));
    for (let k = 0; k <= N; k++) {
      const u = H * (j + 0.5 + 0.5 * NODES[k]);
      const [scaled, d] = scaledMoments(act, Math.exp(0.5 * u), DEFAULT_REL_TOL);
      values[k] = Math.log(scaled);
      values[N + 1 + k] = d;
    }
    byInterval.set(j, values);
  }
  return values;
}

/** Barycentric interpolation (second form) of the N + 1 node values at offset `off`, at t. */
function interpolate(values: Float64Array, off: number, t: number): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k <= N; k++) {
    const diff = t - NODES[k];
    if (diff === 0) return values[off + k];
    const w = WEIGHTS[k] / diff;
    num += w * values[off + k];
    den += w;
  }
  return num / den;
}

/**
 * [meanfield.moments] ln E[φ(√q z)²] and E[φ'(√q z)²] from ln q (−Infinity for q = 0): from the
 * table where the moments vary with q, by quadrature or its closed forms and limits elsewhere
 * (homogeneous φ, q below 10^-16 or above e^80; see moments.ts).
 */
export function momentsAt(act: Activation, lnq: number): Moments {
  if (act.homogeneous) {
    const one = homogeneousMoments(act);
    return { lnm: lnq + one.lnm, d: one.d };
  }
  if (!(lnq >= 2 * LN_C_MIN && lnq <= U_MAX)) return momentsByQuadrature(act, lnq);
  const j = Math.floor(lnq / H);
  const t = 2 * (lnq / H - j) - 1;
  const values = interval(act, j);
  return { lnm: lnq + interpolate(values, 0, t), d: interpolate(values, N + 1, t) };
}

/** ln E[φ(√q z)²] alone (the variance map). */
export function lnSecondMoment(act: Activation, lnq: number): number {
  return momentsAt(act, lnq).lnm;
}

/** E[φ'(√q z)²] alone (the gradient factor). */
export function derivativeMoment(act: Activation, lnq: number): number {
  return momentsAt(act, lnq).d;
}
