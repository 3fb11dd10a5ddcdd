// The phase grid: each cell visited once, coarse cells first; lazy, so it stops when told;
// every value is what a direct computeGradients call for that cell gives; the theory grid is
// the mean-field prediction cell by cell.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../../src/core/config';
import { computeGradients } from '../../../src/core/gradients';
import { WeightCache } from '../../../src/core/weights';
import { meanFieldPrediction } from '../../../src/core/theory/meanField';
import { cellConfig, cellOrder, phaseGrid, theoryGrid, type PhaseAxes } from '../../../src/core/theory/phaseDiagram';

const small: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'tanh', width: 8, depth: 6, batch: 16 };

describe('coarse-to-fine order', () => {
  it('visits every cell exactly once, every 4th cell first, then every 2nd, then the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 23 }), fc.integer({ min: 1, max: 23 }), (nx, ny) => {
        const cells = cellOrder(nx, ny);
        expect(cells.length).toBe(nx * ny);
        expect(new Set(cells.map(([ix, iy]) => iy * nx + ix)).size).toBe(nx * ny);
        const stride = ([ix, iy]: [number, number]) => (ix % 4 === 0 && iy % 4 === 0 ? 4 : ix % 2 === 0 && iy % 2 === 0 ? 2 : 1);
        // strides never increase along the order
        for (let i = 1; i < cells.length; i++) expect(stride(cells[i])).toBeLessThanOrEqual(stride(cells[i - 1]));
        expect(cells.filter((c) => stride(c) === 4).length).toBe(Math.ceil(nx / 4) * Math.ceil(ny / 4));
      }),
    );
  });

  it('row order visits row by row', () => {
    expect(cellOrder(2, 2, 'rows')).toEqual([[0, 0], [1, 0], [0, 1], [1, 1]]);
  });
});

describe('measured cells', () => {
  const axes: PhaseAxes = { x: 'sigmaW', y: 'sigmaB', xs: [0.5, 1, 1.5, 2, 2.5], ys: [0, 0.5, 1] };

  it('equal direct computeGradients calls with the two parameters changed and batch 4', () => {
    const cache = new WeightCache();
    const cells = [...phaseGrid(small, 'plain', axes, 'coarse-to-fine', { cache })];
    expect(cells.length).toBe(15);
    for (const { ix, iy, value } of cells) {
      const config = { ...small, sigmaW: axes.xs[ix], sigmaB: axes.ys[iy], batch: 4 };
      const r = computeGradients(config, 'plain').plain!;
      expect(value).toBe(r.gradF.mean[0] - r.gradF.mean[config.depth]);
    }
  });

  it('on a depth axis, for the residual network, with an ensemble', () => {
    const depthAxes: PhaseAxes = { x: 'sigmaW', y: 'depth', xs: [0.5, 1.5], ys: [2, 5, 9] };
    const cells = [...phaseGrid(small, 'residual', depthAxes, 'coarse-to-fine', { batch: 3, ensemble: 2 })];
    for (const { ix, iy, value } of cells) {
      const config = cellConfig(small, depthAxes, ix, iy, 3);
      expect(config.depth).toBe(depthAxes.ys[iy]);
      const r = computeGradients(config, 'residual', { ensemble: 2 }).residual!;
      expect(value).toBe(r.gradF.mean[0] - r.gradF.mean[config.depth]);
    }
  });

  it('is lazy: return() or an aborted signal stops it between cells', () => {
    const grid = phaseGrid(small, 'plain', axes);
    expect(grid.next().done).toBe(false);
    expect(grid.next().done).toBe(false);
    grid.return();
    expect(grid.next().done).toBe(true);

    const signal = { aborted: false };
    const seen: number[] = [];
    for (const cell of phaseGrid(small, 'plain', axes, 'coarse-to-fine', { signal })) {
      seen.push(cell.ix);
      if (seen.length === 3) signal.aborted = true;
    }
    expect(seen.length).toBe(3);
  });

  it('rejects invalid axes before computing anything', () => {
    expect(() => phaseGrid(small, 'plain', { ...axes, xs: [1, 20] })).toThrow(RangeError);
    expect(() => phaseGrid(small, 'plain', { x: 'sigmaW', y: 'depth', xs: [1], ys: [2.5] })).toThrow(RangeError);
  });
});

describe('theory grid', () => {
  it('is meanFieldPrediction(...).log10Grad[0] for each (σ_w, σ_b) cell, at iy·nx + ix', () => {
    const axes: PhaseAxes = { x: 'sigmaW', y: 'sigmaB', xs: [0.5, 1, 2], ys: [0, 0.3] };
    const grid = theoryGrid(small, 'plain', axes);
    for (let iy = 0; iy < 2; iy++) {
      for (let ix = 0; ix < 3; ix++) {
        const config = { ...small, sigmaW: axes.xs[ix], sigmaB: axes.ys[iy] };
        expect(grid[iy * 3 + ix]).toBe(meanFieldPrediction(config, 'plain').log10Grad[0]);
      }
    }
  });

  it('on a depth axis equals separate predictions at each depth (the trajectory is a prefix)', () => {
    const axes: PhaseAxes = { x: 'sigmaW', y: 'depth', xs: [0.8, 1.3], ys: [1, 7, 40, 200] };
    for (const arch of ['plain', 'residual'] as const) {
      const grid = theoryGrid(small, arch, axes);
      for (let iy = 0; iy < 4; iy++) {
        for (let ix = 0; ix < 2; ix++) {
          const direct = meanFieldPrediction({ ...small, sigmaW: axes.xs[ix], depth: axes.ys[iy] }, arch).log10Grad[0];
          expect(grid[iy * 2 + ix]).toBeCloseTo(direct, 12);
        }
      }
    }
  });
});
