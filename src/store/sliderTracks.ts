// Slider tracks: each slider position maps to one entry of a precomputed, strictly increasing
// list of values, so every arrow press moves to the next distinct value and the spacing can be
// non-linear (fine steps at small depths, logarithmic steps for scales and widths).

/** A slider track: position i (0-based) shows `values[i]`. */
export interface Track {
  readonly values: readonly number[];
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Sorted, de-duplicated list, so that each position has a distinct value. */
function distinctSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** start, start+step, … up to and including stop (rounded to `decimals`). */
function linear(start: number, stop: number, step: number, decimals: number): number[] {
  const out: number[] = [];
  const n = Math.round((stop - start) / step);
  for (let i = 0; i <= n; i++) out.push(roundTo(start + i * step, decimals));
  return out;
}

/** `count` log-spaced values from min to max, rounded to `decimals`. */
function geometric(min: number, max: number, count: number, decimals: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(roundTo(min * (max / min) ** (i / (count - 1)), decimals));
  return out;
}

function makeTrack(values: number[]): Track {
  return { values: Object.freeze(distinctSorted(values)) };
}

/** Depth L: every depth 1..20, then coarser steps up to 1000. */
export const DEPTH_TRACK = makeTrack([
  ...linear(1, 20, 1, 0),
  ...linear(22, 40, 2, 0),
  ...linear(45, 100, 5, 0),
  ...linear(110, 200, 10, 0),
  ...linear(225, 500, 25, 0),
  ...linear(550, 1000, 50, 0),
]);

/** Width n: logarithmic integers 2..512, every power of two included. */
export const WIDTH_TRACK = makeTrack([
  ...geometric(2, 512, 56, 0),
  2, 4, 8, 16, 32, 64, 128, 256, 512,
]);

/** Weight scale σ_w: logarithmic 0.1..4 in two decimals, with the critical values 1 and √2 ≈ 1.41. */
export const SIGMA_W_TRACK = makeTrack([...geometric(0.1, 4, 110, 2), 0.5, 1, 1.41, 2]);

/** Bias scale σ_b: 0..2 in steps of 0.05. */
export const SIGMA_B_TRACK = makeTrack(linear(0, 2, 0.05, 2));

/** Branch scale α: 0, then fine steps near zero (1/√L is 0.03 at L = 1000), coarser up to 2. */
export const BRANCH_SCALE_TRACK = makeTrack([
  0,
  ...linear(0.01, 0.1, 0.01, 2),
  ...linear(0.12, 0.5, 0.02, 2),
  ...linear(0.55, 2, 0.05, 2),
]);

/** Index of the last position. */
export function lastPosition(track: Track): number {
  return track.values.length - 1;
}

/** The value at a slider position (rounded and clamped into the track). */
export function positionToValue(track: Track, position: number): number {
  const last = lastPosition(track);
  const i = Number.isFinite(position) ? Math.min(last, Math.max(0, Math.round(position))) : 0;
  return track.values[i];
}

/** The position whose value is nearest to `value` (the lower one on a tie); NaN → 0. */
export function valueToPosition(track: Track, value: number): number {
  const v = track.values;
  if (Number.isNaN(value) || value <= v[0]) return 0;
  if (value >= v[v.length - 1]) return v.length - 1;
  let lo = 0;
  let hi = v.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (v[mid] <= value) lo = mid;
    else hi = mid;
  }
  return value - v[lo] <= v[hi] - value ? lo : hi;
}

/** The track of each slider parameter: the values a drag passes through, in order. */
export const SLIDER_TRACKS = {
  depth: DEPTH_TRACK,
  width: WIDTH_TRACK,
  sigmaW: SIGMA_W_TRACK,
  sigmaB: SIGMA_B_TRACK,
  branchScale: BRANCH_SCALE_TRACK,
} as const satisfies Record<string, Track>;

/** The values `count` positions on from `value` in `direction` (+1 up, −1 down), nearest first, stopping at the track's end. */
export function valuesAhead(track: Track, value: number, direction: 1 | -1, count: number): number[] {
  const out: number[] = [];
  const at = valueToPosition(track, value);
  for (let i = 1; i <= count; i++) {
    const position = at + direction * i;
    if (position < 0 || position > lastPosition(track)) break;
    out.push(track.values[position]);
  }
  return out;
}
