// The data export: the command line's JSON and CSV, restricted to the architectures the view
// shows, so a download matches `npm run gradients -- --arch …` for the same settings.

import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/cli/formatCsv';
import { formatJson } from '../../../src/cli/formatJson';
import { computeGradients } from '../../../src/core';
import { configOf, DEFAULT_PARAMS, type Params } from '../../../src/store/params';
import { resultCsv, resultJson, shownResult } from '../../../src/ui/export/exportData';

const params: Params = { ...DEFAULT_PARAMS, depth: 6, width: 8, batch: 4 };
const both = computeGradients(configOf(params), 'both');

describe('data export', () => {
  it('is the CLI output for the same settings', () => {
    expect(resultJson(both, params)).toBe(formatJson(both, { arch: 'both', ensemble: 1 }));
    expect(resultCsv(both, params)).toBe(formatCsv(both));
  });

  it('leaves out an architecture the view does not show, as --arch would', () => {
    const plain = { ...params, arch: 'plain' as const };
    expect(shownResult(both, plain)).toEqual({ config: both.config, plain: both.plain, residual: null });
    expect(resultJson(both, plain)).toBe(formatJson(computeGradients(configOf(plain), 'plain'), { arch: 'plain', ensemble: 1 }));
    const json = JSON.parse(resultJson(both, plain));
    expect(Object.keys(json)).toEqual(['config', 'plain']);
    expect(json.config).toMatchObject({ arch: 'plain', ensemble: 1, depth: 6 });
    expect(resultCsv(both, plain).split('\n').filter((l) => l.startsWith('residual'))).toEqual([]);
  });
});
