// Whether the overlay has a theory for a setting and architecture. The mean-field recursions are
// for independent layers without normalization; for a plain network with BatchNorm it draws Yang
// et al.'s rate instead. Everywhere else (LayerNorm, shared weights, BatchNorm in the residual
// network or outside that rate's assumptions) the page says so in words instead of drawing a
// line that does not describe the network.

import type { Arch, NetworkConfig } from '../../core';
import { BATCH_NORM_MIN_BATCH } from '../../core/theory';

/** What decides whether a line exists. */
export type CoverageSetting = Pick<NetworkConfig, 'norm' | 'tied' | 'batch' | 'activation' | 'loss'>;

/** null when the theory covers the setting for `arch`, else a sentence saying why there is no line. */
export function missingTheory(setting: CoverageSetting, arch: Arch): string | null {
  if (setting.tied) {
    return 'With weights shared across layers the layers are not independent draws, as the mean-field recursion assumes: it does not describe the unrolled recurrent network, whose linear rate is set by the spectral radius ρ(W) (see the linear case below).';
  }
  switch (setting.norm) {
    case 'none':
      return null;
    case 'pre-ln':
    case 'post-ln':
      return 'LayerNorm rescales every sample to unit variance at each layer, so the variance recursion q_k behind these lines does not describe this network.';
    case 'batch':
      return arch === 'residual' ? RESIDUAL_BATCH_NORM : missingBatchNorm(setting);
  }
}

const RESIDUAL_BATCH_NORM =
  'In the residual network BatchNorm sits inside each branch, Fₖ = Fₖ₋₁ + α Vₖ φ(BN(zₖ)), and the skip path carries the un-normalized Fₖ₋₁ past it: Yang et al.’s rate (2019) is derived for plain BatchNorm networks and does not give this gradient, so no residual line is drawn.';

/** The plain network's BatchNorm line needs B ≥ 4, the probe loss and a nonlinear φ. */
function missingBatchNorm({ batch, activation, loss }: CoverageSetting): string | null {
  if (batch < BATCH_NORM_MIN_BATCH) {
    return `With a batch of ${batch} BatchNorm’s mean-field rate (Yang et al. 2019) has no finite value: it involves the mean of 1/χ² with B − 1 degrees of freedom, which diverges for B ≤ 3, so there is no line to draw.`;
  }
  if (loss !== 'probe') {
    return 'BatchNorm’s mean-field line starts from the probe loss, whose gradient u is the same for every sample; with the squared-error loss the top gradient differs from sample to sample, a start the theory here does not cover.';
  }
  if (activation === 'identity') {
    return 'With the identity and BatchNorm the output has batch mean zero, so the summed probe loss Σᵢ uᵀF_L(xᵢ) is constant and every gradient below the top layer is exactly zero (the theory’s r₀ = 0): no line on a log axis.';
  }
  return null;
}
