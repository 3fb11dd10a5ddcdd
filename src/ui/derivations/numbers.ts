// Number text for the derivations: fixed decimals with a real minus sign (− reads better than
// a hyphen on a projector), and "—" for anything that is not a finite number.

import { formatFixed } from '../format';

export function fixedMinus(value: number, decimals: number): string {
  return formatFixed(value, decimals).replace(/^-/, '−');
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** An index written with subscript digits: 12 → "₁₂". */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)]);
}
