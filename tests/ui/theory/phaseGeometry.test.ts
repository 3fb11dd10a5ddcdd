// Placing values on the phase diagram, colouring pending cells from coarser ones, and the
// outline of the region within 10^±2.

import { describe, expect, it } from 'vitest';
import { displayValue, fractionalIndex, trainableEdges } from '../../../src/ui/theory/phaseGeometry';
import { PHASE_DEPTHS, PHASE_SIGMA_WS } from '../../../src/store/theoryPlan';
import type { PhaseGridState } from '../../../src/store/theorySlice';

function grid(values: (number | null)[]): PhaseGridState {
  return {
    values: Float64Array.from(values, (v) => v ?? Number.NaN),
    known: Uint8Array.from(values, (v) => (v === null ? 0 : 1)),
    count: values.filter((v) => v !== null).length,
  };
}

describe('fractionalIndex', () => {
  it('is the index on a grid value and interpolates between, linearly or in log', () => {
    expect(fractionalIndex(PHASE_SIGMA_WS, 1)).toBe(6);
    expect(fractionalIndex(PHASE_SIGMA_WS, 1.0625)).toBeCloseTo(6.5, 12);
    expect(fractionalIndex(PHASE_DEPTHS, 100, true)).toBe(10);
    expect(fractionalIndex([10, 100], Math.sqrt(1000), true)).toBeCloseTo(0.5, 12);
  });

  it('is null far outside the grid or for a non-number, and extrapolates half a cell', () => {
    expect(fractionalIndex(PHASE_SIGMA_WS, 5)).toBeNull();
    expect(fractionalIndex(PHASE_SIGMA_WS, Number.NaN)).toBeNull();
    expect(fractionalIndex(PHASE_SIGMA_WS, 0.2)).toBeCloseTo(-0.4, 12);
    expect(fractionalIndex([3], 3)).toBe(0);
  });
});

describe('displayValue', () => {
  it('shows a measured cell as it is, a pending one in the colour of the coarser cell that covers it', () => {
    // 4 × 1 grid with only ix = 0 measured, then ix = 2 as well
    const g = grid([-3, null, null, null]);
    expect(displayValue(g, 4, 0, 0)).toEqual({ value: -3, measured: true });
    expect(displayValue(g, 4, 3, 0)).toEqual({ value: -3, measured: false });
    const finer = grid([-3, null, 1, null]);
    expect(displayValue(finer, 4, 3, 0)).toEqual({ value: 1, measured: false });
    expect(displayValue(grid([null, null]), 2, 1, 0)).toBeNull();
  });
});

describe('trainableEdges', () => {
  it('outlines the measured cells within the limit against their neighbours outside it and the border', () => {
    const axes = { x: 'sigmaW' as const, y: 'sigmaB' as const, xs: [1, 2, 3], ys: [0] };
    const edges = trainableEdges(grid([-5, 1, 4]), axes, 2);
    // the middle cell: left and right neighbours outside, the border above and below
    expect(edges).toHaveLength(4);
    expect(edges).toContainEqual({ x1: 0.5, y1: -0.5, x2: 0.5, y2: 0.5 });
    expect(edges).toContainEqual({ x1: 1.5, y1: -0.5, x2: 1.5, y2: 0.5 });
    // a pending neighbour is not yet known to be outside: no edge there
    expect(trainableEdges(grid([null, 1, 4]), axes, 2)).toHaveLength(3);
  });
});
