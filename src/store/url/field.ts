// One field of the URL: its key, a parser that accepts any string and says what it changed,
// and a formatter. The kinds of field that several parts of the URL share live here.

/** What a parser made of one raw value; `problem` completes "key=value …; using X". */
export interface Parsed<T> {
  value: T;
  problem?: string;
}

export interface Field<T> {
  /** name in the URL */
  key: string;
  parse(raw: string): Parsed<T>;
  format(value: T): string;
}

/** A field for each property of `S`, optional properties included. */
export type FieldTable<S> = { [K in keyof S]-?: Field<S[K]> };

/** Longer values are not numbers a person would write, and a length cap keeps parsing linear. */
const MAX_NUMBER_LENGTH = 32;
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The number a person wrote in plain decimal (or e) notation, or null. */
export function parseDecimal(raw: string): number | null {
  const text = raw.trim();
  return text.length <= MAX_NUMBER_LENGTH && NUMBER_PATTERN.test(text) ? Number(text) : null;
}

/** One of `choices`, matched without regard to case. */
export function choiceField<T extends string>(key: string, choices: readonly T[], fallback: T): Field<T> {
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      const value = choices.find((choice) => choice.toLowerCase() === text);
      return value === undefined ? { value: fallback, problem: `is not one of ${choices.join(', ')}` } : { value };
    },
    format: (value) => value,
  };
}

/** One of a few numbers; any other number reads as the nearest of them on a log scale. */
export function nearestField<T extends number>(key: string, choices: readonly T[], fallback: T): Field<T> {
  const problem = `is not one of ${choices.join(', ')}`;
  return {
    key,
    parse(raw) {
      const n = parseDecimal(raw);
      if (n === null) return { value: fallback, problem };
      const exact = choices.find((choice) => choice === n);
      return exact === undefined ? { value: nearestOnLogScale(choices, n), problem } : { value: exact };
    },
    format: (value) => String(value),
  };
}

/** The choice nearest `n` on a log scale (the smallest for n ≤ 0). */
export function nearestOnLogScale<T extends number>(choices: readonly T[], n: number): T {
  if (!(n > 0)) return choices[0];
  const distance = (choice: T) => Math.abs(Math.log(choice / n));
  return choices.reduce((best, choice) => (distance(choice) < distance(best) ? choice : best));
}

/** On or off, written as `on` and `off` (or 1 and 0); a bare key is on. */
export function flagField(key: string, words: readonly [on: string, off: string] = ['1', '0']): Field<boolean> {
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      if (['', '1', 'true', 'yes', 'on'].includes(text)) return { value: true };
      if (['0', 'false', 'no', 'off'].includes(text)) return { value: false };
      return { value: false, problem: `is not ${words[0]} or ${words[1]}` };
    },
    format: (value) => (value ? words[0] : words[1]),
  };
}

/** A field a view may leave out: absent reads and writes as `absent`. */
export function optional<T>(field: Field<T>, absent: T): Field<T | undefined> {
  return { key: field.key, parse: (raw) => field.parse(raw), format: (value) => field.format(value ?? absent) };
}

/**
 * A raw value as it may appear in a notice: at most 24 characters, without control or
 * format characters (a right-to-left override could make the notice read as something else).
 */
export function quote(raw: string): string {
  const chars = Array.from(raw.slice(0, 64).replace(/[\p{Cc}\p{Cf}]/gu, ''));
  return chars.length > 24 ? chars.slice(0, 23).join('') + '…' : chars.join('');
}
