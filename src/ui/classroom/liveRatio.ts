// The live numbers a scene's text quotes: for one architecture of the result on screen, the
// gradient at layer 0 relative to the top, as a number or a verdict word. Nothing is quoted
// from a result that belongs to other parameters than the ones on screen.

import type { Arch } from '../../core/config';
import type { GradientResult } from '../../core/result';
import { bottomToTopRatio, verdict, type Ratio } from '../chart/describe';

/** Shown while the result for the scene's parameters is still being computed. */
export const PENDING = '…';

export type LiveValue = { kind: 'pending' } | { kind: 'ratio'; ratio: Ratio };

/** The ratio of `arch` in `result`, or pending when there is none (yet) for these parameters. */
export function liveValue(result: GradientResult | null, current: boolean, arch: Arch): LiveValue {
  const archResult = current && result ? result[arch] : null;
  return archResult ? { kind: 'ratio', ratio: bottomToTopRatio(archResult) } : { kind: 'pending' };
}

/** The verdict word for a live value: "explodes", "vanishes", … */
export function liveVerdict(value: LiveValue): string {
  if (value.kind === 'pending') return PENDING;
  const r = value.ratio;
  if (r.kind === 'value') return verdict(r.log10);
  if (r.kind === 'zero') return 'vanishes entirely';
  return 'cannot be computed';
}
