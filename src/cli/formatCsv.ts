// The result as CSV on stdout: one header line, one row per (arch, k). Unlike JSON, CSV
// can spell non-finite values, so they stay as -Infinity (zero: dead units) and NaN (lost to
// forward overflow); an empty cell means the column does not apply to that layer.

import type { GradientResult } from '../core';
import { LAYER_COLUMNS, layerRecords } from './layerRecords';

export const CSV_HEADER = ['arch', 'k', ...LAYER_COLUMNS].join(',');

export function formatCsv(result: GradientResult): string {
  const lines = [CSV_HEADER];
  for (const arch of [result.plain, result.residual]) {
    if (!arch) continue;
    for (const record of layerRecords(arch)) {
      const cells = LAYER_COLUMNS.map((column) => {
        const v = record.values[column];
        return v === undefined ? '' : String(v);
      });
      lines.push([arch.arch, record.k, ...cells].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
