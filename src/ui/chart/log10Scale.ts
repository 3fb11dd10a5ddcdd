// Pure helpers for log-scale charts. Values are log10 of a norm, plotted on a linear scale so
// that ranges like 10^±600 are ordinary; the visible range stops just past float64's range
// (10^±308) and anything beyond it is marked at the edge instead of stretching the axis.

import { tickStep, ticks } from 'd3-array';

/** |log10| beyond which a float64 overflows (≈1.8×10³⁰⁸) or underflows to zero. */
export const FLOAT64_LOG10_LIMIT = 308;
/** How far past the float64 limit the axis may reach, so the limit line stays visible. */
const AXIS_LIMIT = FLOAT64_LOG10_LIMIT + 12;

/** A closed interval of log10 values. */
export interface Log10Domain {
  lo: number;
  hi: number;
}

/**
 * Domain covering every finite value of the series (and `include`), clamped to ±(308 + 12),
 * at least `minSpan` decades wide and padded by 6 % so lines do not touch the frame.
 */
export function log10Domain(series: readonly ArrayLike<number>[], include: readonly number[] = [], minSpan = 2): Log10Domain {
  let lo = Infinity;
  let hi = -Infinity;
  const visit = (v: number) => {
    if (!Number.isFinite(v)) return;
    const c = Math.min(AXIS_LIMIT, Math.max(-AXIS_LIMIT, v));
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  };
  for (const s of series) for (let i = 0; i < s.length; i++) visit(s[i]);
  include.forEach(visit);
  if (lo > hi) return { lo: -1, hi: 1 };
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * 0.06;
  return { lo: Math.max(-AXIS_LIMIT, lo - pad), hi: Math.min(AXIS_LIMIT, hi + pad) };
}

/**
 * `domain` widened outward to the next multiple of half its tick step (never less than half a
 * decade), so that while a slider is dragged the axis stays where it is until the curves cross
 * a step: its ticks, grid lines and labels are not rewritten for every result. Within ±320.
 */
export function steppedLog10Domain(domain: Log10Domain, count: number): Log10Domain {
  const step = Math.max(0.5, tickStep(domain.lo, domain.hi, Math.max(2, count)) / 2);
  return {
    lo: Math.max(-AXIS_LIMIT, Math.floor(domain.lo / step) * step),
    hi: Math.min(AXIS_LIMIT, Math.ceil(domain.hi / step) * step),
  };
}

/** About `count` integer exponents inside the domain, evenly stepped (…, -8, -4, 0, 4, …). */
export function log10Ticks(domain: Log10Domain, count: number): number[] {
  const all = ticks(domain.lo, domain.hi, Math.max(2, count)).filter((t) => Number.isInteger(t));
  if (all.length >= 2) return all;
  const out: number[] = [];
  for (let t = Math.ceil(domain.lo); t <= Math.floor(domain.hi); t++) out.push(t);
  return out;
}

/** Maximal runs [first, last] of consecutive indices whose value satisfies `test`. */
export function runsWhere(values: ArrayLike<number>, test: (v: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const hit = i < values.length && test(values[i]);
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

/** The most extreme value past ±308 on one side, with its index; null if none. */
export function beyondFloatRange(values: ArrayLike<number>, side: 'above' | 'below'): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const past = side === 'above' ? v > FLOAT64_LOG10_LIMIT : v < -FLOAT64_LOG10_LIMIT;
    if (past && (best === null || (side === 'above' ? v > best.value : v < best.value))) best = { index: i, value: v };
  }
  return best;
}

/** Grid lines at 2× and 5× each power of ten, for axes spanning at most `maxSpan` decades. */
export function log10MinorTicks(domain: Log10Domain, maxSpan = 4): number[] {
  if (domain.hi - domain.lo > maxSpan) return [];
  const out: number[] = [];
  for (let n = Math.floor(domain.lo); n <= Math.ceil(domain.hi); n++) {
    for (const m of [2, 5]) {
      const t = n + Math.log10(m);
      if (t > domain.lo && t < domain.hi) out.push(t);
    }
  }
  return out;
}
