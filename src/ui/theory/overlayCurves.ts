// Which theory answer the chart's overlay draws: the one computed for the parameters of the
// result on screen, so theory and measurement always describe the same network; while that one
// is not in yet, the newest answer of the same depth and the same theory (mean-field recursion
// or BatchNorm rate), so a line from the other kind of network never stands in.

import type { Arch } from '../../core';
import type { MeanFieldAnswer } from '../../store/theorySlice';

export interface OverlayCurve {
  arch: Arch;
  /** predicted log10 ‖∇_{F_k}L‖/‖∇_{F_L}L‖, k = 0..L */
  values: Float64Array;
}

/** The curves to draw for `archs` at `depth`, from the answers (newest first); [] if none fits. */
export function overlayCurves(
  answers: readonly MeanFieldAnswer[], wantedKey: string, depth: number, archs: readonly Arch[], batchNorm: boolean,
): OverlayCurve[] {
  const fits = (a: MeanFieldAnswer) => a.depth === depth && (a.batchNorm !== null) === batchNorm;
  const answer = answers.find((a) => a.key === wantedKey) ?? answers.find(fits);
  if (!answer || !fits(answer)) return [];
  return archs.flatMap((arch) => {
    const curve = answer.curves.find((c) => c.arch === arch);
    return curve ? [{ arch, values: curve.log10Grad }] : [];
  });
}
