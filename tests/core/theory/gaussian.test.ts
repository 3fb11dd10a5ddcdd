// Quadrature oracles: closed forms where they exist, and an independent fine trapezoid rule for
// the sharp integrands (sech⁴(√q z) at large q) that a fixed Gauss–Hermite rule gets wrong.

import { describe, expect, it } from 'vitest';
import { ACTIVATION_TABLE } from '../../../src/core/activations';
import { gaussianExpectation, gaussLegendre, normalExpectation } from '../../../src/core/theory/gaussian';
import { sech2, trapezoidExpectation } from './bruteForce';

const Q_VALUES = [1e-4, 0.1, 1, 10, 50, 1000, 1e5];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** E[GELU(√q z)²] = q (¼ + arcsin(q/(1+q))/2π + q/(π(1+q)√(1+2q))), by Stein's lemma twice. */
function geluSecondMoment(q: number): number {
  return q * (0.25 + Math.asin(q / (1 + q)) / (2 * Math.PI) + q / (Math.PI * (1 + q) * Math.sqrt(1 + 2 * q)));
}

describe('Gauss–Legendre nodes', () => {
  it('integrate polynomials up to degree 2n − 1 exactly on [−1, 1]', () => {
    const { x, w } = gaussLegendre(20);
    for (let d = 0; d <= 39; d++) {
      const sum = x.reduce((s, xi, i) => s + w[i] * xi ** d, 0);
      expect(sum).toBeCloseTo(d % 2 === 0 ? 2 / (d + 1) : 0, 14);
    }
  });
});

describe('closed forms', () => {
  it('E[z²] = 1, E[1{z>0}] = ½, E[z⁴] = 3', () => {
    expect(normalExpectation((z) => z * z)).toBeCloseTo(1, 14);
    expect(normalExpectation((z) => (z > 0 ? 1 : 0))).toBeCloseTo(0.5, 15);
    expect(normalExpectation((z) => z ** 4)).toBeCloseTo(3, 13);
  });

  it.each([...Q_VALUES, 1e6, 1e100, 1e300])('E[ReLU(√q z)²] = q/2 and E[ReLU′(√q z)²] = ½ at q = %g', (q) => {
    const relu = ACTIVATION_TABLE.relu;
    expect(rel(gaussianExpectation((x) => relu.f(x) ** 2, q), q / 2)).toBeLessThan(1e-13);
    expect(gaussianExpectation((x) => relu.df(x) ** 2, q)).toBeCloseTo(0.5, 14);
  });

  it.each(Q_VALUES)('E[sigmoid(√q z)] = ½ and E[tanh(√q z)] = 0 at q = %g (odd about the centre)', (q) => {
    expect(gaussianExpectation(ACTIVATION_TABLE.sigmoid.f, q)).toBeCloseTo(0.5, 13);
    expect(Math.abs(gaussianExpectation(Math.tanh, q))).toBeLessThan(1e-13);
  });

  it.each([1e-6, ...Q_VALUES, 1e6])('E[GELU(√q z)²] matches its closed form at q = %g', (q) => {
    const gelu = ACTIVATION_TABLE.gelu;
    expect(rel(gaussianExpectation((x) => gelu.f(x) ** 2, q), geluSecondMoment(q))).toBeLessThan(1e-11);
  });

  it('q = 0 is f(0)', () => {
    expect(gaussianExpectation((x) => Math.cos(x) + 2, 0)).toBe(3);
  });
});

describe('against a 200,000-interval trapezoid rule', () => {
  it.each(Q_VALUES)('E[tanh′(√q z)²] = E[sech⁴(√q z)] to 1e-10 at q = %g', (q) => {
    const got = gaussianExpectation((x) => ACTIVATION_TABLE.tanh.df(x) ** 2, q);
    expect(rel(got, trapezoidExpectation((x) => sech2(x) ** 2, q))).toBeLessThan(1e-10);
  });

  it.each(Q_VALUES)('E[tanh(√q z)²] and E[sigmoid(√q z)²], E[sigmoid′(√q z)²] to 1e-10 at q = %g', (q) => {
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    expect(rel(gaussianExpectation((x) => Math.tanh(x) ** 2, q), trapezoidExpectation((x) => Math.tanh(x) ** 2, q))).toBeLessThan(1e-10);
    expect(rel(gaussianExpectation((x) => ACTIVATION_TABLE.sigmoid.f(x) ** 2, q), trapezoidExpectation((x) => sig(x) ** 2, q))).toBeLessThan(1e-10);
    const dsig = (x: number) => sig(x) * (1 - sig(x));
    expect(rel(gaussianExpectation((x) => ACTIVATION_TABLE.sigmoid.df(x) ** 2, q), trapezoidExpectation((x) => dsig(x) ** 2, q))).toBeLessThan(1e-10);
  });

  it('E[sech⁴(√q z)] approaches its large-q form (4/3)/√(2πq) at q = 10⁶ and 10¹²', () => {
    for (const q of [1e6, 1e12]) {
      const got = gaussianExpectation((x) => ACTIVATION_TABLE.tanh.df(x) ** 2, q);
      // relative corrections are O(1/q): ∫ sech⁴(x) (φ(x/√q) − φ(0)) dx / √q
      expect(rel(got, 4 / 3 / Math.sqrt(2 * Math.PI * q))).toBeLessThan(2 / q);
    }
  });
});
