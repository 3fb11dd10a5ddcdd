// The spectrum's numbers: largest, smallest, condition number and zeros; a domain shared by all
// spectra that always holds 10⁰; bins that count every finite value once.

import { describe, expect, it } from 'vitest';
import { sharedDomain, spectrumBins, spectrumStats } from '../../../src/ui/theory/spectrumStats';

describe('spectrumStats', () => {
  it('reads the largest and smallest from the sorted log10 values', () => {
    const s = spectrumStats(Float64Array.from([0.5, 0, -3]));
    expect(s).toEqual({ log10Largest: 0.5, log10Smallest: -3, log10Condition: 3.5, zeros: 0 });
  });

  it('an exactly zero singular value makes the condition number infinite and is counted', () => {
    const s = spectrumStats(Float64Array.from([1, -Infinity, -Infinity]));
    expect(s.zeros).toBe(2);
    expect(s.log10Condition).toBe(Infinity);
  });
});

describe('sharedDomain and spectrumBins', () => {
  it('covers every finite value of every spectrum and 10⁰, at least a decade wide', () => {
    const [lo, hi] = sharedDomain([Float64Array.from([0.2, 0.1]), Float64Array.from([-7.3, -Infinity])]);
    expect(lo).toBeLessThanOrEqual(-7.3);
    expect(hi).toBeGreaterThanOrEqual(0.2);
    const [a, b] = sharedDomain([Float64Array.from([0, 0, 0])]);
    expect(a).toBeLessThan(0);
    expect(b).toBeGreaterThan(0);
    expect(b - a).toBeGreaterThanOrEqual(1);
  });

  it('counts each finite value in exactly one bin and leaves zeros out', () => {
    const values = Float64Array.from([1.9, 0.5, 0, -0.5, -1.9, -Infinity]);
    const bins = spectrumBins(values, [-2, 2], 8);
    expect(bins).toHaveLength(8);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(bins[0].x0).toBe(-2);
    expect(bins[7].x1).toBe(2);
  });
});
