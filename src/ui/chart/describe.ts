// Sentences about a result, with its numbers: the takeaway above the chart, the chart's
// accessible name and its caption all come from here, so they always agree.

import type { ArchResult } from '../../core/result';
import { formatLog10 } from '../format';

/** How the gradient at layer 0 compares with the gradient at the top layer L. */
export type Ratio =
  | { kind: 'value'; log10: number }
  | { kind: 'zero' }
  | { kind: 'overflow'; layer: number }
  | { kind: 'missing' };

/** Median gradient norm at layer 0 divided by the one at layer L, as log10. */
export function bottomToTopRatio(arch: ArchResult): Ratio {
  const p50 = arch.gradF.p50;
  const bottom = p50[0];
  const top = p50[p50.length - 1];
  if (Number.isNaN(bottom) || Number.isNaN(top)) {
    return arch.overflowLayer !== null ? { kind: 'overflow', layer: arch.overflowLayer } : { kind: 'missing' };
  }
  if (bottom === -Infinity && Number.isFinite(top)) return { kind: 'zero' };
  if (!Number.isFinite(bottom) || !Number.isFinite(top)) return { kind: 'missing' };
  return { kind: 'value', log10: bottom - top };
}

export type Verdict = 'vanishes' | 'shrinks' | 'keeps its size' | 'grows' | 'explodes';

/** A word for a change of `log10` decades across the network. */
export function verdict(log10: number): Verdict {
  if (log10 <= -2) return 'vanishes';
  if (log10 < -0.5) return 'shrinks';
  if (log10 <= 0.5) return 'keeps its size';
  if (log10 < 2) return 'grows';
  return 'explodes';
}

/** "2.1×10⁻⁸ of the top", "3.4 times the top", "exactly 0", … */
export function describeRatio(r: Ratio): string {
  switch (r.kind) {
    case 'value':
      return `${formatLog10(r.log10)} ${r.log10 < 0 ? 'of' : 'times'} the top`;
    case 'zero':
      return 'exactly 0 (no path through active units)';
    case 'overflow':
      return `not computed: the forward pass overflowed at layer ${r.layer}`;
    case 'missing':
      return 'not available';
  }
}

/** The chart's accessible name and caption: one sentence with the numbers. */
export function describeGradients(archs: readonly ArchResult[]): string {
  if (archs.length === 0) return 'Gradient norms per layer: no result yet.';
  const parts = archs.map((a, i) => `${a.arch}, ${i === 0 ? 'layer 0 is ' : ''}${describeRatio(bottomToTopRatio(a))}`);
  const L = archs[0].depth;
  return `Gradient norms over ${L} layer${L === 1 ? '' : 's'}: ${parts.join('; ')}.`;
}
