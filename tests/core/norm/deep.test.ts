// Normalized and tied networks at depth 1000: every figure a number (no overflow, no NaN), the
// backward pass linear across the whole exponent range, and the tied linear network's rate
// per layer set by the spectral radius of its one matrix.

import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, DEFAULT_CONFIG, type NetworkConfig, type NormName } from '../../../src/core/config';
import { computeGradients } from '../../../src/core/gradients';
import { inputOutputJacobian } from '../../../src/core/jacobian';
import { layerDetail } from '../../../src/core/layerDetail';
import { tiedSpectrum } from '../../../src/core/linearCase';
import { drawNetwork } from '../../../src/core/network';
import { backpropPlain, forwardPlain } from '../../../src/core/plain';
import { backpropResidual, forwardResidual } from '../../../src/core/residual';
import type { ArchResult } from '../../../src/core/result';
import { WeightCache } from '../../../src/core/weights';

const cache = new WeightCache();
const NORMS: NormName[] = ['pre-ln', 'post-ln', 'batch'];
const arrays = (r: ArchResult) => [r.gradF.mean, r.gradF.p10, r.gradF.p90, r.normF.mean, r.gradW, r.gradB, r.meanD, ...(r.gradV ? [r.gradV] : [])];

describe.each(NORMS)('depth 1000, norm %s', (norm) => {
  it.each(ACTIVATIONS)('%s, σ_w ∈ {0.1, 4}, tied and untied: every figure is a number', (activation) => {
    for (const sigmaW of [0.1, 4]) {
      for (const tied of [false, true]) {
        const config: NetworkConfig = { ...DEFAULT_CONFIG, activation, sigmaW, sigmaB: 0.5, depth: 1000, width: 8, batch: 4, norm, tied };
        const r = computeGradients(config, 'both', { cache });
        for (const arch of [r.plain!, r.residual!]) {
          expect(arch.overflowLayer).toBeNull();
          for (const a of arrays(arch)) for (const v of a) expect(Number.isNaN(v) || v === Infinity).toBe(false);
          // −∞ (zero) only where ReLU units are dead: every other normalized network stays alive
          if (activation !== 'relu') for (const v of arch.normF.mean) expect(v).toBeGreaterThan(-Infinity);
        }
      }
    }
  });
});

describe('the backward pass is linear in ∇_{F_L}L across the whole exponent range', () => {
  it.each(NORMS)('%s: scaling the top gradient by 2^-1000 shifts every log10 figure by −1000·log10 2', (norm) => {
    for (const arch of ['plain', 'residual'] as const) {
      // a BatchNorm plain stack of 1000 layers has gradients near 10^{100} and a Post-LN one near 10^{-100}
      const config: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'leaky-relu', depth: 1000, width: 8, batch: 4, norm, sigmaB: 0.3 };
      const net = drawNetwork(config, config.seed, config.batch, cache);
      const forward = arch === 'plain' ? forwardPlain : forwardResidual;
      const backprop = arch === 'plain' ? backpropPlain : backpropResidual;
      const u = net.loss.kind === 'probe' ? net.loss.u : new Float64Array(config.width);
      const top = new Float64Array(config.batch * config.width);
      for (let i = 0; i < config.batch; i++) top.set(u, i * config.width);
      const tiny = top.map((v) => v * 2 ** -1000);
      const a = backprop(net, forward(net), { topGradient: top });
      const b = backprop(net, forward(net), { topGradient: tiny });
      const shift = -1000 * Math.log10(2);
      a.logGradF.forEach((v, i) => {
        expect(Number.isFinite(v)).toBe(true);
        expect(b.logGradF[i] - v).toBeCloseTo(shift, 9);
      });
      a.gradW.forEach((v, i) => expect(b.gradW[i] - v).toBeCloseTo(shift, 9));
    }
  });
});

describe('tied linear networks: the rate per layer is log10 ρ(W)', () => {
  it('orthogonal W = σ_w Q: ‖∇_{F_k}L‖ = σ_w^{L−k} exactly, through 10^{±600}', () => {
    for (const sigmaW of [4, 0.25]) {
      const config: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'identity', init: 'orthogonal', sigmaW, depth: 1000, width: 16, batch: 2, tied: true };
      const r = computeGradients(config, 'plain', { cache }).plain!;
      for (const k of [0, 1, 500, 999]) expect(r.gradF.mean[k]).toBeCloseTo((1000 - k) * Math.log10(sigmaW), 9);
    }
  });

  it('Gaussian W: the rate follows ρ(W), well below the spectral norm ‖W‖₂', () => {
    for (const seed of [1, 2, 3]) {
      const config: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'identity', sigmaW: 1.5, depth: 1000, width: 16, batch: 2, tied: true, seed };
      const r = computeGradients(config, 'plain', { cache }).plain!;
      const { log10SpectralRadius, log10SpectralNorm } = tiedSpectrum(config, cache);
      // ∇_{F_0} = (Wᵀ)^{1000} u: over layers 500..0 the prefactor of ρ^m cancels to within its oscillation
      const rate = (r.gradF.mean[0] - r.gradF.mean[500]) / 500;
      expect(Math.abs(rate - log10SpectralRadius)).toBeLessThan(0.005);
      expect(log10SpectralNorm - log10SpectralRadius).toBeGreaterThan(0.1);
      expect(r.gradF.mean[0]).toBeGreaterThan(100);
    }
  });

  it('a tied network differs from the untied one only above layer 1, and keeps its layers when the depth changes', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, depth: 12, width: 6, batch: 3, tied: true };
    const untied = computeGradients({ ...config, tied: false }, 'both', { cache });
    const tied = computeGradients(config, 'both', { cache });
    const deeper = computeGradients({ ...config, depth: 20 }, 'both', { cache });
    for (const arch of ['plain', 'residual'] as const) {
      expect(tied[arch]!.normF.mean[1]).toBe(untied[arch]!.normF.mean[1]);
      expect(tied[arch]!.normF.mean[2]).not.toBe(untied[arch]!.normF.mean[2]);
      for (let k = 0; k <= 12; k++) expect(deeper[arch]!.normF.mean[k]).toBe(tied[arch]!.normF.mean[k]);
    }
  });
});

describe('views that hold only for networks without normalization say so', () => {
  it('inputOutputJacobian rejects a normalized network, layerDetail a BatchNorm one, with a RangeError naming why', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, depth: 4, width: 4, norm: 'pre-ln' };
    expect(() => inputOutputJacobian(config, 'plain')).toThrow(/normalization/);
    expect(() => layerDetail({ ...config, norm: 'batch' }, 'both', 2)).toThrow(/couples the batch/);
    // tied weights are fine: the product simply repeats W_1
    const tied = inputOutputJacobian({ ...config, norm: 'none', tied: true }, 'plain');
    expect(tied.log10Singular.every(Number.isFinite)).toBe(true);
  });
});

describe('a preview over fewer inputs', () => {
  it('is the full batch with BatchNorm (its statistics are the batch’s), and a subset otherwise', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, depth: 6, width: 5, batch: 8, activation: 'relu' };
    const bn = { ...config, norm: 'batch' as const };
    const preview = computeGradients(bn, 'both', { samples: 1 });
    const full = computeGradients(bn, 'both');
    expect(preview.plain!.samples).toBe(8);
    expect(Array.from(preview.plain!.gradF.mean)).toEqual(Array.from(full.plain!.gradF.mean));
    expect(computeGradients({ ...config, norm: 'pre-ln' }, 'both', { samples: 1 }).plain!.samples).toBe(1);
  });
});
