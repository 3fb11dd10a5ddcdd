// q*, χ and ξ against closed forms (identity, ReLU, leaky ReLU) and, for tanh, against a
// brute-force fixed-point iteration with an independent trapezoid rule.

import { describe, expect, it } from 'vitest';
import { LEAKY_SLOPE } from '../../../src/core/activations';
import { chiAt, depthScale, fixedPoint, varianceMap } from '../../../src/core/theory/fixedPoint';
import { bruteForceFixedPoint, sech2, trapezoidExpectation } from './bruteForce';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('tanh: q* and χ(q*) against brute force', () => {
  it.each([
    [1.5, 0.3],
    [2.5, 1],
    [0.9, 0.5],
    [4, 0.05],
    [1.2, 0],
    [10, 10],
  ])('σ_w = %f, σ_b = %f', (sigmaW, sigmaB) => {
    const qStar = fixedPoint('tanh', sigmaW, sigmaB);
    const expected = bruteForceFixedPoint(Math.tanh, sigmaW, sigmaB);
    expect(rel(qStar, expected)).toBeLessThan(1e-9);
    // q* is a fixed point of the map
    expect(rel(varianceMap('tanh', sigmaW, sigmaB, qStar), qStar)).toBeLessThan(1e-12);
    const chi = sigmaW * sigmaW * trapezoidExpectation((x) => sech2(x) ** 2, expected, 20_000);
    expect(rel(chiAt('tanh', sigmaW, qStar), chi)).toBeLessThan(1e-9);
  });

  it('q* = 0 without bias for σ_w ≤ 1, where χ(0) = σ_w²', () => {
    for (const sigmaW of [0.3, 0.9, 0.99, 1]) {
      expect(fixedPoint('tanh', sigmaW, 0)).toBe(0);
      expect(chiAt('tanh', sigmaW, 0)).toBeCloseTo(sigmaW * sigmaW, 15);
    }
  });

  it('just above σ_w = 1 without bias, q* ≈ (1 − 1/σ_w²)/2', () => {
    // tanh² x = x² − ⅔x⁴ + … and E[z⁴] = 3, so V(q) = σ_w²(q − 2q² + O(q³)) = q at
    // q* = (1 − 1/σ_w²)/2 + O(ε²) for σ_w = 1 + ε
    const sigmaW = 1.0001;
    const leading = (1 - 1 / sigmaW ** 2) / 2;
    expect(rel(fixedPoint('tanh', sigmaW, 0), leading)).toBeLessThan(1e-3);
  });

  it('a tiny bias gives the linearised map’s q* = σ_b²/(1 − σ_w²)', () => {
    expect(rel(fixedPoint('tanh', 0.5, 1e-8), 1e-16 / (1 - 0.25))).toBeLessThan(1e-9);
  });
});

describe('homogeneous activations: χ does not depend on q', () => {
  it.each([0.1, 1, Math.SQRT2, 3, 10])('σ_w = %f: identity χ = σ_w², ReLU χ = σ_w²/2, leaky χ = σ_w²(1 + a²)/2', (sigmaW) => {
    for (const q of [0, 1e-30, 1, 1e30, Infinity]) {
      expect(rel(chiAt('identity', sigmaW, q), sigmaW ** 2)).toBeLessThan(1e-14);
      expect(rel(chiAt('relu', sigmaW, q), sigmaW ** 2 / 2)).toBeLessThan(1e-14);
      expect(rel(chiAt('leaky-relu', sigmaW, q), (sigmaW ** 2 * (1 + LEAKY_SLOPE ** 2)) / 2)).toBeLessThan(1e-14);
    }
  });

  it('ReLU: q* = σ_b²/(1 − σ_w²/2) below √2, Infinity above; every q is fixed at √2 without bias', () => {
    expect(rel(fixedPoint('relu', 1, 0.5), 0.25 / (1 - 0.5))).toBeLessThan(1e-14);
    expect(fixedPoint('relu', 1, 0)).toBe(0);
    expect(fixedPoint('relu', 1.5, 0)).toBe(Infinity);
    expect(fixedPoint('relu', Math.SQRT2, 0, 3.5)).toBe(3.5);
    expect(fixedPoint('identity', 1.01, 0)).toBe(Infinity);
  });

  it('ξ = 1/|ln χ|: Infinity at criticality, the exact rate even where q diverges', () => {
    expect(depthScale('relu', Math.SQRT2, 0)).toBe(Infinity);
    expect(depthScale('identity', 1, 0)).toBe(Infinity);
    expect(rel(depthScale('relu', 2, 0)!, 1 / Math.log(2))).toBeLessThan(1e-13);
    expect(rel(depthScale('identity', 0.5, 1)!, 1 / Math.log(4))).toBeLessThan(1e-13);
  });
});

describe('depth scale for tanh and GELU', () => {
  it('tanh: infinite at σ_w = 1, σ_b = 0; finite and matching 1/|ln χ(q*)| elsewhere', () => {
    expect(depthScale('tanh', 1, 0)).toBe(Infinity);
    const qStar = bruteForceFixedPoint(Math.tanh, 2.5, 1);
    const chi = 2.5 ** 2 * trapezoidExpectation((x) => sech2(x) ** 2, qStar, 20_000);
    expect(rel(depthScale('tanh', 2.5, 1)!, 1 / Math.abs(Math.log(chi)))).toBeLessThan(1e-8);
  });

  it('GELU whose variance diverges has no fixed point to linearise around: null', () => {
    expect(fixedPoint('gelu', 3, 0)).toBe(Infinity);
    expect(depthScale('gelu', 3, 0)).toBeNull();
    // χ still has its large-q limit σ_w² E[1{z>0}] = σ_w²/2
    expect(chiAt('gelu', 3, Infinity)).toBeCloseTo(4.5, 12);
  });
});
