// What the spectrum view states about one set of singular values, all from their log10 (largest
// first): the largest, the smallest, the condition number and how many are exactly zero; and
// the histogram's shared domain and bins.

import { bin } from 'd3-array';

export interface SpectrumStats {
  log10Largest: number;
  log10Smallest: number;
  /** log10 κ = log10 s_max − log10 s_min; Infinity when some s is exactly 0 */
  log10Condition: number;
  /** singular values that are exactly zero */
  zeros: number;
}

export function spectrumStats(log10Singular: Float64Array): SpectrumStats {
  const n = log10Singular.length;
  const log10Largest = log10Singular[0];
  const log10Smallest = log10Singular[n - 1];
  const zeros = log10Singular.filter((v) => v === -Infinity).length;
  return { log10Largest, log10Smallest, log10Condition: log10Largest - log10Smallest, zeros };
}

/** A log10 range covering every finite value of every spectrum, at least one decade wide and containing 10⁰. */
export function sharedDomain(spectra: readonly Float64Array[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of spectra) {
    for (const v of s) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const pad = Math.max(0.5, (hi - lo) * 0.04);
  return [Math.floor((lo - pad) * 2) / 2, Math.ceil((hi + pad) * 2) / 2];
}

export interface SpectrumBin {
  x0: number;
  x1: number;
  count: number;
}

/** Counts per bin of log10 s over [lo, hi] (zeros left out: they are stated in words). */
export function spectrumBins(log10Singular: Float64Array, [lo, hi]: [number, number], bins: number): SpectrumBin[] {
  const step = (hi - lo) / bins;
  const thresholds = Array.from({ length: bins - 1 }, (_, i) => lo + step * (i + 1));
  const finite = Array.from(log10Singular).filter((v) => Number.isFinite(v));
  return bin<number, number>()
    .domain([lo, hi])
    .thresholds(thresholds)(finite)
    .map((b) => ({ x0: b.x0 ?? lo, x1: b.x1 ?? hi, count: b.length }));
}
