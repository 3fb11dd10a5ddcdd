// Whether the mean-field overlay has a theory for a setting. Its recursions are for independent
// layers without normalization; with LayerNorm, BatchNorm or shared weights the page says so in
// words instead of drawing a line that does not describe the network.

import type { NetworkConfig } from '../../core';

/** null when the theory covers the setting, else a sentence saying why there is no line. */
export function missingTheory(config: Pick<NetworkConfig, 'norm' | 'tied'>): string | null {
  if (config.tied) {
    return 'With weights shared across layers the layers are not independent draws, as the mean-field recursion assumes: it does not describe the unrolled recurrent network, whose linear rate is set by the spectral radius ρ(W) (see the linear case below).';
  }
  switch (config.norm) {
    case 'none':
      return null;
    case 'pre-ln':
    case 'post-ln':
      return 'LayerNorm rescales every sample to unit variance at each layer, so the variance recursion q_k behind these lines does not describe this network.';
    case 'batch':
      return 'BatchNorm couples the samples of a batch; its own mean-field theory (Yang et al. 2019, gradient explosion at initialization) is not drawn here.';
  }
}
