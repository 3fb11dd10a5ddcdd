// Closed forms the core must reproduce: the linear plain net's gradient is a product of
// transposes; a residual block with a zero branch passes the gradient through unchanged;
// orthogonal weights with the identity preserve norms exactly.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core/config';
import { buildNetwork, drawNetwork } from '../../src/core/network';
import { runPlain } from '../../src/core/plain';
import { runResidual } from '../../src/core/residual';
import { computeGradients } from '../../src/core/gradients';

const linear: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'identity', sigmaB: 0, width: 6, batch: 3 };

/** W_1ᵀ⋯W_Lᵀ u with naive loops, renormalised every layer and the log carried separately. */
function productOfTransposes(config: NetworkConfig): number {
  const net = buildNetwork(config, 'plain');
  const n = net.n;
  let g = Array.from(net.u!);
  let log10 = 0;
  for (let k = net.L; k >= 1; k--) {
    const W = net.W[k - 1];
    g = Array.from({ length: n }, (_, j) => g.reduce((s, gi, i) => s + W[i * n + j] * gi, 0));
    const nrm = Math.hypot(...g);
    log10 += Math.log10(nrm);
    g = g.map((v) => v / nrm);
  }
  return log10;
}

describe('linear plain network: ∇F_0 L = W_1ᵀ⋯W_Lᵀ u', () => {
  it.each([
    [5, 1],
    [30, 1.3],
    [200, 0.7],
    [1000, 4],
    [1000, 0.1],
  ])('depth %i, σ_w %f', (depth, sigmaW) => {
    const config = { ...linear, depth, sigmaW };
    const r = computeGradients(config, 'plain');
    const expected = productOfTransposes(config);
    // identical for every sample: the probe gradient does not depend on x in a linear net
    expect(r.plain!.gradF.p10[0]).toBeCloseTo(expected, 9);
    expect(r.plain!.gradF.p90[0]).toBeCloseTo(expected, 9);
    expect(Number.isFinite(r.plain!.gradF.mean[0])).toBe(true);
  });

  it('reports 10^±600 without overflow (depth 1000, σ_w = 4 is near 4^1000 ≈ 10^602)', () => {
    const r = computeGradients({ ...linear, depth: 1000, sigmaW: 4, width: 32 }, 'plain');
    expect(r.plain!.gradF.mean[0]).toBeGreaterThan(550);
    expect(r.plain!.gradF.mean[0]).toBeLessThan(650);
  });
});

describe('residual network with a zero branch', () => {
  it.each([
    ['α = 0', { branchScale: 0, sigmaV: 1 }],
    ['σ_v = 0', { branchScale: 1, sigmaV: 0 }],
  ])('%s passes the gradient and the activations through unchanged', (_, change) => {
    const config = { ...DEFAULT_CONFIG, activation: 'tanh' as const, depth: 20, width: 8, batch: 4, sigmaB: 0.3, ...change };
    const tr = runResidual(drawNetwork(config, config.seed, config.batch));
    for (let k = 0; k <= config.depth; k++) {
      for (let i = 0; i < config.batch; i++) {
        expect(tr.logGradF[k * 4 + i]).toBe(tr.logGradF[config.depth * 4 + i]);
        expect(tr.logNormF[k * 4 + i]).toBe(tr.logNormF[i]);
      }
    }
    expect(tr.gradV.every((v) => v === -Infinity) || change.sigmaV === 0).toBe(true);
    expect(tr.gradW.every((v) => v === -Infinity)).toBe(true);
  });
});

describe('orthogonal weights with the identity activation', () => {
  it('scale norms by exactly σ_w per layer, forward and backward', () => {
    const config: NetworkConfig = { ...linear, init: 'orthogonal', depth: 40, sigmaW: 1.1, width: 16, batch: 2 };
    const tr = runPlain(drawNetwork(config, config.seed, config.batch));
    const step = Math.log10(1.1);
    for (let k = 0; k <= 40; k++) {
      for (let i = 0; i < 2; i++) {
        expect(tr.logNormF[k * 2 + i]).toBeCloseTo(tr.logNormF[i] + k * step, 12);
        expect(tr.logGradF[k * 2 + i]).toBeCloseTo((40 - k) * step, 12);
      }
    }
  });
});

describe('MSE loss', () => {
  it('the top gradient is F_L − y', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, loss: 'mse', depth: 3, width: 5, batch: 2, activation: 'relu' };
    const net = buildNetwork(config, 'plain');
    const tr = runPlain(drawNetwork(config, config.seed, config.batch));
    for (let i = 0; i < 2; i++) {
      const F = tr.F.slice((3 * 2 + i) * 5, (3 * 2 + i + 1) * 5).map((v) => v * 2 ** tr.eF[3 * 2 + i]);
      const r = Array.from(F, (v, j) => v - net.y![i][j]);
      expect(10 ** tr.logGradF[3 * 2 + i]).toBeCloseTo(Math.hypot(...r), 12);
    }
  });
});
