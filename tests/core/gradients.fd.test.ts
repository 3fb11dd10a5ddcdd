// Every gradient the core reports (∇F_k per sample, ∇W_k, ∇b_k, ∇V_k) against central
// finite differences of an independent implementation, for every activation × architecture × loss.

import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, DEFAULT_CONFIG, LOSSES, type NetworkConfig } from '../../src/core/config';
import { buildNetwork, drawNetwork } from '../../src/core/network';
import { runPlain } from '../../src/core/plain';
import { runResidual } from '../../src/core/residual';
import { fdGradient, norm, refActivations, refBatchLoss, refFromNetwork, refSampleLoss, type RefNet } from './reference';

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
const KINK = 1e-3;

/** Smallest |z_k| over all units, layers and samples: kinks of ReLU must stay away from the FD step. */
function minAbsPreactivation(ref: RefNet): number {
  let m = Infinity;
  ref.x.forEach((_, i) => {
    const F = refActivations(ref, i);
    for (let k = 1; k <= ref.L; k++) {
      ref.W[k - 1].forEach((row, r) => {
        const z = row.reduce((s, w, j) => s + w * F[k - 1][j], 0) + ref.b[k - 1][r];
        m = Math.min(m, Math.abs(z));
      });
    }
  });
  return m;
}

function setup(base: NetworkConfig, arch: 'plain' | 'residual') {
  for (let seed = base.seed; ; seed++) {
    const config = { ...base, seed };
    const ref = refFromNetwork(buildNetwork(config, arch), arch, config.activation, config.branchScale, config.loss);
    const kinked = (config.activation === 'relu' || config.activation === 'leaky-relu') && minAbsPreactivation(ref) < KINK;
    if (!kinked) return { config, ref, trace: (arch === 'plain' ? runPlain : runResidual)(drawNetwork(config, seed, config.batch)) };
  }
}

const base: NetworkConfig = { ...DEFAULT_CONFIG, width: 3, depth: 3, batch: 2, sigmaW: 1.3, sigmaB: 0.4, sigmaV: 0.9, branchScale: 0.7, seed: 11 };

describe.each(ACTIVATIONS)('finite differences, %s', (activation) => {
  describe.each(['plain', 'residual'] as const)('%s', (arch) => {
    it.each(LOSSES)('loss %s: ∇F_k, ∇W_k, ∇b_k, ∇V_k match to 1e-6', (loss) => {
      const { config, ref, trace } = setup({ ...base, activation, loss }, arch);
      const { L } = ref;
      const B = config.batch;
      for (let i = 0; i < B; i++) {
        const F = refActivations(ref, i);
        for (let k = 0; k <= L; k++) {
          const Fk = [...F[k]];
          const g = fdGradient(Fk, () => refSampleLoss(ref, i, k, Fk));
          expect(relErr(10 ** trace.logGradF[k * B + i], norm(g))).toBeLessThan(1e-6);
          expect(relErr(10 ** trace.logNormF[k * B + i], norm(F[k]))).toBeLessThan(1e-12);
        }
      }
      for (let k = 1; k <= L; k++) {
        const gW = ref.W[k - 1].flatMap((row) => fdGradient(row, () => refBatchLoss(ref)));
        expect(relErr(10 ** trace.gradW[k - 1], norm(gW))).toBeLessThan(1e-6);
        const gb = fdGradient(ref.b[k - 1], () => refBatchLoss(ref));
        expect(relErr(10 ** trace.gradB[k - 1], norm(gb))).toBeLessThan(1e-6);
        if (arch === 'residual') {
          const gV = ref.V[k - 1].flatMap((row) => fdGradient(row, () => refBatchLoss(ref)));
          expect(relErr(10 ** trace.gradV[k - 1], norm(gV))).toBeLessThan(1e-6);
        }
      }
    });
  });
});
