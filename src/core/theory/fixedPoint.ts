// The plain network's variance map, its fixed point q*, the gradient factor χ there, and the
// depth scale ξ over which the gradient grows or shrinks by a factor e once q_k has settled.

import type { ActivationName } from '../config';
import { derivativeMoment, lnSecondMoment } from './momentTable';
import { activationOf, secondMomentSlopeAtZero } from './moments';

/** q beyond this is treated as divergent: far outside any trajectory that settles. */
const Q_INFINITE = 1e300;
/**
 * Below this q, V(q) = a q + σ_b² with a = σ_w² lim_{q→0} E[φ(√q z)²]/q, to O(q) relative (φ
 * smooth, φ(0) = 0). There V(q) − q is smaller than the quadrature can resolve, so a fixed point
 * this close to 0 is taken from the linear map instead: it is then exact to ~1e-12 absolute.
 */
const Q_LINEAR = 1e-12;
const LN_Q_INFINITE = Math.log(Q_INFINITE);
const LN_Q_LINEAR = Math.log(Q_LINEAR);
/** |χ − 1| at which the fixed point counts as critical (ξ = ∞): float rounding of σ_w² and E[φ'²]. */
const CRITICAL_LN_CHI = 1e-12;

/** [meanfield.map] V(q) = σ_w² E[φ(√q z)²] + σ_b²: q_{k+1} = V(q_k) in a plain network. */
export function varianceMap(activation: ActivationName, sigmaW: number, sigmaB: number, q: number): number {
  const act = activationOf(activation);
  return sigmaW * sigmaW * Math.exp(lnSecondMoment(act, Math.log(q))) + sigmaB * sigmaB;
}

/** [meanfield.chi] χ(q) = σ_w² E[φ'(√q z)²]; q may be 0 or Infinity (the limits). */
export function chiAt(activation: ActivationName, sigmaW: number, q: number): number {
  return sigmaW * sigmaW * derivativeMoment(activationOf(activation), Math.log(q));
}

/**
 * Fixed point of a homogeneous φ, where V(q) = a q + σ_b² with a = σ_w² E[φ(z)²]: σ_b²/(1 − a)
 * when a < 1; when a = 1 and σ_b = 0 every q is fixed, so the start q0 stays; else divergence.
 */
function homogeneousFixedPoint(a: number, sigmaB: number, q0: number): number {
  if (Math.abs(a - 1) <= 1e-12) return sigmaB === 0 ? q0 : Infinity;
  return a < 1 ? (sigmaB * sigmaB) / (1 - a) : Infinity;
}

/**
 * [meanfield.fixedpoint] q* = V(q*), the limit of q_{k+1} = V(q_k) from q_0 = q0 (default 1).
 * Returns 0 when q_k → 0 (e.g. tanh with σ_b = 0, σ_w ≤ 1) and Infinity when q_k grows without
 * bound (ReLU with σ_w > √2, GELU with σ_w² > 2 from a large enough start).
 *
 * V is increasing, so q_k moves monotonically towards the q* it will reach, and V(q) − q keeps
 * one sign on the way. A few plain iterations settle most cases; otherwise (slow convergence next
 * to criticality, where V'(q*) → 1) q* is bracketed from q_k in the direction of travel and
 * found by regula falsi (Illinois) on r(u) = V(e^u)/e^u − 1, u = ln q.
 */
export function fixedPoint(activation: ActivationName, sigmaW: number, sigmaB: number, q0 = 1): number {
  const act = activationOf(activation);
  const a0 = sigmaW * sigmaW * secondMomentSlopeAtZero(act);
  if (act.homogeneous) return homogeneousFixedPoint(a0, sigmaB, q0);
  const V = (q: number) => varianceMap(activation, sigmaW, sigmaB, q);
  // falling into [0, Q_LINEAR): the linear map's fixed point, or 0 if it does not contract
  const nearZero = () => (a0 < 1 ? Math.min(Q_LINEAR, (sigmaB * sigmaB) / (1 - a0)) : 0);
  let q = q0;
  let next = V(q);
  for (let it = 0; it < 10; it++) {
    if (!(next < Q_INFINITE)) return Infinity;
    if (next < Q_LINEAR && next < q) return nearZero();
    if (Math.abs(next - q) <= 1e-15 * next) return next;
    q = next;
    next = V(q);
  }
  const r = (u: number) => V(Math.exp(u)) / Math.exp(u) - 1;
  const rising = next > q;
  // step out from q_k by factors of 2, then (past 2^8) of 2^2, 2^4, … until r flips sign or q
  // leaves the range; small steps first so that two nearby fixed points are not jumped together
  let uNear = Math.log(q);
  let rNear = r(uNear);
  let uFar = uNear;
  let rFar = rNear;
  for (let i = 0; ; i++) {
    const step = Math.LN2 * 2 ** Math.max(0, i - 8);
    uFar = Math.min(Math.max(uFar + (rising ? step : -step), LN_Q_LINEAR - 1), LN_Q_INFINITE + 1);
    if (uFar > LN_Q_INFINITE) return Infinity;
    if (uFar < LN_Q_LINEAR) return nearZero();
    rFar = r(uFar);
    if (rising ? rFar <= 0 : rFar >= 0) break;
    uNear = uFar;
    rNear = rFar;
  }
  // Illinois: false position, halving the stale end's value so both ends keep moving
  let side = 0;
  for (let it = 0; it < 100 && Math.abs(uFar - uNear) > 1e-14; it++) {
    const u = (uNear * rFar - uFar * rNear) / (rFar - rNear);
    const ru = r(u);
    if (ru === 0) return Math.exp(u);
    if (Math.sign(ru) === Math.sign(rNear)) {
      uNear = u;
      rNear = ru;
      if (side === -1) rFar /= 2;
      side = -1;
    } else {
      uFar = u;
      rFar = ru;
      if (side === 1) rNear /= 2;
      side = 1;
    }
  }
  return Math.exp(0.5 * (uNear + uFar));
}

/**
 * [meanfield.depthscale] ξ = 1/|ln χ(q*)|: ‖∇_{F_0}L‖/‖∇_{F_L}L‖ ≈ e^{±L/(2ξ)} once q_k ≈ q*.
 * Infinity at criticality (|ln χ| ≤ 1e-12). null when there is no finite fixed point and χ
 * depends on q (a non-homogeneous φ whose variance diverges): there is nothing to linearise
 * around. For homogeneous φ, χ does not depend on q, so ξ is the exact rate even then.
 */
export function depthScale(activation: ActivationName, sigmaW: number, sigmaB: number, q0 = 1): number | null {
  const act = activationOf(activation);
  const qStar = fixedPoint(activation, sigmaW, sigmaB, q0);
  if (!Number.isFinite(qStar) && !act.homogeneous) return null;
  const lnChi = Math.log(chiAt(activation, sigmaW, qStar));
  if (Number.isNaN(lnChi)) return null;
  return Math.abs(lnChi) <= CRITICAL_LN_CHI ? Infinity : 1 / Math.abs(lnChi);
}
