// Property-based checks over random small configurations.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVATIONS, DEFAULT_CONFIG, INITS, LOSSES, NORMS, type NetworkConfig } from '../../src/core/config';
import { computeGradients } from '../../src/core/gradients';

const configArb: fc.Arbitrary<NetworkConfig> = fc.record({
  depth: fc.integer({ min: 1, max: 12 }),
  width: fc.integer({ min: 2, max: 9 }),
  activation: fc.constantFrom(...ACTIVATIONS),
  sigmaW: fc.double({ min: 0.01, max: 10, noNaN: true }),
  sigmaB: fc.double({ min: 0, max: 10, noNaN: true }),
  sigmaV: fc.double({ min: 0, max: 10, noNaN: true }),
  branchScale: fc.double({ min: 0, max: 10, noNaN: true }),
  init: fc.constantFrom(...INITS),
  batch: fc.integer({ min: 1, max: 5 }),
  inputScale: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  loss: fc.constantFrom(...LOSSES),
  norm: fc.constantFrom(...NORMS),
  tied: fc.boolean(),
});

describe('computeGradients over random configurations', () => {
  it('returns one finite-or-dead figure per layer and never NaN', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const r = computeGradients(config, 'both');
        for (const a of [r.plain!, r.residual!]) {
          expect(a.gradF.mean.length).toBe(config.depth + 1);
          expect(a.gradW.length).toBe(config.depth);
          expect(a.overflowLayer).toBeNull();
          for (const arr of [a.gradF.mean, a.gradF.p10, a.gradF.p50, a.gradF.p90, a.normF.mean, a.gradW, a.gradB, a.meanD]) {
            for (const v of arr) expect(Number.isNaN(v) || v === Infinity).toBe(false);
          }
          // percentiles are ordered
          for (let k = 0; k <= config.depth; k++) {
            if (Number.isFinite(a.gradF.p10[k])) expect(a.gradF.p10[k]).toBeLessThanOrEqual(a.gradF.p90[k] + 1e-12);
          }
          if (config.loss === 'probe') expect(Math.abs(a.gradF.mean[config.depth])).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('rejects configurations outside the accepted ranges with a message naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom('depth', 'width', 'sigmaW', 'batch'), fc.constantFrom(NaN, -1, 1e9, Infinity), (key, value) => {
        expect(() => computeGradients({ ...DEFAULT_CONFIG, [key]: value }, 'plain')).toThrow(key);
      }),
    );
  });
});
