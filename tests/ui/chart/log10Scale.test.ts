import { tickStep } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { FLOAT64_LOG10_LIMIT, beyondFloatRange, log10Domain, log10MinorTicks, log10Ticks, runsWhere, steppedLog10Domain } from '../../../src/ui/chart/log10Scale';

describe('log10Domain', () => {
  it('covers finite values, ignores -Infinity and NaN, and pads', () => {
    const d = log10Domain([Float64Array.from([-8, 0, -Infinity, NaN, 2])]);
    expect(d.lo).toBeLessThan(-8);
    expect(d.hi).toBeGreaterThan(2);
  });
  it('is at least two decades wide', () => {
    const d = log10Domain([Float64Array.from([0.1, 0.2])]);
    expect(d.hi - d.lo).toBeGreaterThanOrEqual(2);
  });
  it('stops just past float64 range', () => {
    const d = log10Domain([Float64Array.from([-650, 612])]);
    expect(d.hi).toBeGreaterThan(FLOAT64_LOG10_LIMIT);
    expect(d.hi).toBeLessThan(FLOAT64_LOG10_LIMIT + 40);
    expect(d.lo).toBeLessThan(-FLOAT64_LOG10_LIMIT);
  });
  it('falls back when nothing is finite', () => {
    expect(log10Domain([Float64Array.from([NaN, -Infinity])])).toEqual({ lo: -1, hi: 1 });
  });
});

describe('steppedLog10Domain', () => {
  it('contains the domain and ends on multiples of half the tick step', () => {
    for (const [lo, hi, count] of [[-31.3, 1.2, 6], [-2.2, 0.4, 3], [-0.7, 0.9, 5], [-200.4, 250, 8]]) {
      const d = steppedLog10Domain({ lo, hi }, count);
      expect(d.lo).toBeLessThanOrEqual(lo);
      expect(d.hi).toBeGreaterThanOrEqual(hi);
      const half = Math.max(0.5, tickStep(lo, hi, count) / 2);
      expect(Math.abs(d.lo / half - Math.round(d.lo / half))).toBeLessThan(1e-9);
      expect(Math.abs(d.hi / half - Math.round(d.hi / half))).toBeLessThan(1e-9);
      // widened by less than one half step on each side
      expect(lo - d.lo).toBeLessThan(half);
      expect(d.hi - hi).toBeLessThan(half);
    }
  });
  it('keeps the same axis for the small moves of a drag', () => {
    const a = steppedLog10Domain({ lo: -30.2, hi: 1.1 }, 6);
    const b = steppedLog10Domain({ lo: -30.9, hi: 1.4 }, 6);
    expect(b).toEqual(a);
    expect(steppedLog10Domain({ lo: -33, hi: 1.1 }, 6).lo).toBeLessThan(a.lo);
  });
  it('stays within the axis limit', () => {
    const d = steppedLog10Domain({ lo: -319, hi: 319 }, 8);
    expect(d.lo).toBeGreaterThanOrEqual(-FLOAT64_LOG10_LIMIT - 12);
    expect(d.hi).toBeLessThanOrEqual(FLOAT64_LOG10_LIMIT + 12);
  });
});

describe('log10Ticks', () => {
  it('returns integer exponents inside the domain', () => {
    for (const [lo, hi] of [[-0.9, 1.1], [-8.4, 0.3], [-600, 10], [-1, 1000]]) {
      const t = log10Ticks({ lo, hi }, 6);
      expect(t.length).toBeGreaterThanOrEqual(2);
      for (const v of t) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
      }
    }
  });
});

describe('runsWhere and beyondFloatRange', () => {
  it('finds maximal runs', () => {
    const v = [-Infinity, -Infinity, 1, -Infinity, 2, -Infinity];
    expect(runsWhere(v, (x) => x === -Infinity)).toEqual([[0, 1], [3, 3], [5, 5]]);
    expect(runsWhere([], () => true)).toEqual([]);
  });
  it('finds the most extreme value beyond the float range', () => {
    expect(beyondFloatRange([0, 400, 612, 300], 'above')).toEqual({ index: 2, value: 612 });
    expect(beyondFloatRange([0, -400, NaN, -Infinity], 'below')).toEqual({ index: 1, value: -400 });
    expect(beyondFloatRange([0, 308], 'above')).toBeNull();
  });
});

describe('log10MinorTicks', () => {
  it('adds 2× and 5× lines on short axes only', () => {
    const t = log10MinorTicks({ lo: -1.2, hi: 0.9 });
    expect(t.map((v) => Math.round(10 ** v * 1000) / 1000)).toEqual([0.2, 0.5, 2, 5]);
    expect(log10MinorTicks({ lo: -100, hi: 10 })).toEqual([]);
  });
});
