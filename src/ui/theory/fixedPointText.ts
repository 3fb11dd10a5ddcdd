// The fixed point, χ there and the depth scale as words and numbers a reader can take in at a
// glance: 0, divergence and criticality get words, never "Infinity" or "NaN".

import { formatFixed, formatLog10, MISSING } from '../format';
import type { FixedPointSummary } from '../../worker/jobs/theoryProtocol';

/** q*: "0", "0.96", "diverges". */
export function qStarText(qStar: number): string {
  if (qStar === 0) return '0';
  if (!Number.isFinite(qStar)) return Number.isNaN(qStar) ? MISSING : 'diverges';
  return formatLog10(Math.log10(qStar), 3);
}

/** χ(q*) with three decimals, or "—" where it is not defined. */
export function chiText(chi: number): string {
  return Number.isFinite(chi) ? formatFixed(chi, 3) : MISSING;
}

/** A number of layers with about three significant digits. */
function layersText(n: number): string {
  return formatFixed(n, n >= 100 ? 0 : n >= 10 ? 1 : 2);
}

/** ξ and what it means for the gradient over the network's depth. */
export function depthScaleText({ depthScale, chiStar }: FixedPointSummary): string {
  if (depthScale === null) return 'not defined: the signal variance grows without bound';
  if (!Number.isFinite(depthScale)) return '∞: critical, no exponential decay or growth (a power law at most)';
  const trend = chiStar < 1 ? 'shrinks' : 'grows';
  return `${layersText(depthScale)} layers: the gradient norm ${trend} by a factor e every 2ξ ≈ ${layersText(2 * depthScale)} layers`;
}
