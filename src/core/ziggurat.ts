// The tables of Marsaglia and Tsang's ziggurat for the standard normal (J. Stat. Softw. 5(8),
// 2000): the area under f(x) = e^{-x²/2}, x ≥ 0, is covered by N boxes of equal area v, so a
// sample picks a box uniformly, a point uniformly in it, and is accepted at once when the point
// lies in the part of the box that is surely under the curve (≈ 99 % of draws with N = 256).
// The tables are computed here at load, from fdlibm's exp and log and IEEE arithmetic only,
// so every engine builds the same bits and draws the same stream.
//
// Boxes, with x_1 = r > x_2 > … > x_N = 0 and f_i = f(x_i):
//   box 0:        [0, x_0] with x_0 = v / f(r): the strip [0, r] × [0, f(r)] plus the tail x > r
//   box i ≥ 1:    [0, x_i] × [f_i, f_{i+1}],  x_{i+1} = f⁻¹(f_i + v / x_i)
//   v = r f(r) + ∫_r^∞ f(t) dt, and r is the root of "box N−1 ends at the peak": f_{N-1} + v/x_{N-1} = 1.

import { exp, log } from './fdlibm';

/** Number of boxes; a sample uses 8 of its random bits to choose one. */
export const LAYERS = 256;

const f = (x: number): number => exp(-0.5 * x * x);

/**
 * ∫_r^∞ e^{-t²/2} dt = e^{-r²/2} / (r + 1/(r + 2/(r + 3/(r + …)))), Laplace's continued fraction
 * for the Mills ratio, evaluated from a depth where it has converged to the last bit (r > 3).
 */
export function normalTailArea(r: number): number {
  let t = r;
  for (let k = 300; k >= 1; k--) t = r + k / t;
  return f(r) / t;
}

/** Box edges x_0..x_N for a base edge r, or null when the boxes reach the peak before box N−1. */
function edges(r: number): { x: Float64Array; v: number; top: number } | null {
  const x = new Float64Array(LAYERS + 1);
  const v = r * f(r) + normalTailArea(r);
  x[0] = v / f(r);
  x[1] = r;
  let y = 0;
  for (let i = 1; i < LAYERS; i++) {
    y = f(x[i]) + v / x[i];
    if (y >= 1) return null;
    if (i < LAYERS - 1) x[i + 1] = Math.sqrt(-2 * log(y));
  }
  return { x, v, top: y };
}

/**
 * r by bisection to the last bit: below it the boxes are too big (reach the peak early). It takes
 * a few hundred milliseconds before the JIT warms up, so the tables use its result, BASE_EDGE, and
 * a test checks that the two agree.
 */
export function solveBaseEdge(): number {
  let lo = 3;
  let hi = 4;
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    const e = edges(mid);
    if (e === null || e.top >= 1) lo = mid;
    else hi = mid;
  }
  // the upper end: every box but the top one has area v exactly, the top one v (1 − O(2^-52))
  return hi;
}

export interface ZigguratTables {
  /** base edge r: samples beyond it come from the tail method */
  r: number;
  /** area of each box */
  v: number;
  /** box edges x_0..x_N (x_N = 0) */
  x: Float64Array;
  /** f(x_i) for i = 0..N (f_N = 1) */
  fx: Float64Array;
  /** box i accepts a 53-bit integer u at once when u < accept[i] (x = u · scale[i] < x_{i+1}) */
  accept: Float64Array;
  /** x_i / 2^53: a 53-bit integer u times this is uniform on [0, x_i) */
  scale: Float64Array;
}

/** solveBaseEdge()'s root for N = 256 (Marsaglia and Tsang print 3.6541528853610088). */
export const BASE_EDGE = 3.6541528853610092;

function buildTables(): ZigguratTables {
  const r = BASE_EDGE;
  const e = edges(r)!;
  const x = e.x;
  x[LAYERS] = 0;
  const fx = new Float64Array(LAYERS + 1);
  for (let i = 0; i < LAYERS; i++) fx[i] = f(x[i]);
  fx[LAYERS] = 1;
  const accept = new Float64Array(LAYERS);
  const scale = new Float64Array(LAYERS);
  const TWO53 = 9007199254740992;
  for (let i = 0; i < LAYERS; i++) {
    accept[i] = (x[i + 1] / x[i]) * TWO53;
    scale[i] = x[i] / TWO53;
  }
  return { r, v: e.v, x, fx, accept, scale };
}

/** The tables, built once when the module loads (about a millisecond). */
export const ZIGGURAT: ZigguratTables = buildTables();
