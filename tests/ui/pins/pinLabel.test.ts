// Pin labels and the curves the chart draws for pins.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../src/store/params';
import { pinLabel } from '../../../src/ui/pins/pinLabel';
import { pinnedLines } from '../../../src/ui/pins/pinnedLines';

describe('pinLabel', () => {
  it('always names depth, activation and weight scale', () => {
    expect(pinLabel(DEFAULT_PARAMS)).toBe('L = 50, tanh, σ_w = 1');
  });

  it('adds only what differs from the defaults', () => {
    expect(pinLabel({ ...DEFAULT_PARAMS, arch: 'plain', activation: 'relu', sigmaW: 1.41421356, width: 128, seed: 9 })).toBe(
      'L = 50, ReLU, σ_w = 1.4142, plain only, n = 128, seed 9',
    );
  });

  it('names the normalization and weight sharing when set, so two pins differing only there read apart', () => {
    expect(pinLabel({ ...DEFAULT_PARAMS, norm: 'pre-ln' })).toBe('L = 50, tanh, σ_w = 1, Pre-LN');
    expect(pinLabel({ ...DEFAULT_PARAMS, norm: 'post-ln', tied: true })).toBe('L = 50, tanh, σ_w = 1, Post-LN, shared weights');
    expect(pinLabel({ ...DEFAULT_PARAMS, norm: 'batch' })).toBe('L = 50, tanh, σ_w = 1, BatchNorm');
  });
});

describe('pinnedLines', () => {
  it('one line per pinned curve, relative to its own top layer', () => {
    const lines = pinnedLines([
      {
        tag: 2,
        params: DEFAULT_PARAMS,
        curves: [
          { arch: 'plain', p50: Float64Array.from([-3, -1, 2]) },
          { arch: 'residual', p50: Float64Array.from([-Infinity, 0, NaN]) },
        ],
      },
    ]);
    expect(lines.map((l) => [l.tag, l.arch, Array.from(l.values)])).toEqual([
      [2, 'plain', [-5, -3, 0]],
      [2, 'residual', [-Infinity, 0, NaN]],
    ]);
  });
});
