// A tick label of the log loss axis: 10, 1, 0.1, 0.01, 0.001 (and 2, 5, 0.2 … on a short axis)
// written out, smaller or larger powers of ten as 10ⁿ. Losses near 1 read more easily as decimals.

import { PowerOfTen } from '../chart/PowerOfTen';

interface LossTickProps {
  /** log10 of the tick value: an integer n for 10ⁿ, or n + log10 2 and n + log10 5 on a short axis */
  exponent: number;
}

export function LossTick({ exponent }: LossTickProps) {
  if (!Number.isInteger(exponent)) return <>{Number((10 ** exponent).toPrecision(1))}</>;
  if (exponent >= 0 && exponent <= 2) return <>{10 ** exponent}</>;
  if (exponent < 0 && exponent >= -3) return <>{(10 ** exponent).toFixed(-exponent)}</>;
  return <PowerOfTen exponent={exponent} />;
}
