// The order-to-chaos line: exact where the theory is exact (tanh at σ_b = 0, the homogeneous
// activations), and χ(q*) = 1 on the line elsewhere, checked with the brute-force oracle.

import { describe, expect, it } from 'vitest';
import { LEAKY_SLOPE } from '../../../src/core/activations';
import { criticalLine } from '../../../src/core/theory/criticalLine';
import { bruteForceFixedPoint, sech2, trapezoidExpectation } from './bruteForce';

describe('tanh', () => {
  const sigmaBs = [0, 0.05, 0.3, 1, 2];
  const line = criticalLine('tanh', sigmaBs);

  it('σ_w = 1 exactly at σ_b = 0', () => {
    expect(line[0]).toBe(1);
  });

  it('rises with σ_b', () => {
    for (let i = 1; i < line.length; i++) expect(line[i]).toBeGreaterThan(line[i - 1]);
  });

  it('χ(q*) = 1 on the line, by the independent trapezoid rule and fixed-point iteration', () => {
    for (let i = 1; i < line.length; i++) {
      const sigmaW = line[i];
      const qStar = bruteForceFixedPoint(Math.tanh, sigmaW, sigmaBs[i]);
      const chi = sigmaW * sigmaW * trapezoidExpectation((x) => sech2(x) ** 2, qStar, 20_000);
      expect(chi).toBeCloseTo(1, 8);
    }
  });
});

describe('homogeneous activations: the line is vertical', () => {
  it('identity at σ_w = 1, ReLU at √2, leaky ReLU at √(2/(1 + a²)), for every σ_b', () => {
    const sigmaBs = [0, 0.5, 3];
    for (const v of criticalLine('identity', sigmaBs)) expect(v).toBeCloseTo(1, 9);
    for (const v of criticalLine('relu', sigmaBs)) expect(v).toBeCloseTo(Math.SQRT2, 9);
    for (const v of criticalLine('leaky-relu', sigmaBs)) expect(v).toBeCloseTo(Math.sqrt(2 / (1 + LEAKY_SLOPE ** 2)), 9);
  });
});

describe('no crossing in the range', () => {
  it('is NaN: sigmoid’s χ ≤ σ_w²/16 stays below 1 for σ_w ≤ 4', () => {
    const line = criticalLine('sigmoid', [0, 1], { sigmaWMax: 4 });
    expect(Number.isNaN(line[0]) && Number.isNaN(line[1])).toBe(true);
  });
});
