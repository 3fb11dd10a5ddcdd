// The phase diagram: log10 ‖∇_{F_0}L‖/‖∇_{F_L}L‖ over a grid of (σ_w, σ_b) or (σ_w, depth),
// measured cell by cell with computeGradients, and the same figure from mean-field theory.
// Measured cells come from a generator, coarse grid first, so a worker can post each cell as it
// is done, draw a blurry diagram early and sharpen it, and stop between any two cells.

import { assertValidConfig, type Arch, type NetworkConfig } from '../config';
import { computeGradients } from '../gradients';
import type { WeightCache } from '../weights';
import { meanFieldPrediction } from './meanField';

/** The two axes: x is always σ_w; y is σ_b or the depth L. */
export interface PhaseAxes {
  x: 'sigmaW';
  y: 'sigmaB' | 'depth';
  xs: readonly number[];
  ys: readonly number[];
}

/** One cell: value = log10 ‖∇_{F_0}L‖/‖∇_{F_L}L‖ (NaN if the forward pass overflowed). */
export interface PhaseCell {
  ix: number;
  iy: number;
  value: number;
}

/** Visit order: 'coarse-to-fine' (every 4th cell, then every 2nd, then the rest) or 'rows'. */
export type PhaseOrder = 'coarse-to-fine' | 'rows';

export interface PhaseGridOptions {
  /** inputs per cell (default 4): the diagram needs the typical gradient, not its spread */
  batch?: number;
  /** networks per cell (default 1) */
  ensemble?: number;
  cache?: WeightCache;
  /** checked before each cell; once aborted, the generator ends */
  signal?: { readonly aborted: boolean };
}

/**
 * Cell indices in visiting order, each once: first those with ix, iy ≡ 0 (mod 4), then the rest
 * with ix, iy ≡ 0 (mod 2), then all others, row by row within each pass.
 */
export function cellOrder(nx: number, ny: number, order: PhaseOrder = 'coarse-to-fine'): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  if (order === 'rows') {
    for (let iy = 0; iy < ny; iy++) for (let ix = 0; ix < nx; ix++) cells.push([ix, iy]);
    return cells;
  }
  // the coarsest stride that divides both indices: 4, 2 or 1
  const stride = (ix: number, iy: number) => (ix % 4 === 0 && iy % 4 === 0 ? 4 : ix % 2 === 0 && iy % 2 === 0 ? 2 : 1);
  for (const pass of [4, 2, 1]) {
    for (let iy = 0; iy < ny; iy++) for (let ix = 0; ix < nx; ix++) if (stride(ix, iy) === pass) cells.push([ix, iy]);
  }
  return cells;
}

/** The configuration of one cell: σ_w = xs[ix] and σ_b or depth = ys[iy]. */
export function cellConfig(config: NetworkConfig, axes: PhaseAxes, ix: number, iy: number, batch = config.batch): NetworkConfig {
  const y = axes.ys[iy];
  return {
    ...config,
    sigmaW: axes.xs[ix],
    batch,
    ...(axes.y === 'sigmaB' ? { sigmaB: y } : { depth: y }),
  };
}

/** Throws a RangeError now, not at some cell later, if any cell's configuration is invalid. */
function assertValidAxes(config: NetworkConfig, axes: PhaseAxes, batch: number): void {
  if (axes.x !== 'sigmaW') throw new RangeError(`the x axis must be sigmaW, got ${String(axes.x)}`);
  for (let ix = 0; ix < axes.xs.length; ix++) assertValidConfig(cellConfig(config, axes, ix, 0, batch));
  for (let iy = 0; iy < axes.ys.length; iy++) assertValidConfig(cellConfig(config, axes, 0, iy, batch));
}

function* measuredCells(config: NetworkConfig, arch: Arch, axes: PhaseAxes, order: PhaseOrder, options: PhaseGridOptions, batch: number): Generator<PhaseCell, void, undefined> {
  for (const [ix, iy] of cellOrder(axes.xs.length, axes.ys.length, order)) {
    if (options.signal?.aborted) return;
    const cell = cellConfig(config, axes, ix, iy, batch);
    const r = computeGradients(cell, arch, { ensemble: options.ensemble, cache: options.cache });
    const gradF = (arch === 'plain' ? r.plain! : r.residual!).gradF.mean;
    yield { ix, iy, value: gradF[0] - gradF[cell.depth] };
  }
}

/**
 * [phase.measured] Measured cells, lazily: each next() runs one computeGradients for the config
 * with σ_w = xs[ix] and σ_b (or depth) = ys[iy], batch = options.batch (default 4). Stop early
 * by not calling next() again, by return(), or with options.signal. The axes are validated
 * before the first cell.
 */
export function phaseGrid(
  config: NetworkConfig,
  arch: Arch,
  axes: PhaseAxes,
  order: PhaseOrder = 'coarse-to-fine',
  options: PhaseGridOptions = {},
): Generator<PhaseCell, void, undefined> {
  const batch = options.batch ?? 4;
  assertValidAxes(config, axes, batch);
  return measuredCells(config, arch, axes, order, options, batch);
}

/**
 * [phase.theory] The mean-field prediction log10Grad[0] for every cell, at index iy·xs.length + ix.
 * Cheap: one trajectory per cell, or per column on a depth axis, since the trajectory up to
 * layer L does not depend on the total depth: the value at depth L is ½ Σ_{j≤L} log10 χ_j.
 */
export function theoryGrid(config: NetworkConfig, arch: Arch, axes: PhaseAxes): Float64Array {
  assertValidAxes(config, axes, config.batch);
  const nx = axes.xs.length;
  const out = new Float64Array(nx * axes.ys.length);
  for (let ix = 0; ix < nx; ix++) {
    if (axes.y === 'depth') {
      const deepest = Math.max(...axes.ys);
      const t = meanFieldPrediction({ ...config, sigmaW: axes.xs[ix], depth: deepest }, arch);
      // log10Grad[0] − log10Grad[L] of the deepest network = ½ Σ_{j=1..L} log10 χ_j
      axes.ys.forEach((L, iy) => (out[iy * nx + ix] = t.log10Grad[0] - t.log10Grad[L]));
    } else {
      axes.ys.forEach((_, iy) => (out[iy * nx + ix] = meanFieldPrediction(cellConfig(config, axes, ix, iy), arch).log10Grad[0]));
    }
  }
  return out;
}
