// Which architectures to draw and how: the result may hold both while the view asks for one,
// and gradient norms are drawn relative to their median at the top layer so that the 10⁰
// line means "no change since the loss".

import type { Arch, ArchChoice } from '../../core/config';
import type { ArchResult, GradientResult, LayerSpread } from '../../core/result';

/** Drawing order: plain first so the dashed residual line sits on top. */
export const ARCH_ORDER: readonly Arch[] = ['plain', 'residual'];

/** The architecture results to draw for the chosen view, in drawing order. */
export function visibleArchs(result: GradientResult | null, choice: ArchChoice): ArchResult[] {
  if (!result) return [];
  return ARCH_ORDER.filter((a) => choice === 'both' || choice === a)
    .map((a) => result[a])
    .filter((r): r is ArchResult => r !== null);
}

/** Number of layers L of what is drawn (0 when nothing is). */
export function drawnDepth(archs: readonly ArchResult[]): number {
  return archs.length ? archs[0].depth : 0;
}

/** log10 of the median gradient norm at the top layer, or 0 if it is not a finite number. */
export function topOffset(gradF: LayerSpread): number {
  const top = gradF.p50[gradF.p50.length - 1];
  return Number.isFinite(top) ? top : 0;
}

/** The spread shifted so that the median at the top layer is 10⁰. */
export function relativeToTop(spread: LayerSpread): LayerSpread {
  const off = topOffset(spread);
  const shift = (a: Float64Array) => a.map((v) => v - off);
  return { mean: shift(spread.mean), p10: shift(spread.p10), p50: shift(spread.p50), p90: shift(spread.p90) };
}
