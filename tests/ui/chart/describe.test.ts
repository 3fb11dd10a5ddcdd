import { describe, expect, it } from 'vitest';
import type { ArchResult, LayerSpread } from '../../../src/core/result';
import { bottomToTopRatio, describeGradients, verdict } from '../../../src/ui/chart/describe';
import { relativeToTop, visibleArchs } from '../../../src/ui/chart/series';
import { DEFAULT_CONFIG } from '../../../src/core/config';

function spread(values: number[]): LayerSpread {
  const a = Float64Array.from(values);
  return { mean: a, p10: a.map((v) => v - 0.5), p50: a, p90: a.map((v) => v + 0.5) };
}

function arch(name: 'plain' | 'residual', grad: number[], overflowLayer: number | null = null): ArchResult {
  const L = grad.length - 1;
  return {
    arch: name, depth: L, samples: 4, gradF: spread(grad), normF: spread(grad),
    gradW: new Float64Array(L), gradB: new Float64Array(L), gradV: null, meanD: new Float64Array(L), overflowLayer,
  };
}

describe('bottomToTopRatio', () => {
  it('compares layer 0 with layer L', () => {
    expect(bottomToTopRatio(arch('plain', [-8, -4, 0]))).toEqual({ kind: 'value', log10: -8 });
    expect(bottomToTopRatio(arch('plain', [-Infinity, -1, 0]))).toEqual({ kind: 'zero' });
    expect(bottomToTopRatio(arch('plain', [NaN, NaN, NaN], 1))).toEqual({ kind: 'overflow', layer: 1 });
    expect(bottomToTopRatio(arch('plain', [1, -Infinity]))).toEqual({ kind: 'missing' });
  });
});

describe('describeGradients', () => {
  it('states both results with numbers and no NaN', () => {
    const text = describeGradients([arch('plain', [Math.log10(2.1e-8), 0]), arch('residual', [Math.log10(34), 0])]);
    expect(text).toBe('Gradient norms over 1 layer: plain, layer 0 is 2.1×10⁻⁸ of the top; residual, 34 times the top.');
  });
  it('mentions an overflow and exactly-zero gradients', () => {
    expect(describeGradients([arch('plain', [NaN, NaN, NaN], 2)])).toContain('overflowed at layer 2');
    expect(describeGradients([arch('plain', [-Infinity, 0])])).toContain('exactly 0');
    expect(describeGradients([])).not.toMatch(/NaN|undefined/);
  });
  it('names a verdict', () => {
    expect(verdict(-8)).toBe('vanishes');
    expect(verdict(0.1)).toBe('keeps its size');
    expect(verdict(5)).toBe('explodes');
  });
});

describe('series', () => {
  it('normalises to the median at the top layer', () => {
    const r = relativeToTop(spread([1, 2, 3]));
    expect(Array.from(r.p50)).toEqual([-2, -1, 0]);
    expect(Array.from(r.p90)).toEqual([-1.5, -0.5, 0.5]);
  });
  it('filters the architectures by the chosen view', () => {
    const result = { config: DEFAULT_CONFIG, plain: arch('plain', [0, 0]), residual: arch('residual', [0, 0]) };
    expect(visibleArchs(result, 'both').map((a) => a.arch)).toEqual(['plain', 'residual']);
    expect(visibleArchs(result, 'residual').map((a) => a.arch)).toEqual(['residual']);
    expect(visibleArchs({ ...result, residual: null }, 'residual')).toEqual([]);
    expect(visibleArchs(null, 'both')).toEqual([]);
  });
});
