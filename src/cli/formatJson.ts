// The result as JSON on stdout. JSON has no -Infinity or NaN, so both become null, and each
// layer lists in `zero` the fields whose null means "zero" (log10 = -Infinity: dead units);
// any other null means "not available: the forward pass overflowed".

import type { ArchResult, GradientResult } from '../core';
import { LAYER_COLUMNS, layerRecords, type LayerColumn, type LayerRecord } from './layerRecords';
import type { CliOptions } from './parseArgs';

/** One layer as written: finite numbers, null for a non-finite value. */
export interface JsonLayer extends Partial<Record<LayerColumn, number | null>> {
  k: number;
  /** fields that are null because the quantity is zero (log10 = -Infinity); omitted when empty */
  zero?: LayerColumn[];
}

export function toJsonLayer(record: LayerRecord): JsonLayer {
  const layer: JsonLayer = { k: record.k };
  const zero: LayerColumn[] = [];
  for (const column of LAYER_COLUMNS) {
    const v = record.values[column];
    if (v === undefined) continue;
    layer[column] = Number.isFinite(v) ? v : null;
    if (v === -Infinity) zero.push(column);
  }
  if (zero.length > 0) layer.zero = zero;
  return layer;
}

/**
 * Indented JSON with one layer per line: readable and greppable at depth 10,000, where
 * JSON.stringify(…, 2) would spend twenty lines per layer.
 */
export function formatJson(result: GradientResult, options: Pick<CliOptions, 'arch' | 'ensemble'>): string {
  const config = { ...result.config, arch: options.arch, ensemble: options.ensemble };
  const parts = [`{\n  "config": ${JSON.stringify(config)}`];
  if (result.plain) parts.push(`  "plain": ${formatArch(result.plain)}`);
  if (result.residual) parts.push(`  "residual": ${formatArch(result.residual)}`);
  return `${parts.join(',\n')}\n}\n`;
}

function formatArch(result: ArchResult): string {
  const layers = layerRecords(result).map((r) => `      ${JSON.stringify(toJsonLayer(r))}`);
  return [
    '{',
    `    "overflowLayer": ${JSON.stringify(result.overflowLayer)},`,
    `    "samples": ${result.samples},`,
    '    "layers": [',
    layers.join(',\n'),
    '    ]',
    '  }',
  ].join('\n');
}
