// The two Gaussian moments mean-field theory needs from an activation, at any variance q:
//   m(q) = E[φ(√q z)²]    (how the forward variance propagates)
//   d(q) = E[φ'(√q z)²]   (how the squared gradient propagates)
// m is returned as ln m(q) from ln q, so that a linear or ReLU network whose variance reaches
// 10^±20000 at depth 10,000 stays an ordinary number. d needs no log: φ' is bounded for every
// activation in the table.

import { ACTIVATION_TABLE, type Activation } from '../activations';
import type { ActivationName } from '../config';
import { DEFAULT_REL_TOL, normalExpectation, normalExpectations } from './gaussian';

/**
 * √q is capped here. Only an activation with a linear tail (GELU) can drive q past 10^300, and
 * there GELU(cz)/c = z Φ(cz) differs from its limit z·1{z>0} only on |z| ≲ 40/c, a relative
 * O(c⁻³) ≈ 10^-450 change: the moments have reached their large-q limits long before.
 */
const C_MAX = 1e150;
const LN_C_MAX = Math.log(C_MAX);
/**
 * Below this √q the moments are their q → 0 limits: for a smooth φ the corrections are O(q),
 * under 1e-16 here. A trajectory decaying to q = 0 then needs no quadrature at all.
 */
export const LN_C_MIN = Math.log(1e-8);

/** ln m(q) and d(q) at one q. */
export interface Moments {
  lnm: number;
  d: number;
}

/** The table entry for a name: theory functions take names, as configs and worker messages do. */
export function activationOf(name: ActivationName): Activation {
  const act = ACTIVATION_TABLE[name];
  if (!act) throw new RangeError(`unknown activation ${name}`);
  return act;
}

const homogeneousAtOne = new Map<ActivationName, Moments>();

/** For positively homogeneous φ: ln E[φ(z)²] and E[φ'(z)²], once per activation. */
export function homogeneousMoments(act: Activation): Moments {
  let v = homogeneousAtOne.get(act.name);
  if (v === undefined) {
    const [m, d] = normalExpectations((z, out) => {
      out[0] = act.f(z) ** 2;
      out[1] = act.df(z) ** 2;
    }, 2);
    v = { lnm: Math.log(m), d };
    homogeneousAtOne.set(act.name, v);
  }
  return v;
}

/** [E[(φ(cz)/c)²], E[φ'(cz)²]] in one pass over the nodes. */
export function scaledMoments(act: Activation, c: number, relTol: number): Float64Array {
  return normalExpectations((z, out) => {
    out[0] = act.scaled(z, c) ** 2;
    out[1] = act.df(c * z) ** 2;
  }, 2, 1 / c, relTol);
}

/**
 * lim_{c→0} [E[(φ(cz)/c)²], E[φ'(cz)²]] = [φ'(0)² E[z²], φ'(0)²] for a smooth φ with φ(0) = 0
 * (φ(cz)/c → φ'(0) z); the first is Infinity when φ(0) ≠ 0.
 */
function limitAtZero(act: Activation): Float64Array {
  const slope = act.df(0) ** 2;
  return Float64Array.of(act.f(0) === 0 ? slope : Infinity, slope);
}

const largeQ = new Map<ActivationName, Float64Array>();

/** scaledMoments at c = C_MAX, which every q past C_MAX² shares: once per activation. */
function limitAtLargeQ(act: Activation): Float64Array {
  let v = largeQ.get(act.name);
  if (v === undefined) {
    v = scaledMoments(act, C_MAX, DEFAULT_REL_TOL);
    largeQ.set(act.name, v);
  }
  return v;
}

/** lim_{q→0} E[φ(√q z)²]/q: the slope of the variance map at q = 0 (Infinity if φ(0) ≠ 0). */
export function secondMomentSlopeAtZero(act: Activation): number {
  return act.homogeneous ? Math.exp(homogeneousMoments(act).lnm) : limitAtZero(act)[0];
}

/**
 * ln E[φ(√q z)²] and E[φ'(√q z)²] from ln q (−Infinity for q = 0), by quadrature at this q.
 *
 * Homogeneous φ: E[φ(√q z)²] = q E[φ(z)²] and φ'(√q z) = φ'(z) exactly, for every q > 0 (and
 * in the limit q → 0 that a trajectory approaches). Otherwise, in the frame c = √q the core also
 * uses (Activation.scaled): E[φ(cz)²] = c² E[(φ(cz)/c)²], finite as c → 0 (φ(cz)/c → φ'(0) z
 * when φ(0) = 0) and for c up to C_MAX.
 */
export function momentsByQuadrature(act: Activation, lnq: number, relTol = DEFAULT_REL_TOL): Moments {
  if (act.homogeneous) {
    const one = homogeneousMoments(act);
    return { lnm: lnq + one.lnm, d: one.d };
  }
  const lnc = 0.5 * lnq;
  let moments: Float64Array;
  if (lnc < LN_C_MIN) moments = limitAtZero(act);
  else if (lnc > LN_C_MAX) moments = limitAtLargeQ(act);
  else moments = scaledMoments(act, Math.exp(lnc), relTol);
  const [scaled, d] = moments;
  if (lnc <= LN_C_MAX) {
    if (Number.isFinite(scaled)) return { lnm: lnq + Math.log(scaled), d };
    // the q → 0 limit of a φ with φ(0) ≠ 0 (sigmoid): E[φ(√q z)²] → φ(0)²
    return { lnm: Math.log(act.f(0) ** 2), d };
  }
  // q beyond C_MAX²: a linear tail keeps growing as q·E[φ_∞(z)²]; a bounded φ has saturated
  if (scaled * C_MAX * C_MAX > 1e100) return { lnm: lnq + Math.log(scaled), d };
  return { lnm: Math.log(normalExpectation((z) => act.f(C_MAX * z) ** 2, 1 / C_MAX, relTol)), d };
}
