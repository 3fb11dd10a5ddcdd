// A pinned run's settings in a few words, for its legend entry: depth, activation and weight
// scale always, then only what differs from the defaults, so two pins read as their difference.

import { ACTIVATION_TABLE } from '../../core';
import { DEFAULT_PARAMS, type ParamKey, type Params } from '../../store/params';
import { short } from '../export/settingsText';
import { NORM_LABELS } from '../normLabels';

/** How each parameter after the first three is written when it is not at its default. */
const EXTRAS: { [K in Exclude<ParamKey, 'depth' | 'activation' | 'sigmaW'>]: (value: Params[K]) => string } = {
  arch: (v) => (v === 'both' ? 'both' : `${v} only`),
  width: (v) => `n = ${v}`,
  sigmaB: (v) => `σ_b = ${short(v)}`,
  sigmaV: (v) => `σ_v = ${short(v)}`,
  branchScale: (v) => `α = ${short(v)}`,
  init: (v) => `${v} init`,
  batch: (v) => `batch ${v}`,
  inputScale: (v) => `input scale ${short(v)}`,
  seed: (v) => `seed ${v}`,
  loss: (v) => `${v} loss`,
  norm: (v) => NORM_LABELS[v],
  tied: (v) => (v ? 'shared weights' : 'own weights'),
};

export function pinLabel(p: Params): string {
  const parts = [`L = ${p.depth}`, ACTIVATION_TABLE[p.activation].label, `σ_w = ${short(p.sigmaW)}`];
  for (const key of Object.keys(EXTRAS) as (keyof typeof EXTRAS)[]) {
    if (p[key] !== DEFAULT_PARAMS[key]) parts.push(extra(key, p));
  }
  return parts.join(', ');
}

function extra<K extends keyof typeof EXTRAS>(key: K, p: Params): string {
  return (EXTRAS[key] as (value: Params[K]) => string)(p[key]);
}
