// What happened to the median gradient over the whole network, in the numbers the chart shows:
// its size at the top and at layer 0, and the average factor per layer that takes one to the
// other (the L-th root of their ratio, the only arithmetic done on the core's numbers).

import type { ArchResult } from '../../core';

export interface DepthSummary {
  depth: number;
  /** log10 of the median ‖∇_{F_L}L‖ and ‖∇_{F_0}L‖ */
  top: number;
  bottom: number;
  /** (‖∇_{F_0}L‖ / ‖∇_{F_L}L‖)^{1/L}, or null when the bottom is 0 or unknown */
  perLayer: number | null;
}

export function depthSummary(a: ArchResult | null): DepthSummary | null {
  if (!a || !Number.isFinite(a.gradF.p50[a.depth])) return null;
  const top = a.gradF.p50[a.depth];
  const bottom = a.gradF.p50[0];
  return { depth: a.depth, top, bottom, perLayer: Number.isFinite(bottom) ? 10 ** ((bottom - top) / a.depth) : null };
}
