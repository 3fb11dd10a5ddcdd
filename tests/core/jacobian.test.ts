// The Jacobian helpers: A D B against central differences for every activation, the
// input–output Jacobian against differences of the network itself, and exact spectra.

import { describe, expect, it } from 'vitest';
import { ACTIVATION_TABLE } from '../../src/core/activations';
import { ACTIVATIONS, DEFAULT_CONFIG, type NetworkConfig } from '../../src/core/config';
import { applyASigmaB, centralDifferenceJacobian, inputOutputJacobian, jacobianADB, type Matrix } from '../../src/core/jacobian';
import { linearCaseNorms } from '../../src/core/linearCase';
import { singularValues } from '../../src/core/svd';
import { normalVector } from '../../src/core/random';
import { buildNetwork } from '../../src/core/network';
import { refForwardFrom, refFromNetwork } from './reference';

const mat = (rows: number, cols: number, seed: number): Matrix => ({ rows, cols, data: normalVector(seed, 'W', 0, rows * cols) });

describe.each(ACTIVATIONS)('Jg(x) = A D B for g(x) = Aσ(Bx + b), %s', (name) => {
  it('agrees with central differences to 1e-6 away from kinks', () => {
    const act = ACTIVATION_TABLE[name];
    for (let seed = 1; seed <= 5; seed++) {
      const A = mat(3, 4, seed);
      const B = mat(4, 3, seed + 100);
      const b = normalVector(seed, 'b', 0, 4);
      const x = normalVector(seed, 'x', 0, 3);
      const { J } = jacobianADB(A, B, b, x, act);
      const fd = centralDifferenceJacobian((v) => applyASigmaB(A, B, b, v, act), x);
      J.data.forEach((v, i) => expect(Math.abs(v - fd.data[i])).toBeLessThan(1e-6));
    }
  });
});

describe('input–output Jacobian ∂F_L/∂F_0', () => {
  it.each(['plain', 'residual'] as const)('%s: matches differences of the network', (arch) => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 4, depth: 5, batch: 1, sigmaB: 0.3, branchScale: 0.8 };
    const ref = refFromNetwork(buildNetwork(config, arch), arch, config.activation, config.branchScale, config.loss);
    const fd = centralDifferenceJacobian((x) => Float64Array.from(refForwardFrom(ref, 0, Array.from(x))), Float64Array.from(ref.x[0]));
    const { J, exponent } = inputOutputJacobian(config, arch);
    J.forEach((v, i) => expect(v * 2 ** exponent).toBeCloseTo(fd.data[i], 7));
  });

  it('an orthogonal linear network has every singular value exactly σ_w^L', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'identity', init: 'orthogonal', width: 16, depth: 300, sigmaW: 1.7 };
    const { log10Singular } = inputOutputJacobian(config, 'plain');
    for (const s of log10Singular) expect(s).toBeCloseTo(300 * Math.log10(1.7), 9);
  });

  it('one-sided Jacobi recovers known singular values', () => {
    // diag(5, 2, 1e-9) rotated on both sides keeps its singular values
    const c = Math.cos(0.3), s = Math.sin(0.3);
    const R = [c, -s, 0, s, c, 0, 0, 0, 1];
    const Dg = [5, 0, 0, 0, 2, 0, 0, 0, 1e-9];
    const mul = (a: number[], b: number[]) => Array.from({ length: 9 }, (_, k) => [0, 1, 2].reduce((t, m) => t + a[Math.floor(k / 3) * 3 + m] * b[m * 3 + (k % 3)], 0));
    const sv = singularValues(Float64Array.from(mul(mul(R, Dg), R)), 3, 3);
    expect(sv[0]).toBeCloseTo(5, 13);
    expect(sv[1]).toBeCloseTo(2, 13);
    expect(sv[2] / 1e-9).toBeCloseTo(1, 6);
  });
});

describe('the linear case', () => {
  it('‖W_L⋯W_1‖₂ ≤ ∏‖W_k‖₂, and orthogonal weights make both σ_w^L', () => {
    const g = linearCaseNorms({ ...DEFAULT_CONFIG, width: 16, depth: 30, sigmaW: 1.1 });
    expect(g.log10ProductNorm).toBeLessThanOrEqual(g.log10NormProduct + 1e-9);
    const o = linearCaseNorms({ ...DEFAULT_CONFIG, init: 'orthogonal', width: 16, depth: 30, sigmaW: 1.1 });
    expect(o.log10ProductNorm).toBeCloseTo(o.log10SigmaWPower, 9);
    expect(o.log10NormProduct).toBeCloseTo(o.log10SigmaWPower, 9);
  });
});
