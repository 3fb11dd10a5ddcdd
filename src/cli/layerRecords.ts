// One architecture's result as a list of per-layer records, k = 0..L, with the column names
// that both output formats share, so JSON keys and CSV headers cannot drift apart.

import type { ArchResult, LayerSpread } from '../core';

/** Output columns in order. */
export const LAYER_COLUMNS = [
  'log10GradNorm',
  'log10GradNormP10',
  'log10GradNormP50',
  'log10GradNormP90',
  'log10ActNorm',
  'log10ActNormP10',
  'log10ActNormP50',
  'log10ActNormP90',
  'log10GradW',
  'log10GradB',
  'log10GradV',
  'meanD',
] as const;
export type LayerColumn = (typeof LAYER_COLUMNS)[number];

/**
 * The values of layer k. A column missing from `values` does not apply to this layer:
 * k = 0 has no W_0, b_0 or D_0, and a plain network has no V_k. Values may be -Infinity
 * (zero: dead units) or NaN (lost to forward overflow), as in ArchResult.
 */
export interface LayerRecord {
  k: number;
  values: Partial<Record<LayerColumn, number>>;
}

export function layerRecords(result: ArchResult): LayerRecord[] {
  const records: LayerRecord[] = [];
  for (let k = 0; k <= result.depth; k++) {
    const values: Partial<Record<LayerColumn, number>> = {
      ...spreadAt(result.gradF, k, 'log10GradNorm'),
      ...spreadAt(result.normF, k, 'log10ActNorm'),
    };
    // Parameter gradients and D_k exist for layers 1..L and are stored at index k-1.
    if (k >= 1) {
      values.log10GradW = result.gradW[k - 1];
      values.log10GradB = result.gradB[k - 1];
      if (result.gradV) values.log10GradV = result.gradV[k - 1];
      values.meanD = result.meanD[k - 1];
    }
    records.push({ k, values });
  }
  return records;
}

function spreadAt(spread: LayerSpread, k: number, name: 'log10GradNorm' | 'log10ActNorm'): Partial<Record<LayerColumn, number>> {
  return {
    [name]: spread.mean[k],
    [`${name}P10`]: spread.p10[k],
    [`${name}P50`]: spread.p50[k],
    [`${name}P90`]: spread.p90[k],
  };
}
