// Per-layer spreads: percentiles by linear interpolation, dead samples and lost layers.

import { describe, expect, it } from 'vitest';
import { percentileSorted, spreadPerLayer } from '../../src/core/stats';

describe('percentileSorted', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    const v = Float64Array.of(1, 2, 3, 4, 5);
    expect(percentileSorted(v, 0)).toBe(1);
    expect(percentileSorted(v, 0.5)).toBe(3);
    expect(percentileSorted(v, 0.1)).toBeCloseTo(1.4, 14);
    expect(percentileSorted(v, 0.9)).toBeCloseTo(4.6, 14);
    expect(percentileSorted(v, 1)).toBe(5);
  });

  it('a quantile next to a dead sample (−∞) is −∞, never NaN', () => {
    const v = Float64Array.of(-Infinity, -Infinity, 2, 3);
    expect(percentileSorted(v, 0.1)).toBe(-Infinity);
    expect(percentileSorted(v, 0.5)).toBe(-Infinity);
    expect(percentileSorted(v, 0.9)).toBeCloseTo(2.7, 14);
  });
});

describe('spreadPerLayer', () => {
  it('summarises each layer and marks layers holding NaN as lost', () => {
    const s = spreadPerLayer(Float64Array.of(1, 3, NaN, 0), 2, 2);
    expect(s.mean[0]).toBe(2);
    expect(s.p50[0]).toBe(2);
    expect(Number.isNaN(s.mean[1])).toBe(true);
    expect(Number.isNaN(s.p90[1])).toBe(true);
  });
});
