// No silent Inf, 0 or NaN: every activation × architecture at depth 1000 and σ_w ∈ {0.1, 4}
// reports finite log10 norms. −Infinity is allowed only where units are dead: exactly zero for
// ReLU, and for GELU where every pre-activation is below about −38 (Φ(z) < 10^-308, so
// z Φ(z) and its derivative are below any float, as for a dead ReLU unit).

import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, DEFAULT_CONFIG, type NetworkConfig } from '../../src/core/config';
import { computeGradients } from '../../src/core/gradients';
import { WeightCache } from '../../src/core/weights';
import type { ArchResult } from '../../src/core/result';

const cache = new WeightCache();
const arrays = (r: ArchResult) => [r.gradF.mean, r.gradF.p10, r.gradF.p90, r.normF.mean, r.gradW, r.gradB, r.meanD, ...(r.gradV ? [r.gradV] : [])];

describe.each(ACTIVATIONS)('extremes, %s', (activation) => {
  it.each([0.1, 4])('depth 1000, σ_w = %f, σ_b = 0.5: every figure is a number', (sigmaW) => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, activation, sigmaW, sigmaB: 0.5, depth: 1000, width: 8, batch: 4 };
    const r = computeGradients(config, 'both', { cache });
    for (const arch of [r.plain!, r.residual!]) {
      expect(arch.overflowLayer).toBeNull();
      for (const a of arrays(arch)) {
        for (const v of a) {
          expect(Number.isNaN(v)).toBe(false);
          expect(v).not.toBe(Infinity);
          if (activation !== 'relu' && activation !== 'gelu') expect(v).toBeGreaterThan(-Infinity);
        }
      }
    }
  });
});

describe('no bias, the ranges where values leave float64', () => {
  it.each(ACTIVATIONS)('%s at σ_w = 4 and 0.1, depth 1000, plain and residual', (activation) => {
    for (const sigmaW of [0.1, 4]) {
      const r = computeGradients({ ...DEFAULT_CONFIG, activation, sigmaW, depth: 1000, width: 8, batch: 2 }, 'both', { cache });
      for (const arch of [r.plain!, r.residual!]) {
        expect(arch.overflowLayer).toBeNull();
        for (const a of arrays(arch)) for (const v of a) expect(Number.isNaN(v) || v === Infinity).toBe(false);
      }
    }
  });

  it('a deep linear network at σ_w = 4 reaches beyond 10^308 and is reported, not overflowed', () => {
    const r = computeGradients({ ...DEFAULT_CONFIG, activation: 'identity', sigmaW: 4, depth: 1000, width: 16, batch: 2 }, 'plain');
    expect(r.plain!.normF.mean[1000]).toBeGreaterThan(400);
    expect(r.plain!.gradF.mean[0]).toBeGreaterThan(400);
  });

  it('10,000 layers at small width compute', () => {
    const r = computeGradients({ ...DEFAULT_CONFIG, activation: 'tanh', depth: 10000, width: 4, batch: 2 }, 'both');
    expect(r.plain!.gradF.mean.length).toBe(10001);
    expect(Number.isFinite(r.plain!.gradF.mean[0])).toBe(true);
    expect(Number.isFinite(r.residual!.gradF.mean[0])).toBe(true);
  });
});

describe('a subnormal σ_b where the forward frame is scaled far up', () => {
  // GELU with every pre-activation of a layer near −38 leaves ‖F_k‖ ≈ 10^-308, so the frame is
  // scaled by about 2^1020; σ_b = 5e-324 in that frame is 5e-324 · 2^1020, finite, although
  // 2^1020+ alone is not. The bias is then 10^-16 of F_k: the figures are those without it.
  const config: NetworkConfig = {
    ...DEFAULT_CONFIG, depth: 7, width: 4, activation: 'gelu', sigmaW: 9.896368673680525, sigmaB: 5e-324,
    sigmaV: 0, branchScale: 0, batch: 1, inputScale: 0.001, seed: 478396429, loss: 'probe',
  };
  it('gives the figures of σ_b = 0, not an overflow', () => {
    const r = computeGradients(config, 'plain');
    const free = computeGradients({ ...config, sigmaB: 0 }, 'plain');
    expect(r.plain!.overflowLayer).toBeNull();
    expect(Math.min(...r.plain!.normF.mean)).toBeLessThan(-300);
    for (const [a, b] of [[r.plain!.normF.mean, free.plain!.normF.mean], [r.plain!.gradF.mean, free.plain!.gradF.mean]]) {
      for (let k = 0; k < a.length; k++) expect(a[k]).toBeCloseTo(b[k], 9);
    }
  });
});
