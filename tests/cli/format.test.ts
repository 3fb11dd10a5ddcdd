// The JSON and CSV writers on a hand-made result: shape, layer count, and the spelling of
// exactly-zero (-Infinity) and lost-to-overflow (NaN) values.

import { describe, expect, it } from 'vitest';
import type { ArchResult, GradientResult } from '../../src/core';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { CSV_HEADER, formatCsv } from '../../src/cli/formatCsv';
import { formatJson } from '../../src/cli/formatJson';
import { LAYER_COLUMNS } from '../../src/cli/layerRecords';
import { defaultOptions } from '../../src/cli/parseArgs';

const L = 3;
const spread = (mean: number[]) => ({
  mean: Float64Array.from(mean),
  p10: Float64Array.from(mean, (v) => v - 1),
  p50: Float64Array.from(mean),
  p90: Float64Array.from(mean, (v) => v + 1),
});

function archResult(arch: 'plain' | 'residual'): ArchResult {
  return {
    arch,
    depth: L,
    samples: 4,
    // layer 1's gradient is exactly zero; layers 2..3 of the activations were lost to overflow
    gradF: spread([-2, -Infinity, 0.5, 0]),
    normF: spread([0, 1, NaN, NaN]),
    gradW: Float64Array.from([-Infinity, NaN, NaN]),
    gradB: Float64Array.from([-1.5, NaN, NaN]),
    gradV: arch === 'residual' ? Float64Array.from([-3, -3, -3]) : null,
    meanD: Float64Array.from([0.5, NaN, NaN]),
    overflowLayer: arch === 'plain' ? 2 : null,
  };
}

const result: GradientResult = { config: { ...DEFAULT_CONFIG, depth: L }, plain: archResult('plain'), residual: archResult('residual') };
const options = { ...defaultOptions(), config: result.config };

describe('formatJson', () => {
  const json = JSON.parse(formatJson(result, options));

  it('holds the config with arch and ensemble, and L+1 layers per arch', () => {
    expect(json.config).toEqual({ ...result.config, arch: 'both', ensemble: 1 });
    for (const arch of ['plain', 'residual']) {
      expect(json[arch].layers.map((l: { k: number }) => l.k)).toEqual([0, 1, 2, 3]);
      expect(json[arch].samples).toBe(4);
    }
    expect(json.plain.overflowLayer).toBe(2);
    expect(json.residual.overflowLayer).toBeNull();
  });

  it('has no W, b, V or D at k = 0, and no V in the plain network', () => {
    expect(Object.keys(json.plain.layers[0])).toEqual(['k', ...LAYER_COLUMNS.slice(0, 8)]);
    expect(Object.keys(json.plain.layers[1])).not.toContain('log10GradV');
    expect(json.residual.layers[1].log10GradV).toBe(-3);
  });

  it('writes -Infinity as null listed in `zero`, NaN as null not listed', () => {
    const layer1 = json.plain.layers[1];
    expect(layer1.log10GradNorm).toBeNull();
    expect(layer1.log10GradW).toBeNull();
    expect(layer1.zero).toEqual(['log10GradNorm', 'log10GradNormP10', 'log10GradNormP50', 'log10GradNormP90', 'log10GradW']);
    const layer2 = json.plain.layers[2];
    expect([layer2.log10ActNorm, layer2.log10GradW, layer2.meanD]).toEqual([null, null, null]);
    expect(layer2.zero).toBeUndefined();
    expect(json.plain.layers[0].zero).toBeUndefined();
  });

  it('omits an arch that was not computed', () => {
    const plainOnly = JSON.parse(formatJson({ ...result, residual: null }, { ...options, arch: 'plain' }));
    expect(Object.keys(plainOnly)).toEqual(['config', 'plain']);
  });
});

describe('formatCsv', () => {
  const lines = formatCsv(result).trimEnd().split('\n');
  const rows = lines.slice(1).map((line) => line.split(','));

  it('one header line, one row per (arch, k), as many cells as columns', () => {
    expect(lines[0]).toBe(CSV_HEADER);
    expect(CSV_HEADER.split(',')).toEqual(['arch', 'k', ...LAYER_COLUMNS]);
    expect(rows.map((r) => `${r[0]}:${r[1]}`)).toEqual(['plain:0', 'plain:1', 'plain:2', 'plain:3', 'residual:0', 'residual:1', 'residual:2', 'residual:3']);
    for (const r of rows) expect(r.length).toBe(LAYER_COLUMNS.length + 2);
  });

  it('spells -Infinity and NaN, and leaves inapplicable cells empty', () => {
    const cell = (row: string[], column: string) => row[CSV_HEADER.split(',').indexOf(column)];
    expect(cell(rows[1], 'log10GradNorm')).toBe('-Infinity');
    expect(cell(rows[2], 'log10ActNorm')).toBe('NaN');
    expect(cell(rows[0], 'log10GradW')).toBe('');
    expect(cell(rows[1], 'log10GradV')).toBe('');
    expect(cell(rows[5], 'log10GradV')).toBe('-3');
    expect(Number(cell(rows[0], 'log10GradNorm'))).toBe(-2);
  });
});
