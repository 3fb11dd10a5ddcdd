// The mean-field (infinite-width) prediction of the figures computeGradients measures: the
// forward variance layer by layer, and the gradient norm as the product of the per-layer
// squared-gradient factors χ_k evaluated along that trajectory — not only at the fixed point,
// which matters where q_k creeps to its fixed point (tanh at σ_w = 1, σ_b = 0: q_k ~ 1/k and
// the gradient decays as a power law although χ(q*) = 1).

import type { Arch, NetworkConfig } from '../config';
import { assertValidConfig } from '../config';
import { momentsAt } from './momentTable';
import { activationOf } from './moments';

const LOG10_E = Math.LOG10E;

/** Everything the theory overlay draws for one architecture. */
export interface MeanFieldTrajectory {
  arch: Arch;
  depth: number;
  /**
   * q_k = Var(z_k), the per-unit pre-activation variance, k = 1..L. There is no z_0: q[0] holds
   * the input's per-unit variance s² (= p[0]). Plain numbers, so 0 or Infinity where the true
   * value leaves the float range; log10Q is always finite.
   */
  q: Float64Array;
  /** p_k = ‖F_k‖²/n, k = 0..L, p_0 = s²; 0 or Infinity outside the float range (see log10P) */
  p: Float64Array;
  log10Q: Float64Array;
  log10P: Float64Array;
  /** χ_k, the predicted ‖∇_{F_{k-1}}L‖² / ‖∇_{F_k}L‖², at index k−1 for k = 1..L */
  chi: Float64Array;
  /** predicted log10 ‖∇_{F_k}L‖ / ‖∇_{F_L}L‖ = ½ Σ_{j=k+1..L} log10 χ_j, k = 0..L */
  log10Grad: Float64Array;
  /** predicted log10 ‖F_k‖ = ½ log10(n p_k), k = 0..L */
  log10Act: Float64Array;
}

/** ln(eᵃ + eᵇ) without overflow; either may be −Infinity (a zero term). */
function logAddExp(a: number, b: number): number {
  const m = Math.max(a, b);
  if (m === -Infinity) return -Infinity;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * [meanfield.plain]    q_k = σ_w² p_{k-1} + σ_b²,  p_k = E[φ(√q_k z)²],
 *                      χ_k = σ_w² E[φ'(√q_k z)²]
 * [meanfield.residual] q_k = σ_w² p_{k-1} + σ_b²,  p_k = p_{k-1} + α²σ_v² E[φ(√q_k z)²],
 *                      χ_k = 1 + α²σ_v²σ_w² E[φ'(√q_k z)²]
 * with z ~ N(0, 1) and p_0 = s². The recursion runs on ln q and ln p.
 */
export function meanFieldPrediction(config: NetworkConfig, arch: Arch): MeanFieldTrajectory {
  assertValidConfig(config);
  const { depth: L, width: n, sigmaW, sigmaB, sigmaV, branchScale: alpha, inputScale: s } = config;
  const act = activationOf(config.activation);
  const lnQ = new Float64Array(L + 1);
  const lnP = new Float64Array(L + 1);
  const chi = new Float64Array(L);
  const lnSigmaW2 = 2 * Math.log(sigmaW);
  const lnSigmaB2 = 2 * Math.log(sigmaB);
  const lnBranch2 = 2 * Math.log(alpha * sigmaV);
  const branchGain = alpha * alpha * sigmaV * sigmaV * sigmaW * sigmaW;
  lnP[0] = 2 * Math.log(s);
  lnQ[0] = lnP[0];
  for (let k = 1; k <= L; k++) {
    const lnq = logAddExp(lnSigmaW2 + lnP[k - 1], lnSigmaB2);
    const { lnm, d } = momentsAt(act, lnq);
    lnQ[k] = lnq;
    if (arch === 'plain') {
      lnP[k] = lnm;
      chi[k - 1] = sigmaW * sigmaW * d;
    } else {
      lnP[k] = logAddExp(lnP[k - 1], lnBranch2 + lnm);
      chi[k - 1] = 1 + branchGain * d;
    }
  }
  const log10Grad = new Float64Array(L + 1);
  for (let k = L - 1; k >= 0; k--) log10Grad[k] = log10Grad[k + 1] + 0.5 * Math.log10(chi[k]);
  const log10Q = lnQ.map((v) => v * LOG10_E);
  const log10P = lnP.map((v) => v * LOG10_E);
  return {
    arch,
    depth: L,
    q: lnQ.map(Math.exp),
    p: lnP.map(Math.exp),
    log10Q,
    log10P,
    chi,
    log10Grad,
    log10Act: log10P.map((v) => 0.5 * (Math.log10(n) + v)),
  };
}
