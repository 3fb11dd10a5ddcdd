// Parameters ⇄ URL hash, so any view can be shared: `#arch=both&depth=50&act=tanh&sw=1&…`.
// One table names each field's URL key, parser and formatter. Decoding accepts any string:
// it never throws, keeps every value in range, and says in a short notice what it changed.

import { CHOICES, cleanNumber, DEFAULT_PARAMS, SIGNIFICANT_DIGITS, UI_LIMITS, type ChoiceParam, type NumericParam, type ParamKey, type Params } from './params';

/** What a parser made of one raw value; `problem` completes "key=value …; using X". */
interface Parsed<T> {
  value: T;
  problem?: string;
}

interface Field<K extends ParamKey> {
  /** name in the URL */
  key: string;
  parse(raw: string): Parsed<Params[K]>;
  format(value: Params[K]): string;
}

/** Longer values are not numbers a person would write, and a length cap keeps parsing linear. */
const MAX_NUMBER_LENGTH = 32;
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function numberField<K extends NumericParam>(key: string, param: K): Field<K> {
  const spec = UI_LIMITS[param];
  const fallback = DEFAULT_PARAMS[param];
  return {
    key,
    parse(raw) {
      const text = raw.trim();
      if (text.length > MAX_NUMBER_LENGTH || !NUMBER_PATTERN.test(text)) return { value: fallback, problem: 'is not a number' };
      const parsed = Number(text);
      const value = cleanNumber(param, parsed);
      if (!(parsed >= spec.min && parsed <= spec.max)) return { value, problem: 'is out of range' };
      if (spec.integer && !Number.isInteger(parsed)) return { value, problem: 'is not a whole number' };
      return { value };
    },
    format: (value) => String(spec.integer ? value : Number(value.toPrecision(SIGNIFICANT_DIGITS))),
  };
}

function choiceField<K extends ChoiceParam>(key: string, param: K): Field<K> {
  const choices = CHOICES[param] as readonly Params[K][];
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      const value = choices.find((choice) => choice === text);
      return value === undefined ? { value: DEFAULT_PARAMS[param], problem: `is not one of ${choices.join(', ')}` } : { value };
    },
    format: (value) => value,
  };
}

/** Every parameter, in the order the URL lists them. */
const FIELDS: { [K in ParamKey]: Field<K> } = {
  arch: choiceField('arch', 'arch'),
  depth: numberField('depth', 'depth'),
  width: numberField('width', 'width'),
  activation: choiceField('act', 'activation'),
  sigmaW: numberField('sw', 'sigmaW'),
  sigmaB: numberField('sb', 'sigmaB'),
  sigmaV: numberField('sv', 'sigmaV'),
  branchScale: numberField('alpha', 'branchScale'),
  init: choiceField('init', 'init'),
  batch: numberField('batch', 'batch'),
  inputScale: numberField('s', 'inputScale'),
  seed: numberField('seed', 'seed'),
  loss: choiceField('loss', 'loss'),
};

const PARAM_ORDER = Object.keys(FIELDS) as ParamKey[];
const PARAM_BY_URL_KEY = new Map<string, ParamKey>(PARAM_ORDER.map((param) => [FIELDS[param].key, param]));

/** At most this many notices per link; the rest are counted in a last one. */
const MAX_NOTICES = 5;
/** Unknown keys named in their notice. */
const NAMED_UNKNOWN_KEYS = 3;

/** The hash for `params`, leading '#' included; every parameter is written. */
export function encodeHash(params: Params): string {
  return '#' + PARAM_ORDER.map((param) => `${FIELDS[param].key}=${encodeURIComponent(formatParam(param, params))}`).join('&');
}

/** A string that names a parameter set: equal parameters give equal keys. It is their URL hash. */
export function paramsKey(params: Params): string {
  return encodeHash(params);
}

/**
 * Parameters from any string (with or without '#'). Missing keys take their defaults,
 * unknown keys are ignored, and each value that was changed or rejected is named in a notice.
 */
export function decodeHash(hash: string): { params: Params; notices: string[] } {
  const raw = new Map<ParamKey, string>();
  const repeated = new Set<ParamKey>();
  const unknown: string[] = [];
  let unknownCount = 0;

  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodePart(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodePart(pair.slice(eq + 1));
    const param = PARAM_BY_URL_KEY.get(key);
    if (param === undefined) {
      unknownCount += 1;
      if (unknown.length < NAMED_UNKNOWN_KEYS) unknown.push(`"${quote(key)}"`);
      continue;
    }
    if (raw.has(param)) repeated.add(param);
    raw.set(param, value);
  }

  const params: Params = { ...DEFAULT_PARAMS };
  const notices: string[] = [];
  for (const param of PARAM_ORDER) {
    const value = raw.get(param);
    if (value === undefined) continue;
    const problem = decodeParam(param, value, params);
    if (problem) notices.push(problem);
    if (repeated.has(param)) notices.push(`${FIELDS[param].key} appears more than once; using the last`);
  }
  if (unknownCount > 0) {
    const more = unknownCount > unknown.length ? `, … (${unknownCount} in all)` : '';
    notices.push(`Ignored unknown ${unknownCount === 1 ? 'key' : 'keys'} ${unknown.join(', ')}${more}`);
  }
  return { params, notices: capNotices(notices) };
}

/** Writes the parsed value into `params`; returns the notice for it, if any. */
function decodeParam<K extends ParamKey>(param: K, raw: string, params: Params): string | null {
  const field: Field<K> = FIELDS[param];
  const { value, problem } = field.parse(raw);
  params[param] = value;
  return problem ? `${field.key}=${quote(raw)} ${problem}; using ${field.format(value)}` : null;
}

function formatParam<K extends ParamKey>(param: K, params: Params): string {
  const field: Field<K> = FIELDS[param];
  return field.format(params[param]);
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A stray '%' is not an escape: read the text as written.
    return part;
  }
}

/**
 * A raw value as it may appear in a notice: at most 24 characters, without control or
 * format characters (a right-to-left override could make the notice read as something else).
 */
function quote(raw: string): string {
  const chars = Array.from(raw.slice(0, 64).replace(/[\p{Cc}\p{Cf}]/gu, ''));
  return chars.length > 24 ? chars.slice(0, 23).join('') + '…' : chars.join('');
}

function capNotices(notices: string[]): string[] {
  if (notices.length <= MAX_NOTICES) return notices;
  const shown = notices.slice(0, MAX_NOTICES - 1);
  return [...shown, `…and ${notices.length - shown.length} more problems in the link`];
}
