// The engine-independent exp, log and tanh: within an ulp or two of the engine's own, exact
// where the value is exact, and finite or infinite where IEEE says so.

import { describe, expect, it } from 'vitest';
import { exp, log, log10, pow2, tanh } from '../../src/core/fdlibm';
import { Random } from '../../src/core/random';

const ulp = (x: number) => (x === 0 ? 5e-324 : 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52));

describe('fdlibm ports', () => {
  const r = new Random(1, 'lab', 0);
  const xs = Array.from({ length: 20000 }, () => (r.uniform() - 0.5) * 1400);

  it('exp is within 1 ulp of the engine across its whole range', () => {
    for (const x of xs) {
      const m = Math.exp(x);
      if (m === 0 || !Number.isFinite(m)) continue;
      expect(Math.abs(exp(x) - m)).toBeLessThanOrEqual(ulp(m));
    }
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-745)).toBe(5e-324);
  });

  it('log is within 1 ulp of the engine, including subnormals', () => {
    for (const x of xs) {
      const y = Math.exp(x);
      if (y === 0 || !Number.isFinite(y)) continue;
      expect(Math.abs(log(y) - Math.log(y))).toBeLessThanOrEqual(ulp(Math.log(y)));
    }
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    expect(log10(1000)).toBeCloseTo(3, 15);
  });

  it('tanh is within 4 ulp of the engine, odd, and saturates at ±1', () => {
    for (const x of xs) {
      const z = x / 30;
      expect(Math.abs(tanh(z) - Math.tanh(z))).toBeLessThanOrEqual(4 * ulp(Math.tanh(z)));
      expect(tanh(-z)).toBe(-tanh(z));
    }
    expect(tanh(1e-12)).toBe(1e-12);
    expect(tanh(40)).toBe(1);
  });

  it('pow2 builds exact powers of two, subnormals included', () => {
    for (let k = -1074; k <= 1023; k += 7) expect(pow2(k)).toBe(2 ** k);
    expect(pow2(1024)).toBe(Infinity);
    expect(pow2(-1075)).toBe(0);
  });
});
