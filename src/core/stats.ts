// Per-layer summaries over samples: mean and 10/50/90 percentiles of log10 norms.

import type { LayerSpread } from './result';

/** Linear-interpolation percentile (type 7) of a sorted array; q in [0, 1]. */
export function percentileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo];
  const b = sorted[hi];
  // between −∞ (a dead sample) and a finite value, every interpolated quantile is −∞
  if (a === b || lo === hi || a === -Infinity) return a;
  return a + (b - a) * (pos - lo);
}

/**
 * Summarise `values`, laid out as layers × samples (index k·S + s), into one LayerSpread.
 * A layer whose samples include NaN (lost to overflow) summarises to NaN.
 */
export function spreadPerLayer(values: Float64Array, layers: number, S: number): LayerSpread {
  const out: LayerSpread = {
    mean: new Float64Array(layers),
    p10: new Float64Array(layers),
    p50: new Float64Array(layers),
    p90: new Float64Array(layers),
  };
  const row = new Float64Array(S);
  for (let k = 0; k < layers; k++) {
    let sum = 0;
    for (let s = 0; s < S; s++) {
      row[s] = values[k * S + s];
      sum += row[s];
    }
    if (Number.isNaN(sum)) {
      out.mean[k] = out.p10[k] = out.p50[k] = out.p90[k] = NaN;
      continue;
    }
    row.sort();
    out.mean[k] = sum / S;
    out.p10[k] = percentileSorted(row, 0.1);
    out.p50[k] = percentileSorted(row, 0.5);
    out.p90[k] = percentileSorted(row, 0.9);
  }
  return out;
}
