// A quantity given as its log10, printed in HTML with a real superscript exponent
// (2.1×10<sup>−8</sup>): larger and clearer on a projector than Unicode superscript digits.

import { log10Parts } from './format';

interface Log10NumberProps {
  /** log10 of the quantity; -Infinity prints "0", NaN "—" */
  log10: number;
  /** significant digits */
  digits?: number;
}

export function Log10Number({ log10, digits = 2 }: Log10NumberProps) {
  const parts = log10Parts(log10, digits);
  if ('text' in parts) return <>{parts.text}</>;
  const exponent = parts.exponent < 0 ? `−${-parts.exponent}` : String(parts.exponent);
  return (
    <>
      {parts.mantissa}×10<sup>{exponent}</sup>
    </>
  );
}
