// Every parameter of a view in one plain sentence, for the caption of an exported figure: a
// slide then says which network it shows without the page beside it. The normalization and
// weight sharing are named when set (a caption without them shows neither).

import { ACTIVATION_TABLE } from '../../core';
import type { Params } from '../../store/params';
import { formatFixed } from '../format';
import { NORM_LABELS } from '../normLabels';

const ARCH_NAMES: Record<Params['arch'], string> = {
  plain: 'plain network',
  residual: 'residual network',
  both: 'plain and residual networks',
};

/** A real parameter with at most four decimals and no trailing zeros. */
export function short(value: number): string {
  return String(Number(formatFixed(value, 4)));
}

export function settingsSentence(p: Params): string {
  const parts = [
    ARCH_NAMES[p.arch],
    `depth L = ${p.depth}`,
    `width n = ${p.width}`,
    ACTIVATION_TABLE[p.activation].label,
    `σ_w = ${short(p.sigmaW)}`,
    `σ_b = ${short(p.sigmaB)}`,
  ];
  if (p.norm !== 'none') parts.push(NORM_LABELS[p.norm]);
  if (p.tied) parts.push('weights shared across layers (recurrent)');
  if (p.arch !== 'plain') parts.push(`σ_v = ${short(p.sigmaV)}`, `α = ${short(p.branchScale)}`);
  parts.push(`${p.init} init`, `batch ${p.batch}`, `input scale ${short(p.inputScale)}`, `${p.loss} loss`, `seed ${p.seed}`);
  return `Settings: ${parts.join(', ')}.`;
}
