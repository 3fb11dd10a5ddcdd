// A quantity given as its log10, for SVG text: "2.1×10" with a raised exponent tspan.

import { log10Parts } from '../format';
import { PowerOfTen } from './PowerOfTen';

interface SvgLog10NumberProps {
  /** log10 of the quantity */
  log10: number;
}

export function SvgLog10Number({ log10 }: SvgLog10NumberProps) {
  const parts = log10Parts(log10);
  if ('text' in parts) return <>{parts.text}</>;
  return (
    <>
      {parts.mantissa}×<PowerOfTen exponent={parts.exponent} />
    </>
  );
}
