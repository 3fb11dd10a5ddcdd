// LN's analytic Jacobian (1/s)(I − 11ᵀ/n − x̂x̂ᵀ/n) against central differences and its own
// identities, and the scaled-frame forward and backward steps against LN at true scale.

import { describe, expect, it } from 'vitest';
import { centralDifferenceJacobian } from '../../../src/core/jacobian';
import { layerNorm, layerNormBackward, layerNormForward, layerNormJacobian, NORM_EPS } from '../../../src/core/norm/layerNorm';

const maxAbsDiff = (a: Float64Array, b: Float64Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('LayerNorm Jacobian', () => {
  it.each([
    [Float64Array.of(0.3, -1.2, 2.5)],
    [Float64Array.of(1e-3, 2e-3, -4e-3)],
    [Float64Array.of(5, 5.5, -3, 0.25, 7)],
  ])('matches central differences at %s', (x) => {
    const { J } = layerNormJacobian(x);
    const h = 1e-6 * Math.max(...x.map(Math.abs));
    const numeric = centralDifferenceJacobian((v) => layerNorm(v), x, h);
    const scale = Math.max(...J.data.map(Math.abs));
    expect(maxAbsDiff(J.data, numeric.data) / scale).toBeLessThan(1e-7);
  });

  it('annihilates the constant direction, and x̂ up to ε (J1 = 0, Jx̂ = (ε/s²)x̂/s)', () => {
    const x = Float64Array.of(0.7, -0.1, 1.9, -2.2);
    const { J, xHat, s } = layerNormJacobian(x);
    const n = x.length;
    for (let i = 0; i < n; i++) {
      let one = 0;
      let along = 0;
      for (let j = 0; j < n; j++) {
        one += J.data[i * n + j];
        along += J.data[i * n + j] * xHat[j];
      }
      expect(Math.abs(one)).toBeLessThan(1e-15);
      // x̂·x̂/n = var/(var + ε) = 1 − ε/s², so J x̂ = (ε/s²) x̂ / s
      expect(along).toBeCloseTo(((NORM_EPS / (s * s)) * xHat[i]) / s, 14);
    }
  });
});

describe('LayerNorm in the scaled frame', () => {
  const xTilde = Float64Array.of(0.4, -1.1, 0.9, 2.3, -0.6);
  const n = xTilde.length;

  it.each([0, 3, -7, -20, 40])('forward and backward at x = x̃·2^%i agree with true scale', (e) => {
    const x = xTilde.map((v) => v * 2 ** e);
    const y = new Float64Array(n);
    const { ey, log2InvS } = layerNormForward(xTilde, 0, e, n, y, 0);
    const ref = layerNorm(x);
    const yTrue = y.map((v) => v * 2 ** ey);
    expect(maxAbsDiff(yTrue, ref)).toBeLessThan(1e-13);
    const { J } = layerNormJacobian(x);
    const g = Float64Array.of(0.2, -0.5, 1.0, 0.3, -0.8);
    const back = Float64Array.from(g);
    const shift = layerNormBackward(back, 0, n, y, 0, ey, log2InvS);
    const expected = new Float64Array(n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) expected[j] += J.data[i * n + j] * g[i];
    const got = back.map((v) => v * 2 ** shift);
    const scale = Math.max(...expected.map(Math.abs));
    expect(maxAbsDiff(got, expected) / scale).toBeLessThan(1e-12);
  });

  it('stays finite where 2^{2e} var would overflow or ε would vanish (e = ±1500)', () => {
    for (const e of [1500, -1500]) {
      const y = new Float64Array(n);
      const { ey, log2InvS } = layerNormForward(xTilde, 0, e, n, y, 0);
      expect(y.every(Number.isFinite)).toBe(true);
      // e = 1500: LN is scale-free there (ε negligible), ‖LN x‖ = √n·√(var/(var+ε)) ≈ √n
      // e = −1500: ε dominates, LN x = (x − m)/√ε, i.e. 2^{−1500}(x̃ − m̃)/√ε
      const norm = Math.hypot(...y);
      const m = xTilde.reduce((a, v) => a + v, 0) / n;
      const centred = Math.hypot(...xTilde.map((v) => v - m));
      const log2Norm = Math.log2(norm) + ey;
      if (e > 0) expect(log2Norm).toBeCloseTo(0.5 * Math.log2(n), 12);
      else expect(log2Norm).toBeCloseTo(Math.log2(centred) - 1500 - 0.5 * Math.log2(NORM_EPS), 10);
      expect(Number.isFinite(log2InvS)).toBe(true);
    }
  });
});
