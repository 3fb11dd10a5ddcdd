// The activation table: each derivative against central differences of its value, erfc against
// high-precision values, and the scaled evaluation σ(c·u)/c against the direct one.

import { describe, expect, it } from 'vitest';
import { ACTIVATION_TABLE, activateRun, derivativeScaled, erfc, normalCdf } from '../../src/core/activations';
import { ACTIVATIONS } from '../../src/core/config';

const grid = Array.from({ length: 81 }, (_, i) => -8 + i * 0.2 + 0.013);

describe.each(ACTIVATIONS)('%s', (name) => {
  const act = ACTIVATION_TABLE[name];
  it('σ′ matches central differences of σ away from kinks', () => {
    for (const z of grid) {
      const h = 1e-6;
      const fd = (act.f(z + h) - act.f(z - h)) / (2 * h);
      expect(Math.abs(act.df(z) - fd)).toBeLessThan(1e-8 * Math.max(1, Math.abs(fd)));
    }
  });

  it('σ(c·u)/c and σ′(c·u) in the scaled frame agree with the direct evaluation', () => {
    for (const u of grid) {
      for (const c of [2 ** -20, 0.5, 1, 2, 2 ** 20]) {
        const direct = act.f(c * u) / c;
        expect(act.scaled(u, c)).toBeCloseTo(direct, 10);
        expect(derivativeScaled(act, u, c)).toBeCloseTo(act.df(c * u), 12);
      }
    }
  });

  it('the scaled frame stays finite where c·u leaves the float range', () => {
    // c = 0 cannot arise for sigmoid: σ(0) = ½ keeps its layers' scale near 1
    const scales = name === 'sigmoid' ? [2 ** -1074, 2 ** 1023, Infinity] : [0, 2 ** -1074, 2 ** 1023, Infinity];
    for (const c of scales) {
      for (const u of [-3, -1e-3, 0, 1e-3, 3]) {
        expect(Number.isNaN(act.scaled(u, c))).toBe(false);
        expect(Number.isNaN(derivativeScaled(act, u, c))).toBe(false);
      }
    }
  });

  it('positive homogeneity holds where it is claimed, exactly for the powers of two the core uses', () => {
    if (!act.homogeneous) return;
    for (const z of grid) {
      for (const c of [2 ** -60, 0.25, 1024, 2 ** 300]) expect(act.f(c * z)).toBe(c * act.f(z));
      expect(act.f(3 * z)).toBeCloseTo(3 * act.f(z), 14);
    }
  });
});

describe('erfc and Φ', () => {
  it.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [2.5, 0.0004069520174449590],
    [3, 2.209049699858544e-5],
    [5, 1.5374597944280349e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.8427007929497148],
  ])('erfc(%f)', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-13);
  });

  it('Φ is a CDF: Φ(0) = ½, Φ(−z) = 1 − Φ(z), Φ(1.959963984540054) = 0.975', () => {
    expect(normalCdf(0)).toBe(0.5);
    for (const z of grid) expect(normalCdf(-z) + normalCdf(z)).toBeCloseTo(1, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
  });
});

describe('activateRun', () => {
  it.each(Object.keys(ACTIVATION_TABLE) as (keyof typeof ACTIVATION_TABLE)[])('%s: values and slopes equal the pointwise functions bit for bit', (name) => {
    const act = ACTIVATION_TABLE[name];
    const us = [0, -0, 1e-12, -1e-7, 3e-6, 0.2, -0.549, 0.55, 0.56, -1, 2.5, 21.9, -22.1, 40, -700, 1e300];
    for (const c of [1, 0.5, 2 ** -40, 2 ** 30, 3]) {
      const Z = Float64Array.from(us);
      const value = new Float64Array(us.length);
      const slope = new Float64Array(us.length);
      activateRun(act, Z, 0, c, us.length, value, 0, slope, 0);
      us.forEach((u, j) => {
        expect(Object.is(value[j], act.scaled(u, c)), `${name} σ(${c}·${u})/${c}`).toBe(true);
        expect(Object.is(slope[j], derivativeScaled(act, u, c)), `${name} σ'(${c}·${u})`).toBe(true);
      });
    }
  });

  it('tanh’s slope is sech² within 2 ulp on both sides of the switch at |z| = 0.55', () => {
    for (let i = 1; i <= 2000; i++) {
      const z = (i / 2000) * 1.1;
      const exact = 1 / Math.cosh(z) ** 2;
      expect(Math.abs(ACTIVATION_TABLE.tanh.df(z) - exact)).toBeLessThanOrEqual(4 * Number.EPSILON * exact);
    }
  });
});
