// One layer in detail: the lab's A D B against central differences for every activation away
// from kinks (and what happens on one), and layer k's backward-Jacobian norm against the
// singular values of a difference Jacobian of the naive reference layer.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVATION_TABLE } from '../../src/core/activations';
import { ACTIVATIONS, DEFAULT_CONFIG, type NetworkConfig } from '../../src/core/config';
import { computeGradients } from '../../src/core/gradients';
import { centralDifferenceJacobian } from '../../src/core/jacobian';
import { drawLabExample, kinkSlopes, LAB_SIZE, labJacobians, layerDetail, moveToKink, powerIterationNorm } from '../../src/core/layerDetail';
import { buildNetwork, drawNetwork } from '../../src/core/network';
import { layerNorm, layerNormJacobian, NORM_EPS } from '../../src/core/norm/layerNorm';
import { normalVector } from '../../src/core/random';
import { singularValues } from '../../src/core/svd';
import { refActivations, refFromNetwork, refLayer } from './reference';

describe('the lab example', () => {
  it('is seeded, n×n, and printed exactly: every entry has one decimal', () => {
    const a = drawLabExample(7);
    expect(drawLabExample(7)).toEqual(a);
    expect(drawLabExample(8).A.data).not.toEqual(a.A.data);
    expect(a.A.rows).toBe(LAB_SIZE);
    for (const v of [...a.A.data, ...a.B.data, ...a.b, ...a.x]) expect(Math.round(v * 10) / 10).toBe(v);
  });

  it.each(ACTIVATIONS)('%s: A D B agrees with central differences to 1e-6 away from kinks', (name) => {
    const act = ACTIVATION_TABLE[name];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: LAB_SIZE, maxLength: LAB_SIZE }), (seed, xs) => {
        const ex = drawLabExample(seed);
        const x = Float64Array.from(xs);
        const lab = labJacobians(ex, x, act);
        // a kink closer than 1e-4 would let the difference quotient see both slopes
        fc.pre(!kinkSlopes(act) || lab.z.every((z) => Math.abs(z) > 1e-4));
        expect(lab.kinkUnits).toEqual([]);
        expect(lab.maxAbsDiff).toBeLessThan(1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('D is σ′(Bx + b) and the Jacobian is A D B written out', () => {
    const ex = drawLabExample(3);
    const act = ACTIVATION_TABLE.tanh;
    const lab = labJacobians(ex, ex.x, act);
    const n = LAB_SIZE;
    for (let r = 0; r < n; r++) {
      const z = ex.b[r] + [0, 1, 2].reduce((s, j) => s + ex.B.data[r * n + j] * ex.x[j], 0);
      expect(lab.z[r]).toBeCloseTo(z, 14);
      expect(lab.D[r]).toBeCloseTo(1 - Math.tanh(z) ** 2, 14);
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const adb = [0, 1, 2].reduce((s, r) => s + ex.A.data[i * n + r] * lab.D[r] * ex.B.data[r * n + j], 0);
        expect(lab.analytic.data[i * n + j]).toBeCloseTo(adb, 14);
      }
    }
  });

  it.each(['relu', 'leaky-relu'] as const)('%s: on a kink the two sides disagree and the unit is named', (name) => {
    const act = ACTIVATION_TABLE[name];
    const ex = drawLabExample(1);
    const x = moveToKink(ex, ex.x, 1)!;
    const lab = labJacobians(ex, x, act);
    expect(Math.abs(lab.z[1])).toBeLessThan(1e-12);
    expect(lab.kinkUnits).toContain(1);
    const slopes = kinkSlopes(act)!;
    expect(slopes.right).toBe(1);
    expect(slopes.left).toBeLessThan(1);
    // the difference quotient sees the mean of both slopes; D takes the slope of the side z lands on
    expect(lab.maxAbsDiff).toBeGreaterThan(1e-3);
    expect(lab.D[1]).toBe(act.df(lab.z[1]));
    expect([slopes.left, slopes.right]).toContain(lab.D[1]);
    expect(slopes.atKink).toBe(act.df(0));
  });

  it('moves the coordinate with the largest |B_rj| unless that leaves the range', () => {
    const ex = { A: { rows: 2, cols: 2, data: Float64Array.of(1, 0, 0, 1) }, B: { rows: 2, cols: 2, data: Float64Array.of(0.1, 2, 0, 0) }, b: Float64Array.of(1, 1), x: Float64Array.of(0, 0) };
    expect(Array.from(moveToKink(ex, ex.x, 0)!)).toEqual([0, -0.5]);
    expect(Array.from(moveToKink(ex, Float64Array.of(0, 10), 0, 5)!)).toEqual([0, -0.5]);
    expect(moveToKink(ex, Float64Array.of(0, 0), 0, 0.4)).toBeNull();
    expect(moveToKink(ex, ex.x, 1)).toBeNull();
  });

  it('smooth activations have no kink', () => {
    for (const name of ['identity', 'tanh', 'sigmoid', 'gelu'] as const) expect(kinkSlopes(ACTIVATION_TABLE[name])).toBeNull();
  });
});

describe('power iteration', () => {
  it('finds ‖M‖₂ of an explicit matrix', () => {
    const n = 12;
    const M = normalVector(5, 'W', 0, n * n);
    const mul = (v: Float64Array, out: Float64Array, t: boolean) => {
      out.fill(0);
      for (let r = 0; r < n; r++) {
        for (let j = 0; j < n; j++) {
          if (t) out[j] += M[r * n + j] * v[r];
          else out[r] += M[r * n + j] * v[j];
        }
      }
    };
    const p = powerIterationNorm(n, (v, o) => mul(v, o, false), (u, o) => mul(u, o, true), 5000);
    expect(p.converged).toBe(true);
    expect(p.norm / singularValues(M, n, n)[0]).toBeCloseTo(1, 6);
  });

  it('a zero map (every unit dead) has norm 0, so its log10 is −∞ and prints as 0', () => {
    const p = powerIterationNorm(4, (_, o) => o.fill(0), (_, o) => o.fill(0));
    expect(p).toEqual({ norm: 0, converged: true, iterations: 1 });
  });
});

/** ‖∂F_k/∂F_{k−1}‖ pieces from central differences of the reference layer at x_1. */
function referenceLayerJacobian(config: NetworkConfig, arch: 'plain' | 'residual', k: number): Float64Array {
  const ref = refFromNetwork(buildNetwork({ ...config, batch: 1 }, arch), arch, config.activation, config.branchScale, config.loss);
  const Fprev = refActivations(ref, 0)[k - 1];
  return centralDifferenceJacobian((F) => Float64Array.from(refLayer(ref, k, Array.from(F))), Float64Array.from(Fprev)).data;
}

describe('layer k of the live network', () => {
  const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 6, depth: 7, sigmaB: 0.4, branchScale: 0.7, batch: 3 };
  const n = config.width;

  it.each([1, 4, 7])('plain: ‖W_kᵀD_k‖₂ is the largest singular value of ∂F_k/∂F_{k−1} (k = %i)', (k) => {
    const detail = layerDetail(config, 'plain', k);
    expect(detail.residual).toBeNull();
    const J = referenceLayerJacobian(config, 'plain', k);
    expect(10 ** detail.plain!.log10Norm).toBeCloseTo(singularValues(J, n, n)[0], 6);
    expect(detail.plain!.converged).toBe(true);
  });

  it.each([1, 4, 7])('residual: ‖W_kᵀD_kV_kᵀ‖₂ is that of (∂F_k/∂F_{k−1} − I)/α (k = %i)', (k) => {
    const detail = layerDetail(config, 'residual', k);
    const J = referenceLayerJacobian(config, 'residual', k);
    for (let i = 0; i < n; i++) J[i * n + i] -= 1;
    expect(10 ** detail.residual!.log10Norm).toBeCloseTo(singularValues(J, n, n)[0] / config.branchScale, 6);
    expect(detail.alpha).toBe(config.branchScale);
  });

  it('the identity term bounds the shrink: ‖∇F_{k−1}L‖ ≥ (1 − α‖W_kᵀD_kV_kᵀ‖₂)‖∇F_kL‖ for x_1', () => {
    const one = { ...config, batch: 1, branchScale: 0.3 };
    const gradF = computeGradients(one, 'residual').residual!.gradF.p50;
    for (let k = 1; k <= config.depth; k++) {
      const branch = 0.3 * 10 ** layerDetail(one, 'residual', k).residual!.log10Norm;
      expect(branch).toBeLessThan(1);
      expect(10 ** gradF[k - 1]).toBeGreaterThanOrEqual((1 - branch) * 10 ** gradF[k] * (1 - 1e-12));
      expect(10 ** gradF[k - 1]).toBeLessThanOrEqual((1 + branch) * 10 ** gradF[k] * (1 + 1e-12));
    }
  });

  it('does not depend on the layers above k', () => {
    expect(layerDetail({ ...config, depth: 3 }, 'both', 3)).toEqual(layerDetail(config, 'both', 3));
  });

  it('rejects a layer outside 1..L', () => {
    expect(() => layerDetail(config, 'both', 0)).toThrow(RangeError);
    expect(() => layerDetail(config, 'both', 8)).toThrow(/\[1, 7\]/);
    expect(() => layerDetail(config, 'both', 2.5)).toThrow(RangeError);
  });
});

/** 1/s of layer k's LayerNorm for x_1, by a naive forward at true scale (matrix by matrix). */
function referenceLnGain(config: NetworkConfig, arch: 'plain' | 'residual', k: number): number {
  const net = drawNetwork(config, config.seed, 1);
  const { n, act } = net;
  const affine = (M: Float64Array, scale: number, v: Float64Array) =>
    Float64Array.from({ length: n }, (_, r) => scale * v.reduce((sum, vj, j) => sum + M[r * n + j] * vj, 0));
  const invS = (x: Float64Array) => {
    const m = x.reduce((a, v) => a + v, 0) / n;
    return 1 / Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / n + NORM_EPS);
  };
  let F: Float64Array = net.x.slice(0, n);
  let gain = NaN;
  for (let j = 1; j <= k; j++) {
    const a = config.norm === 'pre-ln' ? layerNorm(F) : F;
    if (config.norm === 'pre-ln') gain = invS(F);
    const Wa = affine(net.W(j), net.sigmaW, a);
    const s = Wa.map((v, i) => act.f(v + net.sigmaB * net.b(j)[i]));
    const out = arch === 'plain' ? s : F.map((v, i) => v + affine(net.V(j), net.alpha * net.sigmaV, s)[i]);
    if (config.norm === 'post-ln') gain = invS(out);
    F = config.norm === 'post-ln' ? layerNorm(out) : out;
  }
  return gain;
}

describe('layer k with LayerNorm', () => {
  const base: NetworkConfig = { ...DEFAULT_CONFIG, width: 6, depth: 5, sigmaB: 0.4, branchScale: 0.7, batch: 3 };

  it('‖J_LN(x)‖₂ is 1/s: the largest singular value of the closed form', () => {
    const x = normalVector(3, 'W', 0, 7).map((v) => 3 * v + 1);
    const { s, J } = layerNormJacobian(x);
    expect(singularValues(J.data, 7, 7)[0] * s).toBeCloseTo(1, 12);
  });

  it.each([
    ['pre-ln', 'plain'], ['pre-ln', 'residual'], ['post-ln', 'plain'], ['post-ln', 'residual'],
  ] as const)('%s %s: reports 1/s of the layer’s LN at x_1, as a naive forward finds it', (norm, arch) => {
    for (const k of [1, 3, 5]) {
      const config = { ...base, norm };
      const lj = layerDetail(config, arch, k)[arch]!;
      expect(lj.log10LnGain!).toBeCloseTo(Math.log10(referenceLnGain(config, arch, k)), 10);
      expect(lj.converged).toBe(true);
    }
  });

  it('has no LN gain without LayerNorm, and refuses BatchNorm, whose layers couple the batch', () => {
    expect(layerDetail(base, 'both', 2).plain!.log10LnGain).toBeNull();
    expect(() => layerDetail({ ...base, norm: 'batch' }, 'plain', 2)).toThrow(/couples the batch/);
  });
});
