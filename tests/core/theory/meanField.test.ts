// The mean-field trajectory: closed forms for linear and ReLU networks, an independent
// brute-force recursion for tanh, the power-law decay at the tanh critical point, and finite
// numbers everywhere up to depth 10,000.

import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, DEFAULT_CONFIG, type NetworkConfig } from '../../../src/core/config';
import { meanFieldPrediction, type MeanFieldTrajectory } from '../../../src/core/theory/meanField';
import { sech2, trapezoidExpectation } from './bruteForce';

const base: NetworkConfig = { ...DEFAULT_CONFIG, width: 100, inputScale: 1.5 };

describe('closed forms', () => {
  it('linear plain: χ = σ_w², p_k = σ_w² p_{k-1} + σ_b², log10Grad[0] = L log10 σ_w', () => {
    const c = { ...base, activation: 'identity' as const, sigmaW: 1.3, sigmaB: 0.4, depth: 40 };
    const t = meanFieldPrediction(c, 'plain');
    let p = c.inputScale ** 2;
    for (let k = 1; k <= c.depth; k++) {
      p = c.sigmaW ** 2 * p + c.sigmaB ** 2;
      expect(t.p[k]).toBeCloseTo(p, 9 - Math.ceil(Math.log10(p)));
      expect(t.log10Act[k]).toBeCloseTo(0.5 * Math.log10(c.width * p), 12);
      expect(t.chi[k - 1]).toBeCloseTo(c.sigmaW ** 2, 14);
    }
    expect(t.log10Grad[0]).toBeCloseTo(c.depth * Math.log10(c.sigmaW), 12);
    expect(t.log10Grad[c.depth]).toBe(0);
    expect(t.log10Act[0]).toBeCloseTo(0.5 * Math.log10(c.width * c.inputScale ** 2), 14);
  });

  it('ReLU plain: q_k = σ_w² p_{k-1} + σ_b², p_k = q_k/2, log10Grad[0] = (L/2) log10(σ_w²/2)', () => {
    const c = { ...base, activation: 'relu' as const, sigmaW: 1.7, sigmaB: 0.2, depth: 30 };
    const t = meanFieldPrediction(c, 'plain');
    let p = c.inputScale ** 2;
    for (let k = 1; k <= c.depth; k++) {
      const q = c.sigmaW ** 2 * p + c.sigmaB ** 2;
      p = q / 2;
      expect(t.log10Q[k]).toBeCloseTo(Math.log10(q), 12);
      expect(t.log10P[k]).toBeCloseTo(Math.log10(p), 12);
    }
    expect(t.log10Grad[0]).toBeCloseTo((c.depth / 2) * Math.log10(c.sigmaW ** 2 / 2), 11);
  });

  it('linear residual: χ = 1 + α²σ_v²σ_w², p_k = p_{k-1} + α²σ_v² q_k', () => {
    const c = { ...base, activation: 'identity' as const, sigmaW: 0.8, sigmaB: 0.3, sigmaV: 1.2, branchScale: 0.5, depth: 25 };
    const t = meanFieldPrediction(c, 'residual');
    const a2v2 = (c.branchScale * c.sigmaV) ** 2;
    let p = c.inputScale ** 2;
    for (let k = 1; k <= c.depth; k++) {
      p += a2v2 * (c.sigmaW ** 2 * p + c.sigmaB ** 2);
      expect(t.log10P[k]).toBeCloseTo(Math.log10(p), 12);
      expect(t.chi[k - 1]).toBeCloseTo(1 + a2v2 * c.sigmaW ** 2, 14);
    }
    expect(t.log10Grad[0]).toBeCloseTo((c.depth / 2) * Math.log10(1 + a2v2 * c.sigmaW ** 2), 11);
  });

  it('log10 figures stay exact where p itself leaves the float range (linear, σ_w = 10, L = 10⁴)', () => {
    const t = meanFieldPrediction({ ...base, activation: 'identity', sigmaW: 10, sigmaB: 1, inputScale: 1, depth: 10000 }, 'plain');
    // p_L = 100^L (1 + 1/99) − 1/99
    expect(t.log10P[10000]).toBeCloseTo(20000 + Math.log10(1 + 1 / 99), 8);
    expect(t.log10Grad[0]).toBeCloseTo(10000, 8);
    expect(t.p[10000]).toBe(Infinity);
  });
});

describe('tanh against a brute-force recursion with the trapezoid rule', () => {
  /** The recursion written out with plain numbers and the independent quadrature. */
  function bruteForce(c: NetworkConfig, arch: 'plain' | 'residual') {
    let p = c.inputScale ** 2;
    const q: number[] = [];
    const chi: number[] = [];
    for (let k = 1; k <= c.depth; k++) {
      const qk = c.sigmaW ** 2 * p + c.sigmaB ** 2;
      const m = trapezoidExpectation((x) => Math.tanh(x) ** 2, qk, 20_000);
      const d = trapezoidExpectation((x) => sech2(x) ** 2, qk, 20_000);
      const gain = (c.branchScale * c.sigmaV) ** 2;
      p = arch === 'plain' ? m : p + gain * m;
      q.push(qk);
      chi.push(arch === 'plain' ? c.sigmaW ** 2 * d : 1 + gain * c.sigmaW ** 2 * d);
    }
    return { q, chi, p, log10Grad0: 0.5 * chi.reduce((s, x) => s + Math.log10(x), 0) };
  }

  it.each(['plain', 'residual'] as const)('%s, σ_w = 1.8, σ_b = 0.3, L = 20', (arch) => {
    const c: NetworkConfig = { ...base, activation: 'tanh', sigmaW: 1.8, sigmaB: 0.3, branchScale: 0.7, depth: 20 };
    const t = meanFieldPrediction(c, arch);
    const ref = bruteForce(c, arch);
    for (let k = 1; k <= c.depth; k++) {
      expect(Math.abs(t.q[k] / ref.q[k - 1] - 1)).toBeLessThan(1e-10);
      expect(Math.abs(t.chi[k - 1] / ref.chi[k - 1] - 1)).toBeLessThan(1e-10);
    }
    expect(Math.abs(t.p[c.depth] / ref.p - 1)).toBeLessThan(1e-10);
    expect(t.log10Grad[0]).toBeCloseTo(ref.log10Grad0, 10);
  });
});

describe('tanh at σ_w = 1, σ_b = 0: χ(q*) = 1, yet the gradient decays as a power law', () => {
  // q_k → 0 like 1/(2k) and χ_k = E[sech⁴(√q_k z)] ≈ 1 − 2q_k ≈ 1 − 1/k, so
  // Π_{j≤L} χ_j ~ 1/L and log10Grad[0] ≈ −½ log10 L + const: a power law, not an exponential.
  const deep = meanFieldPrediction({ ...base, activation: 'tanh', sigmaW: 1, sigmaB: 0, inputScale: 1, depth: 10000 }, 'plain');
  /** log10Grad[0] of the depth-L network: the trajectory up to L does not depend on the total depth. */
  const at = (L: number) => deep.log10Grad[0] - deep.log10Grad[L];

  it('the depth-L prediction is the prefix of a deeper one', () => {
    const t1000 = meanFieldPrediction({ ...base, activation: 'tanh', sigmaW: 1, sigmaB: 0, inputScale: 1, depth: 1000 }, 'plain');
    expect(t1000.log10Grad[0]).toBeCloseTo(at(1000), 10);
  });

  it('log10Grad[0] at L = 1000 is clearly below 0', () => {
    expect(at(1000)).toBeLessThan(-1);
  });

  it('slope −½ per decade of depth, the same from 100 to 1000 as from 1000 to 10000', () => {
    const s1 = at(1000) - at(100);
    const s2 = at(10000) - at(1000);
    expect(s1).toBeGreaterThan(-0.52);
    expect(s1).toBeLessThan(-0.48);
    expect(s2).toBeCloseTo(-0.5, 2);
    // an exponential decay would lose 10× more from 1000 to 10000 than from 100 to 1000
    expect(s2 / s1).toBeCloseTo(1, 1);
    expect(deep.q[10000] * 2 * 10000).toBeCloseTo(1, 2);
  });
});

/** Every array of a trajectory holds finite numbers (one expect: 50,000 would be slow). */
function expectFinite(t: MeanFieldTrajectory): void {
  const bad = [t.log10Q, t.log10P, t.chi, t.log10Grad, t.log10Act].flatMap((a, i) => {
    const j = a.findIndex((v) => !Number.isFinite(v));
    return j < 0 ? [] : [`array ${i} index ${j}: ${a[j]}`];
  });
  expect(bad).toEqual([]);
}

describe('finite at depth 10,000', () => {
  const cases = ACTIVATIONS.flatMap((activation) => [0.1, 10].map((sigmaW) => [activation, sigmaW] as const));

  it.each(cases)('plain %s, σ_w = %f, σ_b ∈ {0, 1}', (activation, sigmaW) => {
    for (const sigmaB of [0, 1]) expectFinite(meanFieldPrediction({ ...base, activation, sigmaW, sigmaB, depth: 10000 }, 'plain'));
  });

  it.each(cases)('residual %s, σ_w = %f, σ_b = 0.5, α = 1', (activation, sigmaW) => {
    expectFinite(meanFieldPrediction({ ...base, activation, sigmaW, sigmaB: 0.5, branchScale: 1, depth: 10000 }, 'residual'));
  });

  it('extreme inputs and branch: s ∈ {10⁻³, 10³}, σ_v = α = 10, GELU and tanh', () => {
    for (const activation of ['gelu', 'tanh'] as const) {
      for (const inputScale of [1e-3, 1e3]) {
        const c = { ...base, activation, inputScale, sigmaW: 10, sigmaV: 10, branchScale: 10, depth: 2000 };
        expectFinite(meanFieldPrediction(c, 'residual'));
        expectFinite(meanFieldPrediction(c, 'plain'));
      }
    }
  });
});
