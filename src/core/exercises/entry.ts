// Reading and checking what a student types into one cell: a decimal (`-0.75`, `.5`, `1e-3`,
// a comma as the decimal mark) or a simple fraction (`-3/4`), with a plain or a typographic
// minus. Anything else is not a number and is said so, never read as 0.

/** What one cell holds. */
export type ParsedEntry =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid' };

/** Longer text is not a number a student writes; the cap keeps the pattern linear. */
const MAX_LENGTH = 40;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FRACTION = /^([+-]?)(\d+)\s*\/\s*(\d+)$/;

/** The number in `raw`, or why there is none. */
export function parseEntry(raw: string): ParsedEntry {
  const text = raw.trim().replace(/[−–]/g, '-').replace(/^(-?\d*),(\d+)$/, '$1.$2');
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_LENGTH) return { kind: 'invalid' };
  if (DECIMAL.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
  }
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [, sign, top, bottom] = fraction;
    const denominator = Number(bottom);
    if (denominator === 0) return { kind: 'invalid' };
    const value = Number(top) / denominator;
    return { kind: 'number', value: sign === '-' ? -value : value };
  }
  return { kind: 'invalid' };
}

/** An entry is right when within RELATIVE_TOLERANCE of the expected value or ABSOLUTE_TOLERANCE of it. */
export const RELATIVE_TOLERANCE = 1e-2;
export const ABSOLUTE_TOLERANCE = 1e-3;

/** |value − expected| ≤ max(1e-3, 1e-2·|expected|). */
export function withinTolerance(value: number, expected: number): boolean {
  const error = Math.abs(value - expected);
  return error <= ABSOLUTE_TOLERANCE || error <= RELATIVE_TOLERANCE * Math.abs(expected);
}

/** The verdict on one cell. */
export type CellMark = 'right' | 'wrong' | 'empty' | 'invalid';

export function checkEntry(raw: string, expected: number): CellMark {
  const entry = parseEntry(raw);
  if (entry.kind !== 'number') return entry.kind;
  return withinTolerance(entry.value, expected) ? 'right' : 'wrong';
}

/** Every cell's verdict, row-major, for a grid of entries against the expected values. */
export function checkGrid(raw: readonly string[], expected: ArrayLike<number>): CellMark[] {
  return Array.from({ length: expected.length }, (_, i) => checkEntry(raw[i] ?? '', expected[i]));
}
