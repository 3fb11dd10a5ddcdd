// Weights that reside in the kernels' WebAssembly memory: the arena's bookkeeping (first fit,
// merging, reuse, data kept across growth), products on resident matrices equal to the scalar
// kernels bit for bit, whole passes equal to a cache of plain arrays, and a cache that evicts
// or is disposed gives its memory back instead of growing.

import { afterEach, describe, expect, it } from 'vitest';
import { Arena } from '../../src/core/wasm/arena';
import { makeResident, ResidentMatrix } from '../../src/core/wasm/resident';
import { kernelMemory } from '../../src/core/wasm/simdKernels';
import { matTVecBatch, matTVecBatchScalar, matVecBatch, matVecBatchScalar, useKernels } from '../../src/core/linalg';
import { computeGradients } from '../../src/core/gradients';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core/config';
import { WeightCache } from '../../src/core/weights';
import { Random } from '../../src/core/random';

const rng = new Random(5, 'lab', 77);
const randomArray = (len: number, scale = 1) => rng.fillNormal(new Float64Array(len), scale);
const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe('Arena', () => {
  it('hands out aligned, disjoint blocks and reuses freed ones first fit', () => {
    const arena = new Arena(new WebAssembly.Memory({ initial: 1 }));
    const a = arena.alloc(100)!;
    const b = arena.alloc(40)!;
    const c = arena.alloc(8)!;
    expect([a, b, c].every((o) => o % 16 === 0)).toBe(true);
    expect(b).toBeGreaterThanOrEqual(a + 100);
    expect(c).toBeGreaterThanOrEqual(b + 40);
    arena.free(b, 40);
    expect(arena.alloc(30)).toBe(b); // fits in the hole
    expect(arena.used).toBe(112 + 32 + 16);
  });

  it('merges neighbours and lowers the end, so freeing everything leaves nothing in use', () => {
    const arena = new Arena(new WebAssembly.Memory({ initial: 1 }));
    const blocks = Array.from({ length: 6 }, () => arena.alloc(1000)!);
    for (const i of [1, 3, 2, 0, 5, 4]) arena.free(blocks[i], 1000);
    expect(arena.used).toBe(0);
    expect(arena.end).toBe(0);
    // one block the size of all six fits where they were
    expect(arena.alloc(6 * 1008)).toBe(0);
  });

  it('grows the memory on demand and keeps data at its offsets across growth', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const arena = new Arena(memory);
    const at = arena.alloc(800)!;
    new Float64Array(memory.buffer, at, 100).set(Float64Array.from({ length: 100 }, (_, i) => i * 1.5));
    const big = arena.alloc(5 * 65536)!;
    expect(memory.buffer.byteLength).toBeGreaterThanOrEqual(big + 5 * 65536);
    expect(Array.from(new Float64Array(memory.buffer, at, 100))).toEqual(Array.from({ length: 100 }, (_, i) => i * 1.5));
  });

  it('returns null where the memory cannot grow', () => {
    const arena = new Arena(new WebAssembly.Memory({ initial: 1, maximum: 2 }));
    expect(arena.alloc(3 * 65536)).toBeNull();
    expect(arena.alloc(1000)).not.toBeNull();
  });
});

describe('resident matrices in the products', () => {
  afterEach(() => useKernels('simd'));

  it.each([[1, 1], [4, 3], [13, 5], [64, 16], [67, 17]])('equal the scalar kernels bit for bit (n = %i, B = %i)', (n, B) => {
    const M = randomArray(n * n);
    const R = makeResident(M)!;
    expect(R).toBeInstanceOf(ResidentMatrix);
    const X = randomArray(B * n + 3);
    for (const kind of ['simd', 'scalar'] as const) {
      useKernels(kind);
      const a = randomArray(B * n + 2);
      const b = a.slice();
      matVecBatchScalar(M, n, 0.9, X, 3, B, a, 2);
      matVecBatch(R, n, 0.9, X, 3, B, b, 2);
      expect(sameBits(a, b), `${kind} M x`).toBe(true);
      for (const accumulate of [false, true]) {
        matTVecBatchScalar(M, n, 1.1, X, 3, B, a, 2, accumulate);
        matTVecBatch(R, n, 1.1, X, 3, B, b, 2, accumulate);
        expect(sameBits(a, b), `${kind} Mᵀ g ${accumulate}`).toBe(true);
      }
    }
    R.release();
  });

  it('stay correct when the memory grows between products', () => {
    const n = 32;
    const M = randomArray(n * n);
    const R = makeResident(M)!;
    const km = kernelMemory()!;
    const before = km.memory.buffer.byteLength;
    const filler = km.arena.alloc(4 * 65536)!;
    expect(km.memory.buffer.byteLength).toBeGreaterThan(before);
    const X = randomArray(4 * n);
    const a = new Float64Array(4 * n);
    const b = new Float64Array(4 * n);
    matVecBatchScalar(M, n, 1, X, 0, 4, a, 0);
    matVecBatch(R, n, 1, X, 0, 4, b, 0);
    expect(sameBits(a, b)).toBe(true);
    expect(sameBits(R.toArray(), M)).toBe(true);
    km.arena.free(filler, 4 * 65536);
    R.release();
    expect(() => R.view()).toThrow('released');
  });
});

describe('a resident weight cache', () => {
  const configs: NetworkConfig[] = [
    { ...DEFAULT_CONFIG, depth: 12, width: 16, batch: 5, activation: 'tanh', sigmaW: 1.2 },
    { ...DEFAULT_CONFIG, depth: 9, width: 7, batch: 3, activation: 'relu', init: 'orthogonal' },
  ];

  it.each(configs)('gives the results of an array cache bit for bit, with either kernels (%#)', (config) => {
    const plainCache = new WeightCache();
    const resident = new WeightCache(undefined, { resident: true });
    const expected = computeGradients(config, 'both', { cache: plainCache });
    for (const kind of ['simd', 'scalar'] as const) {
      useKernels(kind);
      for (let pass = 0; pass < 2; pass++) {
        const r = computeGradients(config, 'both', { cache: resident });
        for (const arch of ['plain', 'residual'] as const) {
          expect(sameBits(r[arch]!.gradF.mean, expected[arch]!.gradF.mean), `${kind} ${arch}`).toBe(true);
          expect(sameBits(r[arch]!.gradW, expected[arch]!.gradW)).toBe(true);
          expect(sameBits(r[arch]!.normF.mean, expected[arch]!.normF.mean)).toBe(true);
        }
      }
    }
    useKernels('simd');
    resident.dispose();
  });

  it('evicts within its budget without growing the memory, and dispose gives everything back', () => {
    const km = kernelMemory()!;
    const n = 24;
    const used = km.arena.used;
    const config = { ...DEFAULT_CONFIG, depth: 30, width: n, batch: 4 };
    // warm the products' scratch for this size first, so only the cache's bytes are counted below
    computeGradients(config, 'residual');
    const scratchUsed = km.arena.used;
    const cache = new WeightCache(5 * n * n * 8, { resident: true });
    computeGradients(config, 'residual', { cache });
    expect(cache.size).toBe(5);
    expect(km.arena.used - scratchUsed).toBeLessThanOrEqual(5 * (n * n * 8 + 16));
    const end = km.arena.end;
    for (let seed = 2; seed < 6; seed++) computeGradients({ ...config, seed }, 'residual', { cache });
    expect(km.arena.end).toBe(end);
    cache.dispose();
    expect(km.arena.used).toBe(scratchUsed);
    expect(scratchUsed).toBeGreaterThanOrEqual(used);
  });

  it('hands out arrays through get, copies the caller owns', () => {
    const cache = new WeightCache(undefined, { resident: true });
    const made = randomArray(9);
    const op = cache.operand('k', 9, (out) => {
      out.set(made);
      return out;
    });
    expect(op).toBeInstanceOf(ResidentMatrix);
    const copy = cache.get('k', () => new Float64Array(9));
    expect(sameBits(copy, made)).toBe(true);
    copy[0] = 123;
    expect(sameBits(cache.get('k', () => new Float64Array(9)), made)).toBe(true);
    cache.dispose();
  });
});
