// Accessible sentences for the small multiples: each series' value at the first and last layer.

import type { Arch } from '../../core/config';

/** "plain from 8.0 at layer 0 to 2.1×10⁻³ at layer 50" for each series, joined with "; ". */
export function describeEnds(
  series: readonly { arch: Arch; values: ArrayLike<number> }[],
  firstLayer: number,
  print: (v: number) => string,
): string {
  return series
    .map((s) => {
      const n = s.values.length;
      if (n === 0) return `${s.arch}: no layers`;
      return `${s.arch} from ${print(s.values[0])} at layer ${firstLayer} to ${print(s.values[n - 1])} at layer ${firstLayer + n - 1}`;
    })
    .join('; ');
}
