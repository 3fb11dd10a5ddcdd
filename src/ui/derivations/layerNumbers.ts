// The numbers that fill the backprop equations at layer k, read from the core's results as
// they are: the batch result for the norms and the mean slope, the layer-detail job for the
// Jacobian's spectral norm. Nothing is recomputed here; the only arithmetic is adding log10 α.

import type { Arch, ArchResult, GradientResult } from '../../core';
import type { LayerDetail } from '../../core/layerDetail';

export interface LayerNumbers {
  arch: Arch;
  k: number;
  /** log10 of the median over the batch of ‖∇_{F_k}L_i‖ and ‖∇_{F_{k−1}}L_i‖ */
  gradF: number;
  gradFPrev: number;
  /** mean of D_k over units and inputs */
  meanD: number;
  /** log10 ‖∇_{W_k}L‖_F, ‖∇_{b_k}L‖, ‖∇_{V_k}L‖_F of the batch-mean loss */
  gradW: number;
  gradB: number;
  gradV: number | null;
  /**
   * log10 ‖W_kᵀD_k‖₂ (plain) or log10 α‖W_kᵀD_kV_kᵀ‖₂ (residual) at x_1; null while the job for
   * the current network and layer has not answered
   */
  jacobian: number | null;
  /** the power iteration settled (else the value is a slightly low estimate) */
  jacobianConverged: boolean;
  /** log10 ‖J_LN‖₂ = log10(1/s) of layer k's LayerNorm at x_1; null without LN or while not answered */
  lnGain: number | null;
}

/** Layer k's numbers for one architecture, or null when that architecture was not computed or has no layer k. */
export function layerNumbers(result: GradientResult | null, arch: Arch, k: number, detail: LayerDetail | null): LayerNumbers | null {
  const a: ArchResult | null = result?.[arch] ?? null;
  if (!a || k < 1 || k > a.depth) return null;
  const jacobian = detail && detail.k === k ? detail[arch] : null;
  const alphaLog = arch === 'residual' && detail ? Math.log10(detail.alpha) : 0;
  return {
    arch,
    k,
    gradF: a.gradF.p50[k],
    gradFPrev: a.gradF.p50[k - 1],
    meanD: a.meanD[k - 1],
    gradW: a.gradW[k - 1],
    gradB: a.gradB[k - 1],
    gradV: a.gradV ? a.gradV[k - 1] : null,
    jacobian: jacobian ? jacobian.log10Norm + alphaLog : null,
    jacobianConverged: jacobian?.converged ?? false,
    lnGain: jacobian?.log10LnGain ?? null,
  };
}
