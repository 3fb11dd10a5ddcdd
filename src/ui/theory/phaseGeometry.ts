// Where things sit on a phase diagram: cells are equal bands by index; a parameter value (the
// current setting, a point of the critical line) is placed between the two grid values around
// it, linearly in σ and in log L, so a depth of 50 falls between the rows for 40 and 63.

import type { PhaseAxes } from '../../core/theory';
import type { PhaseGridState } from '../../store/theorySlice';

/**
 * The fractional index of `v` among increasing `values` (0 at values[0], 1 at values[1], …),
 * interpolating in log space when `log`; null outside the range by more than half a cell.
 */
export function fractionalIndex(values: readonly number[], v: number, log = false): number | null {
  if (!Number.isFinite(v) || values.length === 0) return null;
  const t = (a: number) => (log ? Math.log10(a) : a);
  const n = values.length;
  if (n === 1) return v === values[0] ? 0 : null;
  const tv = t(v);
  let i = 0;
  while (i < n - 2 && tv > t(values[i + 1])) i++;
  const f = i + (tv - t(values[i])) / (t(values[i + 1]) - t(values[i]));
  return f < -0.5 || f > n - 0.5 ? null : f;
}

/** The value to colour a cell with: its own, or while it is pending the nearest measured coarser cell's. */
export function displayValue(grid: PhaseGridState, nx: number, ix: number, iy: number): { value: number; measured: boolean } | null {
  const at = (x: number, y: number) => y * nx + x;
  if (grid.known[at(ix, iy)]) return { value: grid.values[at(ix, iy)], measured: true };
  for (const stride of [2, 4]) {
    const x = ix - (ix % stride);
    const y = iy - (iy % stride);
    if (grid.known[at(x, y)]) return { value: grid.values[at(x, y)], measured: false };
  }
  return null;
}

/** Edges between a measured cell inside |value| ≤ limit and a neighbour outside it (or the border). */
export function trainableEdges(grid: PhaseGridState, axes: PhaseAxes, limit: number): Array<{ x1: number; y1: number; x2: number; y2: number }> {
  const nx = axes.xs.length;
  const ny = axes.ys.length;
  const inside = (ix: number, iy: number) => {
    if (ix < 0 || iy < 0 || ix >= nx || iy >= ny) return false;
    const i = iy * nx + ix;
    return grid.known[i] === 1 && Math.abs(grid.values[i]) <= limit;
  };
  const known = (ix: number, iy: number) => ix < 0 || iy < 0 || ix >= nx || iy >= ny || grid.known[iy * nx + ix] === 1;
  const edges: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  for (let iy = 0; iy < ny; iy++) {
    for (let ix = 0; ix < nx; ix++) {
      if (!inside(ix, iy)) continue;
      // edges in index units, cell (ix, iy) spanning [ix − ½, ix + ½] × [iy − ½, iy + ½]
      if (!inside(ix - 1, iy) && known(ix - 1, iy)) edges.push({ x1: ix - 0.5, y1: iy - 0.5, x2: ix - 0.5, y2: iy + 0.5 });
      if (!inside(ix + 1, iy) && known(ix + 1, iy)) edges.push({ x1: ix + 0.5, y1: iy - 0.5, x2: ix + 0.5, y2: iy + 0.5 });
      if (!inside(ix, iy - 1) && known(ix, iy - 1)) edges.push({ x1: ix - 0.5, y1: iy - 0.5, x2: ix + 0.5, y2: iy - 0.5 });
      if (!inside(ix, iy + 1) && known(ix, iy + 1)) edges.push({ x1: ix - 0.5, y1: iy + 0.5, x2: ix + 0.5, y2: iy + 0.5 });
    }
  }
  return edges;
}
