// The activation moments in every regime: the interpolated table against direct quadrature,
// the q → 0 and q → ∞ limits, and the closed forms for homogeneous activations.

import { describe, expect, it } from 'vitest';
import { ACTIVATION_TABLE, LEAKY_SLOPE } from '../../../src/core/activations';
import { momentsAt } from '../../../src/core/theory/momentTable';
import { momentsByQuadrature, secondMomentSlopeAtZero } from '../../../src/core/theory/moments';

const smooth = ['tanh', 'sigmoid', 'gelu'] as const;

/** ln m − ln q is known to rounding of ln q itself: |ln q| · 2^-52 besides the quadrature's 1e-13. */
function expectLnRatio(lnm: number, lnq: number, expected: number): void {
  expect(Math.abs(lnm - lnq - expected)).toBeLessThan(1e-13 + 4e-16 * Math.abs(lnq));
}

describe('table against direct quadrature', () => {
  it.each(smooth)('%s: ln E[φ²] and E[φ′²] agree to 1e-12 over 10^-16 ≤ q ≤ 10^34', (name) => {
    const act = ACTIVATION_TABLE[name];
    let worst = 0;
    // an irrational stride visits every part of every interval, nodes and edges included
    for (let u = -36.8; u <= 80; u += 0.7371) {
      const table = momentsAt(act, u);
      const direct = momentsByQuadrature(act, u);
      worst = Math.max(worst, Math.abs(table.lnm - direct.lnm), Math.abs(table.d / direct.d - 1));
    }
    expect(worst).toBeLessThan(1e-12);
  });
});

describe('limits', () => {
  it('q → 0: E[φ(√q z)²]/q → φ′(0)² and E[φ′²] → φ′(0)² (tanh 1, GELU ¼); sigmoid → ¼ and 1/16', () => {
    const lnq = -100;
    expect(momentsAt(ACTIVATION_TABLE.tanh, lnq).lnm - lnq).toBeCloseTo(0, 14);
    expect(momentsAt(ACTIVATION_TABLE.tanh, lnq).d).toBeCloseTo(1, 14);
    expect(momentsAt(ACTIVATION_TABLE.gelu, lnq).lnm - lnq).toBeCloseTo(Math.log(0.25), 14);
    expect(momentsAt(ACTIVATION_TABLE.gelu, lnq).d).toBeCloseTo(0.25, 14);
    expect(momentsAt(ACTIVATION_TABLE.sigmoid, lnq).lnm).toBeCloseTo(Math.log(0.25), 14);
    expect(momentsAt(ACTIVATION_TABLE.sigmoid, lnq).d).toBeCloseTo(1 / 16, 14);
    expect(momentsAt(ACTIVATION_TABLE.tanh, -Infinity).lnm).toBe(-Infinity);
    expect(secondMomentSlopeAtZero(ACTIVATION_TABLE.gelu)).toBeCloseTo(0.25, 14);
    expect(secondMomentSlopeAtZero(ACTIVATION_TABLE.sigmoid)).toBe(Infinity);
  });

  it('q → ∞: GELU grows like ReLU (E[φ²] → q/2, E[φ′²] → ½); tanh saturates (E[φ²] → 1)', () => {
    for (const lnq of [700, 2000, 1e5]) {
      expectLnRatio(momentsAt(ACTIVATION_TABLE.gelu, lnq).lnm, lnq, Math.log(0.5));
      expect(momentsAt(ACTIVATION_TABLE.gelu, lnq).d).toBeCloseTo(0.5, 13);
      expect(momentsAt(ACTIVATION_TABLE.tanh, lnq).lnm).toBeCloseTo(0, 13);
      expect(momentsAt(ACTIVATION_TABLE.sigmoid, lnq).lnm).toBeCloseTo(Math.log(0.5), 13);
    }
    // E[sech⁴(√q z)] ≈ (4/3)/√(2πq) just below the table's upper end, above it by quadrature
    for (const lnq of [60, 100]) {
      const d = momentsAt(ACTIVATION_TABLE.tanh, lnq).d;
      expect(d / (4 / 3 / Math.sqrt(2 * Math.PI * Math.exp(lnq))) - 1).toBeCloseTo(0, 12);
    }
  });
});

describe('homogeneous activations: exact scaling at every q', () => {
  it.each([-1e4, -50, 0, 50, 1e4])('ln q = %f: identity q, ReLU q/2, leaky q(1 + a²)/2', (lnq) => {
    expectLnRatio(momentsAt(ACTIVATION_TABLE.identity, lnq).lnm, lnq, 0);
    expectLnRatio(momentsAt(ACTIVATION_TABLE.relu, lnq).lnm, lnq, Math.log(0.5));
    expect(momentsAt(ACTIVATION_TABLE.relu, lnq).d).toBeCloseTo(0.5, 15);
    expectLnRatio(momentsAt(ACTIVATION_TABLE['leaky-relu'], lnq).lnm, lnq, Math.log((1 + LEAKY_SLOPE ** 2) / 2));
    expect(momentsAt(ACTIVATION_TABLE['leaky-relu'], lnq).d).toBeCloseTo((1 + LEAKY_SLOPE ** 2) / 2, 15);
  });
});
