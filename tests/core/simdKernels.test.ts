// The WebAssembly SIMD kernels against the scalar ones: the same bits for every shape, every
// batch size (odd ones take a padded lane), both overwrite and accumulate; the committed binary
// is what the .wat assembles to; and whole gradient computations agree under either kernel.

import { afterEach, describe, expect, it } from 'vitest';
import { assembleKernels } from '../../scripts/assembleWasm';
import { KERNELS_WASM_BASE64 } from '../../src/core/wasm/kernelsBinary';
import { simdKernels } from '../../src/core/wasm/simdKernels';
import { matTVecBatchScalar, matVecBatchScalar, useKernels } from '../../src/core/linalg';
import { computeGradients } from '../../src/core/gradients';
import { DEFAULT_CONFIG, type ActivationName } from '../../src/core/config';
import { WeightCache } from '../../src/core/weights';
import { Random } from '../../src/core/random';

const rng = new Random(3, 'lab', 901);
const randomArray = (len: number, scale = 1) => rng.fillNormal(new Float64Array(len), scale);

function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

const SHAPES: [number, number][] = [];
for (const n of [1, 2, 3, 4, 5, 7, 8, 13, 64, 67]) for (const B of [1, 2, 3, 4, 5, 6, 7, 16, 17]) SHAPES.push([n, B]);

describe('WebAssembly SIMD kernels', () => {
  const simd = simdKernels();
  afterEach(() => useKernels('simd'));

  it('compile in this engine', () => {
    expect(simd).not.toBeNull();
    expect(useKernels('simd')).toBe('simd');
  });

  it('the committed module is the assembled kernels.wat', async () => {
    const bytes = await assembleKernels();
    expect(Buffer.from(bytes).toString('base64')).toBe(KERNELS_WASM_BASE64);
  });

  it.each(SHAPES)('M x equals the scalar kernel bit for bit (n = %i, B = %i)', (n, B) => {
    const M = randomArray(n * n);
    const X = randomArray(B * n + 7, 3);
    const a = randomArray(B * n + 5);
    const b = a.slice();
    matVecBatchScalar(M, n, 1.37, X, 7, B, a, 5);
    simd!.matVecBatch(M, n, 1.37, X, 7, B, b, 5);
    expect(sameBits(a, b)).toBe(true);
  });

  it.each(SHAPES)('Mᵀ g, overwritten and accumulated, equals the scalar kernel bit for bit (n = %i, B = %i)', (n, B) => {
    const M = randomArray(n * n);
    const G = randomArray(B * n + 3, 0.5);
    for (const accumulate of [false, true]) {
      const a = randomArray(B * n + 2);
      const b = a.slice();
      matTVecBatchScalar(M, n, 0.71, G, 3, B, a, 2, accumulate);
      simd!.matTVecBatch(M, n, 0.71, G, 3, B, b, 2, accumulate);
      expect(sameBits(a, b), `accumulate ${accumulate}`).toBe(true);
    }
  });

  it('extreme entries (huge, tiny, subnormal, zero of either sign) give the same bits', () => {
    const n = 9;
    const B = 5;
    const pick = [1e300, -1e-300, 5e-324, -0, 0, 1, -3.5, 1e-160, 2 ** 600];
    const M = Float64Array.from({ length: n * n }, (_, i) => pick[(i * 7) % pick.length]);
    const X = Float64Array.from({ length: B * n }, (_, i) => pick[(i * 5 + 3) % pick.length]);
    const a = new Float64Array(B * n);
    const b = new Float64Array(B * n);
    matVecBatchScalar(M, n, 0.5, X, 0, B, a, 0);
    simd!.matVecBatch(M, n, 0.5, X, 0, B, b, 0);
    expect(sameBits(a, b)).toBe(true);
    matTVecBatchScalar(M, n, 0.5, X, 0, B, a, 0, true);
    simd!.matTVecBatch(M, n, 0.5, X, 0, B, b, 0, true);
    expect(sameBits(a, b)).toBe(true);
  });

  it('a sample’s product does not depend on its place in the batch', () => {
    const n = 11;
    const M = randomArray(n * n);
    const G = randomArray(3 * n);
    const all = new Float64Array(3 * n);
    matTVecBatchScalar(M, n, 1, G, 0, 3, all, 0, false);
    for (let i = 0; i < 3; i++) {
      const one = new Float64Array(n);
      matTVecBatchScalar(M, n, 1, G, i * n, 1, one, 0, false);
      expect(sameBits(one, all.subarray(i * n, (i + 1) * n))).toBe(true);
    }
  });

  it('grows its memory for a large batch and keeps working for a small one after', () => {
    const n = 96;
    for (const B of [300, 1]) {
      const M = randomArray(n * n);
      const X = randomArray(B * n);
      const a = new Float64Array(B * n);
      const b = new Float64Array(B * n);
      matVecBatchScalar(M, n, 1, X, 0, B, a, 0);
      simd!.matVecBatch(M, n, 1, X, 0, B, b, 0);
      expect(sameBits(a, b)).toBe(true);
    }
  });

  it.each<ActivationName>(['tanh', 'relu', 'gelu'])('whole gradient computations agree under either kernel (%s)', (activation) => {
    const config = { ...DEFAULT_CONFIG, activation, width: 21, depth: 30, batch: 5, sigmaB: 0.3 };
    expect(useKernels('scalar')).toBe('scalar');
    const scalar = computeGradients(config, 'both', { cache: new WeightCache() });
    expect(useKernels('simd')).toBe('simd');
    const vector = computeGradients(config, 'both', { cache: new WeightCache() });
    for (const arch of ['plain', 'residual'] as const) {
      expect(Array.from(vector[arch]!.gradF.mean)).toEqual(Array.from(scalar[arch]!.gradF.mean));
      expect(Array.from(vector[arch]!.gradW)).toEqual(Array.from(scalar[arch]!.gradW));
      expect(Array.from(vector[arch]!.normF.mean)).toEqual(Array.from(scalar[arch]!.normF.mean));
    }
  });
});
