// BatchNorm's gradient explosion at initialization (Yang et al. 2019, "A mean field theory of
// batch normalization"), for the plain network with BN before φ: infinite width, batch size B,
// gradients independent of the forward weights. BN removes each feature's batch mean and scale,
// so σ_w, σ_b and b drop out. At the permutation-symmetric fixed point one feature's normalised
// pre-activations over the batch are
//   ĥ = √B u,  u = Gξ/‖Gξ‖,  ξ ~ N(0, I_B),  G = I − 11ᵀ/B,
// and ‖Gh‖² = a ‖Gξ‖² with ‖Gξ‖² ~ χ²_{B−1} independent of u, E[1/χ²_{B−1}] = 1/(B−3). With
// d = φ'(ĥ), D = diag d and P = G − uuᵀ, one feature's gradient covariance over the batch Π
// goes one layer down by
//   [bn.T]       T(Π) = B/((B−3) a) · E[P D Π D P],   a = E[φ(ĥ)ᵀ G φ(ĥ)]/(B−1),
// and the mean squared per-sample gradient norm by tr T(Π)/tr Π. T commutes with permutations
// and maps both 11ᵀ (the probe loss's gradient u, equal for every sample) and G to multiples of
// G, so the whole backward pass is two numbers:
//   [bn.r0]      r₀  = E[dᵀ P d] / ((B−3) a)                       (top layer, from 11ᵀ)
//   [bn.lambda]  λ_B = B E[tr(P D G D)] / ((B−1)(B−3) a)          (every layer below)
// The expectations over u are a seeded Monte Carlo, O(B) per sample, cached per (φ, B).

import type { ActivationName } from '../config';
import { Random } from '../random';
import { activationOf } from './moments';

/** The theory's numbers for one activation and batch size. */
export interface BatchNormRate {
  activation: ActivationName;
  /** batch size B ≥ 4 */
  B: number;
  /** a = E[φ(ĥ)ᵀ G φ(ĥ)]/(B−1): the fixed point's diagonal minus off-diagonal entry */
  a: number;
  /** λ_B: the factor of the mean squared gradient norm per layer below the top */
  lambda: number;
  /** r₀: the factor from the top layer F_L to F_{L−1} (0 for the identity: the loss is constant) */
  r0: number;
  /** Monte Carlo samples of u behind the expectations */
  samples: number;
}

/** Samples of u: 2^16, fewer for a large batch so that samples × B stays near 2^22. */
export const MAX_SAMPLES = 2 ** 16;
const MAX_DRAWS = 2 ** 22;
/** Seed of the theory's own random stream (index B). */
const THEORY_SEED = 2019;

/** The smallest batch with a finite rate: E[1/χ²_{B−1}] diverges for B ≤ 3. */
export const MIN_BATCH = 4;

const cache = new Map<string, BatchNormRate>();

/** [bn.T] a, λ_B and r₀ for φ at batch size B (B ≥ 4); `samples` overrides the default count. */
export function batchNormRate(activation: ActivationName, B: number, samples?: number): BatchNormRate {
  if (!Number.isInteger(B) || B < MIN_BATCH) throw new RangeError(`the BatchNorm rate needs an integer batch B ≥ ${MIN_BATCH}, got ${B}`);
  const M = samples ?? Math.min(MAX_SAMPLES, Math.max(1, Math.floor(MAX_DRAWS / B)));
  const key = `${activation}|${B}|${M}`;
  let rate = cache.get(key);
  if (rate === undefined) {
    rate = estimate(activation, B, M);
    cache.set(key, rate);
  }
  return rate;
}

function estimate(activation: ActivationName, B: number, M: number): BatchNormRate {
  const phi = activationOf(activation);
  const random = new Random(THEORY_SEED, 'theory', B);
  const xi = new Float64Array(B);
  const u = new Float64Array(B);
  const d = new Float64Array(B);
  const sqrtB = Math.sqrt(B);
  let sumA = 0; // Σ φ(ĥ)ᵀ G φ(ĥ)
  let sumR = 0; // Σ dᵀ P d
  let sumL = 0; // Σ tr(P D G D)
  for (let m = 0; m < M; m++) {
    random.fillNormal(xi, 1);
    let mean = 0;
    for (let i = 0; i < B; i++) mean += xi[i];
    mean /= B;
    let norm2 = 0;
    for (let i = 0; i < B; i++) {
      u[i] = xi[i] - mean;
      norm2 += u[i] * u[i];
    }
    const inv = 1 / Math.sqrt(norm2);
    let sf = 0;
    let sf2 = 0;
    let sd = 0;
    let sd2 = 0;
    for (let i = 0; i < B; i++) {
      u[i] *= inv;
      const h = sqrtB * u[i];
      const f = phi.f(h);
      d[i] = phi.df(h);
      sf += f;
      sf2 += f * f;
      sd += d[i];
      sd2 += d[i] * d[i];
    }
    // dᵀu = (d − d̄1)ᵀu as u ⊥ 1: exactly 0 for a constant d, so the identity's r₀ is exactly 0
    const dBar = sd / B;
    let dGd = 0;
    let du = 0;
    let du2 = 0;
    for (let i = 0; i < B; i++) {
      const c = d[i] - dBar;
      dGd += c * c;
      du += c * u[i];
      du2 += (d[i] * u[i]) ** 2;
    }
    sumA += sf2 - (sf * sf) / B;
    // dᵀPd = dᵀGd − (uᵀd)²
    sumR += Math.max(0, dGd - du * du);
    // tr(PDGD) = tr(DGDG) − uᵀDGDu, tr(DGDG) = Σd² − 2Σd²/B + (Σd)²/B², uᵀDGDu = Σ(d_i u_i)² − (uᵀd)²/B
    sumL += sd2 - (2 * sd2) / B + (sd * sd) / (B * B) - (du2 - (du * du) / B);
  }
  const a = sumA / M / (B - 1);
  return {
    activation,
    B,
    a,
    lambda: (B * (sumL / M)) / ((B - 1) * (B - 3) * a),
    r0: sumR / M / ((B - 3) * a),
    samples: M,
  };
}

/** What the overlay draws for a plain BatchNorm network of depth L. */
export interface BatchNormPrediction {
  rate: BatchNormRate;
  /** predicted ‖∇_{F_{k−1}}L‖²/‖∇_{F_k}L‖² at index k−1: r₀ at k = L, λ_B below */
  chi: Float64Array;
  /** predicted log10 ‖∇_{F_k}L‖/‖∇_{F_L}L‖, k = 0..L (−Infinity below the top when r₀ = 0) */
  log10Grad: Float64Array;
}

/** log10Grad[L] = 0, log10Grad[L−1] = ½ log10 r₀, log10Grad[k] = log10Grad[L−1] + (L−1−k) ½ log10 λ_B. */
export function batchNormPrediction(activation: ActivationName, B: number, depth: number): BatchNormPrediction {
  const rate = batchNormRate(activation, B);
  const L = depth;
  const chi = new Float64Array(L).fill(rate.lambda);
  chi[L - 1] = rate.r0;
  const log10Grad = new Float64Array(L + 1);
  for (let k = L - 1; k >= 0; k--) log10Grad[k] = log10Grad[k + 1] + 0.5 * Math.log10(chi[k]);
  return { rate, chi, log10Grad };
}
