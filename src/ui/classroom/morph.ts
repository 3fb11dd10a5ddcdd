// The in-between frames of a chart transition: each gradient series of the old result is
// resampled onto the new result's layers (by position along the depth, so 100 layers can
// morph into 50) and blended with the new one. Pure functions; useSceneMorph drives them.

import type { ArchResult, LayerSpread } from '../../core/result';

/** `values` (over layers 0..n-1) read at fraction f ∈ [0, 1] of the depth, linearly between layers. */
function sampleAt(values: ArrayLike<number>, f: number): number {
  const last = values.length - 1;
  if (last <= 0) return values[0] ?? NaN;
  const x = Math.min(last, Math.max(0, f * last));
  const i = Math.min(last - 1, Math.floor(x));
  const t = x - i;
  const a = values[i];
  const b = values[i + 1];
  if (t === 0) return a;
  return Number.isFinite(a) && Number.isFinite(b) ? a + (b - a) * t : t < 0.5 ? a : b;
}

/** `values` resampled onto `count` evenly spaced layers. */
export function resample(values: ArrayLike<number>, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = sampleAt(values, count === 1 ? 0 : k / (count - 1));
  return out;
}

/**
 * (1 - t)·from + t·to per layer; where either end is not finite (a zero or a lost value) the
 * frame shows the new value, so gaps appear at once instead of streaking from infinity.
 */
export function blend(from: ArrayLike<number>, to: ArrayLike<number>, t: number): Float64Array {
  const out = new Float64Array(to.length);
  for (let k = 0; k < to.length; k++) {
    const a = from[k];
    const b = to[k];
    out[k] = Number.isFinite(a) && Number.isFinite(b) ? a + (b - a) * t : b;
  }
  return out;
}

function blendSpread(from: LayerSpread, to: LayerSpread, t: number): LayerSpread {
  const n = to.p50.length;
  const mix = (a: ArrayLike<number>, b: ArrayLike<number>) => blend(resample(a, n), b, t);
  return { mean: mix(from.mean, to.mean), p10: mix(from.p10, to.p10), p50: mix(from.p50, to.p50), p90: mix(from.p90, to.p90) };
}

/** A flat spread at the top layer's median: where a newly shown architecture grows from. */
function flatAtTop(spread: LayerSpread): LayerSpread {
  const top = spread.p50[spread.p50.length - 1];
  const flat = new Float64Array(spread.p50.length).fill(Number.isFinite(top) ? top : 0);
  return { mean: flat, p10: flat, p50: flat, p90: flat };
}

/**
 * The frame at t ∈ [0, 1] between two drawn results: `to`'s architectures, each with its
 * gradient spread blended from the same architecture in `from` (or from a flat line).
 */
export function morphArchs(from: readonly ArchResult[], to: readonly ArchResult[], t: number): ArchResult[] {
  if (t >= 1) return [...to];
  return to.map((target) => {
    const source = from.find((a) => a.arch === target.arch);
    return { ...target, gradF: blendSpread(source ? source.gradF : flatAtTop(target.gradF), target.gradF, t) };
  });
}

/** Ease in and out, so the curves start and land gently. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2;
}
