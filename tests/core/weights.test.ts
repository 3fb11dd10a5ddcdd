// Random streams and the unit-scale matrices drawn from them.

import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random';
import { haarOrthogonal, unitW, WeightCache, weightCacheBudget } from '../../src/core/weights';
import { normalVector } from '../../src/core/random';

describe('Random', () => {
  it('normal samples have mean 0 and variance 1', () => {
    const v = normalVector(3, 'W', 1, 200000);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
  });

  it('streams are independent of each other and of the order of use', () => {
    const a = new Random(5, 'W', 3).nextUint32();
    new Random(5, 'W', 2).nextUint32();
    expect(new Random(5, 'W', 3).nextUint32()).toBe(a);
    expect(new Random(5, 'V', 3).nextUint32()).not.toBe(a);
    expect(new Random(6, 'W', 3).nextUint32()).not.toBe(a);
  });

  it('uniform never returns 0 or 1', () => {
    const r = new Random(1, 'x', 0);
    for (let i = 0; i < 10000; i++) {
      const u = r.uniform();
      expect(u > 0 && u < 1).toBe(true);
    }
  });
});

describe('orthogonal init', () => {
  it.each([2, 7, 32])('QᵀQ = I at n = %i', (n) => {
    const q = haarOrthogonal(normalVector(1, 'W', 1, n * n), n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let r = 0; r < n; r++) s += q[r * n + i] * q[r * n + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 13);
      }
    }
  });
});

describe('WeightCache', () => {
  it('returns the same matrix and evicts beyond its budget', () => {
    const cache = new WeightCache(3 * 16 * 16 * 8);
    const a = unitW(1, 16, 1, 'gaussian', cache);
    expect(unitW(1, 16, 1, 'gaussian', cache)).toBe(a);
    for (let k = 2; k <= 5; k++) unitW(1, 16, k, 'gaussian', cache);
    expect(cache.size).toBe(3);
    expect(Array.from(unitW(1, 16, 1, 'gaussian', cache))).toEqual(Array.from(a));
  });
});

describe('weight cache budget', () => {
  it('holds a depth-1000 × width-256 residual network on an 8 GiB device, less on smaller ones', () => {
    const residualBytes = 2 * 1000 * 256 * 256 * 8;
    expect(weightCacheBudget(8)).toBeGreaterThanOrEqual(residualBytes);
    expect(weightCacheBudget(4)).toBeLessThan(weightCacheBudget(8));
    expect(weightCacheBudget(1)).toBeLessThan(weightCacheBudget(4));
    for (const unknown of [undefined, NaN, 0, -1]) expect(weightCacheBudget(unknown)).toBe(384 * 2 ** 20);
  });
});
