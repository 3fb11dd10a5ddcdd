// Number formatting for everything the page prints. Norms arrive as log10 values that may be
// -Infinity (exactly zero), NaN (lost to a forward overflow) or far outside float64 range
// (10^612); every helper here returns readable text and never "NaN", "Infinity" or "undefined".

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴',
  '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** Shown where a value does not exist (NaN after an overflow, no result yet). */
export const MISSING = '—';

/** Writes an integer with Unicode superscript digits: -8 → "⁻⁸". */
export function superscript(n: number): string {
  if (!Number.isFinite(n)) return '';
  return String(Math.round(n))
    .split('')
    .map((c) => SUPERSCRIPT_DIGITS[c] ?? c)
    .join('');
}

/** Tick label for an integer power of ten: 0 → "10⁰", -8 → "10⁻⁸". */
export function powerOfTen(exponent: number): string {
  if (!Number.isFinite(exponent)) return MISSING;
  return `10${superscript(exponent)}`;
}

/** Splits log10(x) into mantissa (1 ≤ m < 10, rounded to `digits` significant digits) and exponent. */
export function mantissaExponent(log10: number, digits = 2): { mantissa: number; exponent: number } {
  let exponent = Math.floor(log10);
  const scale = 10 ** (digits - 1);
  let mantissa = Math.round(10 ** (log10 - exponent) * scale) / scale;
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return { mantissa, exponent };
}

/** A formatted quantity: plain text, or a mantissa with a power of ten (for superscript markup). */
export type NumberParts = { text: string } | { mantissa: string; exponent: number };

/**
 * Splits a quantity given as its log10 into printable parts: -Infinity → "0", +Infinity →
 * "overflow", NaN → "—"; moderate values as plain decimals (0.012, 4.7, 120); others as a
 * mantissa and an exponent (2.1 and -8 for 2.1×10⁻⁸).
 */
export function log10Parts(log10: number, digits = 2): NumberParts {
  if (Number.isNaN(log10)) return { text: MISSING };
  if (log10 === -Infinity) return { text: '0' };
  if (log10 === Infinity) return { text: 'overflow' };
  const { mantissa, exponent } = mantissaExponent(log10, digits);
  if (exponent >= -2 && exponent <= 2) {
    const decimals = Math.max(0, digits - 1 - exponent);
    return { text: (mantissa * 10 ** exponent).toFixed(decimals) };
  }
  return { mantissa: mantissa.toFixed(digits - 1), exponent };
}

/** log10Parts as one string: "0.012", "2.1×10⁻⁸", "3.2×10⁶¹²", "0", "—". */
export function formatLog10(log10: number, digits = 2): string {
  const parts = log10Parts(log10, digits);
  return 'text' in parts ? parts.text : `${parts.mantissa}×10${superscript(parts.exponent)}`;
}

/** Fixed-point formatting for an ordinary number; non-finite values print as "—". */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return MISSING;
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** "1 layer" / "50 layers". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
