// A tick label of the log loss axis: 10, 1, 0.1, 0.01, 0.001 written out, smaller or larger
// powers of ten as 10ⁿ. Losses near 1 read more easily as decimals than as powers.

import { PowerOfTen } from '../chart/PowerOfTen';

interface LossTickProps {
  /** the integer exponent n of the tick 10ⁿ */
  exponent: number;
}

export function LossTick({ exponent }: LossTickProps) {
  if (exponent >= 0 && exponent <= 2) return <>{10 ** exponent}</>;
  if (exponent < 0 && exponent >= -3) return <>{(10 ** exponent).toFixed(-exponent)}</>;
  return <PowerOfTen exponent={exponent} />;
}
