// The shape of what a forward + backward pass reports, per architecture.
// Norms are carried as log10 so that 10^±600 is an ordinary number. A value of -Infinity
// means the quantity is zero because units are dead: exactly, for ReLU, or for GELU once every
// pre-activation is below about −38, where zΦ(z) and its derivative are below any float.

import type { Arch, NetworkConfig } from './config';

/** Per-layer summary over samples (and networks): all entries are log10 of a norm. */
export interface LayerSpread {
  /** mean over samples of log10 of the norm, index k = 0..L */
  mean: Float64Array;
  /** 10th, 50th and 90th percentiles over samples of log10 of the norm */
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** One architecture's result for one configuration. */
export interface ArchResult {
  arch: Arch;
  depth: number;
  /** number of samples summarised per layer (batch × networks) */
  samples: number;
  /** log10 ‖∇_{F_k} L_i‖ over samples i, k = 0..L (k = L is the loss gradient itself) */
  gradF: LayerSpread;
  /** log10 ‖F_k(x_i)‖ over samples i, k = 0..L (k = 0 is the input) */
  normF: LayerSpread;
  /** log10 ‖∇_{W_k} L‖_F of the batch-mean loss, index k-1 for k = 1..L (mean over networks) */
  gradW: Float64Array;
  /** log10 ‖∇_{b_k} L‖ of the batch-mean loss, index k-1 */
  gradB: Float64Array;
  /** log10 ‖∇_{V_k} L‖_F of the batch-mean loss (residual only), index k-1 */
  gradV: Float64Array | null;
  /** mean of the diagonal of D_k = diag σ'(z_k) over units and samples, index k-1 */
  meanD: Float64Array;
  /**
   * First layer k whose forward values left the float64 range. Only possible for an
   * activation that is not positively homogeneous (GELU, or huge inputs); homogeneous ones
   * are rescaled exactly. Every entry of gradF, normF, gradW, gradB, gradV and meanD at
   * layers that depend on the lost values is NaN. null when everything stayed finite.
   */
  overflowLayer: number | null;
}

/** What `computeGradients` returns: the configuration and one result per architecture. */
export interface GradientResult {
  config: NetworkConfig;
  plain: ArchResult | null;
  residual: ArchResult | null;
}
