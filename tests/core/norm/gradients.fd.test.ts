// Every gradient the core reports with a normalization (LayerNorm before or after, BatchNorm
// before σ) and with tied weights, against central differences of an independent forward pass:
// per-sample g_{k,i} = ∂(Σ_j L_j)/∂F_k(x_i), ∇W_k, ∇b_k, ∇V_k (a tied layer's own term: the
// reference holds L copies of the shared matrix and perturbs layer k's copy), and ‖F_k‖.

import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, DEFAULT_CONFIG, type NetworkConfig, type NormName } from '../../../src/core/config';
import { buildNetwork, drawNetwork } from '../../../src/core/network';
import { runPlain } from '../../../src/core/plain';
import { runResidual } from '../../../src/core/residual';
import { fdGradient, norm, refFromNetwork } from '../reference';
import { refMeanLoss, refNormActivations, refSumLoss, type NormRefNet } from './reference';

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
// a pre-activation this close to ReLU's kink can be crossed by a central difference once a
// LayerNorm (1/s) has amplified the step: such draws are skipped
const KINK = 1e-2;

/**
 * The core's log10 norm against a central-difference norm. Where the exact gradient is zero
 * (identity σ right after BatchNorm with the probe loss: Σ_i uᵀẑ_i = 0 for every input, so
 * Σ_i L_i does not depend on what feeds that BatchNorm), differences give ~1e-10 of noise. The
 * core gives an exact zero (log10 = −∞) for every gradient that passes back through BN; only
 * ∇V_k = α (∂Σ_j L_j/∂F_k) Σ_i σ(ẑ_i)ᵀ, zero because Σ_i ẑ_i = 0, is left at the rounding level
 * of that centring, which a small batch variance (1/s) amplifies: below 1e-7 of the unit-size
 * gradients around it.
 */
function expectMatch(log10Core: number, fd: number[], exactZero = true): void {
  const ref = norm(fd);
  if (ref < 1e-8 && exactZero) expect(log10Core).toBe(-Infinity);
  else if (ref < 1e-8) expect(10 ** log10Core).toBeLessThan(1e-7);
  else expect(relErr(10 ** log10Core, ref)).toBeLessThan(1e-6);
}
const NORMS_WITH_STEPS: NormName[] = ['pre-ln', 'post-ln', 'batch'];

function setup(base: NetworkConfig, arch: 'plain' | 'residual') {
  for (let seed = base.seed; ; seed++) {
    const config = { ...base, seed };
    const ref: NormRefNet = {
      ...refFromNetwork(buildNetwork(config, arch), arch, config.activation, config.branchScale, config.loss),
      norm: config.norm,
    };
    const preact: number[] = [];
    const F = refNormActivations(ref, preact);
    const kinked = (config.activation === 'relu' || config.activation === 'leaky-relu') && preact.some((z) => Math.abs(z) < KINK);
    if (!kinked && oracleResolves(ref, F)) return { config, ref, F, trace: (arch === 'plain' ? runPlain : runResidual)(drawNetwork(config, seed, config.batch)) };
  }
}

/**
 * Central differences resolve a gradient to 1e-6 only where it is not small beside the loss
 * (rounding of Σ_j L_j over 2h) and the normalization is not sharply curved at the scale of h. A
 * draw is used only where the oracle agrees with itself at steps h and h/2 to 1e-7 for every
 * g_{k,i} and every ∇W_k; otherwise the next seed is taken.
 */
function oracleResolves(ref: NormRefNet, F: number[][][]): boolean {
  const agree = (a: number[], b: number[]) => relErr(norm(a), norm(b)) < 1e-7 || (norm(a) < 1e-8 && norm(b) < 1e-8);
  for (let k = 0; k < F.length; k++) {
    for (let i = 0; i < F[k].length; i++) {
      const Fk = F[k].map((row) => [...row]);
      const f = () => refSumLoss(ref, k, Fk);
      if (!agree(fdGradient(Fk[i], f, 1e-6), fdGradient(Fk[i], f, 5e-7))) return false;
    }
  }
  for (let k = 1; k < F.length; k++) {
    const f = () => refMeanLoss(ref);
    const g = (h: number) => ref.W[k - 1].flatMap((row) => fdGradient(row, f, h));
    if (!agree(g(1e-6), g(5e-7))) return false;
  }
  return true;
}

const base: NetworkConfig = {
  ...DEFAULT_CONFIG, width: 4, depth: 3, batch: 3, sigmaW: 1.3, sigmaB: 0.4, sigmaV: 0.9, branchScale: 0.7, seed: 11,
};

describe.each(NORMS_WITH_STEPS)('finite differences, norm %s', (normName) => {
  describe.each(ACTIVATIONS)('%s', (activation) => {
    describe.each(['plain', 'residual'] as const)('%s', (arch) => {
      it.each([false, true])('tied %s: g_{k,i}, ∇W_k, ∇b_k, ∇V_k, ‖F_k‖ match', (tied) => {
        const loss = tied ? 'mse' : 'probe';
        const { config, ref, F, trace } = setup({ ...base, activation, norm: normName, tied, loss }, arch);
        const { L } = ref;
        const B = config.batch;
        expect(trace.overflowLayer).toBeNull();
        for (let k = 0; k <= L; k++) {
          for (let i = 0; i < B; i++) {
            const Fk = F[k].map((row) => [...row]);
            const g = fdGradient(Fk[i], () => refSumLoss(ref, k, Fk));
            expectMatch(trace.logGradF[k * B + i], g);
            expect(relErr(10 ** trace.logNormF[k * B + i], norm(F[k][i]))).toBeLessThan(1e-12);
          }
        }
        for (let k = 1; k <= L; k++) {
          const gW = ref.W[k - 1].flatMap((row) => fdGradient(row, () => refMeanLoss(ref)));
          expectMatch(trace.gradW[k - 1], gW);
          const gb = fdGradient(ref.b[k - 1], () => refMeanLoss(ref));
          // BatchNorm subtracts the batch mean of z_k, and b_k with it: its gradient is exactly zero
          if (normName === 'batch') {
            expect(trace.gradB[k - 1]).toBe(-Infinity);
            expect(norm(gb)).toBeLessThan(1e-8);
          } else expectMatch(trace.gradB[k - 1], gb);
          if (arch === 'residual') {
            const gV = ref.V[k - 1].flatMap((row) => fdGradient(row, () => refMeanLoss(ref)));
            expectMatch(trace.gradV[k - 1], gV, false);
          }
        }
      });
    });
  });
});

describe.each(ACTIVATIONS)('finite differences, tied weights without normalization, %s', (activation) => {
  it.each(['plain', 'residual'] as const)('%s: each layer’s term of the shared gradient', (arch) => {
    const { ref, trace } = setup({ ...base, activation, norm: 'none', tied: true }, arch);
    // the same matrix at every layer
    for (let k = 2; k <= ref.L; k++) expect(ref.W[k - 1]).toEqual(ref.W[0]);
    for (let k = 1; k <= ref.L; k++) {
      const gW = ref.W[k - 1].flatMap((row) => fdGradient(row, () => refMeanLoss(ref)));
      expect(relErr(10 ** trace.gradW[k - 1], norm(gW))).toBeLessThan(1e-6);
    }
  });
});
