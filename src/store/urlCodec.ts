// Parameters and view ⇄ URL hash, so any view can be shared: `#arch=both&depth=50&act=tanh&sw=1&…`.
// One table names each field's URL key, parser and formatter. Decoding accepts any string:
// it never throws, keeps every value in range, and says in a short notice what it changed.
// Parameters are always written; view fields only when they differ from their default.

import { CHOICES, cleanNumber, DEFAULT_PARAMS, SIGNIFICANT_DIGITS, UI_LIMITS, type ChoiceParam, type NumericParam, type ParamKey, type Params } from './params';
import { SCENES, sceneParams } from './classroomScenes';
import { canonicalControls, PANELS, SHARE_CONTROLS, type PanelName, type ShareControl } from './shareSlice';
import type { PhaseMode } from './theoryPlan';

/** What the URL holds besides the parameters: how the page is shown, never what is computed. */
export interface UrlView {
  /** open toolbar panel */
  panel: PanelName | null;
  /** selected layer k */
  layer: number | null;
  /** controls shown disabled */
  lock: readonly ShareControl[];
  /** controls not rendered */
  hide: readonly ShareControl[];
  /** figure and controls only, for an iframe */
  embed: boolean;
  /** index of the guided scene (written 1-based: `scene=3` is the third); absent outside the tour */
  scene?: number | null;
  /** presentation mode; absent when off */
  present?: boolean;
  /** the mean-field overlay on the main chart; absent when off */
  theory?: boolean;
  /** the open phase diagram's mode; absent when closed */
  phase?: PhaseMode | null;
  /** the Jacobian spectrum view; absent when closed */
  spectrum?: boolean;
}

export const DEFAULT_VIEW: UrlView = { panel: null, layer: null, lock: [], hide: [], embed: false };

type UrlState = Params & UrlView;
type UrlField = keyof UrlState;

/** What a parser made of one raw value; `problem` completes "key=value …; using X". */
interface Parsed<T> {
  value: T;
  problem?: string;
}

interface Field<T> {
  /** name in the URL */
  key: string;
  parse(raw: string): Parsed<T>;
  format(value: T): string;
}

/** Longer values are not numbers a person would write, and a length cap keeps parsing linear. */
const MAX_NUMBER_LENGTH = 32;
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function numberField<K extends NumericParam>(key: string, param: K): Field<Params[K]> {
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

function choiceField<K extends ChoiceParam>(key: string, param: K): Field<Params[K]> {
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

function panelField(key: string): Field<UrlView['panel']> {
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      if (text === '' || text === 'none') return { value: null };
      const value = PANELS.find((panel) => panel === text);
      return value === undefined ? { value: null, problem: `is not one of ${PANELS.join(', ')}` } : { value };
    },
    format: (value) => value ?? '',
  };
}

function layerField(key: string): Field<UrlView['layer']> {
  return {
    key,
    parse(raw) {
      const text = raw.trim();
      if (text === '' || text === 'none') return { value: null };
      if (!/^\d{1,6}$/.test(text)) return { value: null, problem: 'is not a layer number' };
      const layer = Number(text);
      return layer > UI_LIMITS.depth.max ? { value: UI_LIMITS.depth.max, problem: 'is out of range' } : { value: layer };
    },
    format: (value) => (value === null ? '' : String(value)),
  };
}

/** Control names a link may use: the URL key of the parameter (`sw`) or its name (`sigmaW`). */
const CONTROL_BY_NAME = new Map<string, ShareControl>();

/** A comma-separated list of controls, e.g. `lock=depth,act`. */
function controlListField(key: string): Field<readonly ShareControl[]> {
  return {
    key,
    parse(raw) {
      const names = raw.slice(0, 400).split(/[,+\s]+/).filter((name) => name !== '');
      const known = names.map((name) => CONTROL_BY_NAME.get(name.toLowerCase()));
      const value = canonicalControls(known.filter((c): c is ShareControl => c !== undefined));
      const unknown = names.filter((_, i) => known[i] === undefined);
      if (unknown.length === 0 && raw.length <= 400) return { value };
      if (unknown.length === 0) return { value, problem: 'is too long' };
      const more = unknown.length > 1 ? ` and ${unknown.length - 1} more` : '';
      const controls = SHARE_CONTROLS.map((c) => FIELDS[c].key).join(', ');
      return { value, problem: `names no control "${quote(unknown[0])}"${more} (controls: ${controls})` };
    },
    format: (value) => value.map((c) => FIELDS[c].key).join(','),
  };
}

function flagField(key: string): Field<boolean> {
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      if (text === '' || text === '1' || text === 'true' || text === 'yes') return { value: true };
      if (text === '0' || text === 'false' || text === 'no') return { value: false };
      return { value: false, problem: 'is not 1 or 0' };
    },
    format: (value) => (value ? '1' : '0'),
  };
}

/** A field a view may leave out: absent reads and writes as `absent`. */
function optional<T>(field: Field<T>, absent: T): Field<T | undefined> {
  return { key: field.key, parse: (raw) => field.parse(raw), format: (value) => field.format(value ?? absent) };
}

/** A scene of the guided tour, numbered from 1 as the page shows it. */
function sceneField(key: string): Field<number | null | undefined> {
  const count = SCENES.length;
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      if (text === '' || text === 'none' || text === '0') return { value: null };
      if (!/^\d{1,6}$/.test(text)) return { value: null, problem: `is not a scene number (1–${count})` };
      const n = Number(text);
      return n > count ? { value: count - 1, problem: `is out of range (1–${count})` } : { value: n - 1 };
    },
    format: (value) => (value === null || value === undefined ? '' : String(value + 1)),
  };
}

/** The phase diagram's mode as the URL writes it: `phase=sb` or `phase=depth`. */
function phaseField(key: string): Field<PhaseMode | null | undefined> {
  const names: Record<PhaseMode, string> = { sigmaB: 'sb', depth: 'depth' };
  return {
    key,
    parse(raw) {
      const text = raw.trim().toLowerCase();
      if (text === '' || text === 'none' || text === '0') return { value: null };
      if (text === 'sb' || text === 'sigmab' || text === '1') return { value: 'sigmaB' };
      if (text === 'depth') return { value: 'depth' };
      return { value: null, problem: 'is not sb or depth' };
    },
    format: (value) => (value ? names[value] : ''),
  };
}

/** Every field, in the order the URL lists them: the parameters, then the view. */
const FIELDS: { [K in UrlField]: Field<UrlState[K]> } = {
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
  panel: panelField('panel'),
  layer: layerField('layer'),
  lock: controlListField('lock'),
  hide: controlListField('hide'),
  embed: flagField('embed'),
  scene: sceneField('scene'),
  present: optional(flagField('present'), false),
  theory: optional(flagField('theory'), false),
  phase: phaseField('phase'),
  spectrum: optional(flagField('spectrum'), false),
};

const FIELD_ORDER = Object.keys(FIELDS) as UrlField[];
const DEFAULT_STATE: UrlState = { ...DEFAULT_PARAMS, ...DEFAULT_VIEW };
const isParam = (field: UrlField): field is ParamKey => Object.hasOwn(DEFAULT_PARAMS, field);
const PARAM_ORDER = FIELD_ORDER.filter(isParam);
const VIEW_ORDER = FIELD_ORDER.filter((field): field is keyof UrlView => !isParam(field));
const FIELD_BY_URL_KEY = new Map<string, UrlField>(FIELD_ORDER.map((field) => [FIELDS[field].key, field]));
for (const control of SHARE_CONTROLS) {
  CONTROL_BY_NAME.set(FIELDS[control].key, control);
  CONTROL_BY_NAME.set(control.toLowerCase(), control);
}

/** At most this many notices per link; the rest are counted in a last one. */
const MAX_NOTICES = 5;
/** Unknown keys named in their notice. */
const NAMED_UNKNOWN_KEYS = 3;

/** The hash for `params` and `view`, leading '#' included; every parameter is written, view fields only when not default. */
export function encodeHash(params: Params, view: UrlView = DEFAULT_VIEW): string {
  const state: UrlState = { ...params, ...view };
  const shown = VIEW_ORDER.filter((field) => formatField(field, state) !== formatField(field, DEFAULT_STATE));
  return '#' + [...PARAM_ORDER, ...shown].map((field) => `${FIELDS[field].key}=${encodeURIComponent(formatField(field, state))}`).join('&');
}

/** View fields set in the query string (`?embed=1`, for an embedding page that cannot set the hash). */
export function queryView(search: string): Partial<UrlView> {
  const raw = new URLSearchParams(search).get(FIELDS.embed.key);
  return raw !== null && FIELDS.embed.parse(raw).value ? { embed: true } : {};
}

/** A string that names a parameter set: equal parameters give equal keys. It is their URL hash. */
export function paramsKey(params: Params): string {
  return encodeHash(params);
}

/**
 * Parameters and view from any string (with or without '#'). Missing keys take their defaults
 * (in a link to a scene, that scene's setup), unknown keys are ignored, and each value that
 * was changed or rejected is named in a notice.
 */
export function decodeHash(hash: string): { params: Params; view: UrlView; notices: string[] } {
  const raw = new Map<UrlField, string>();
  const repeated = new Set<UrlField>();
  const unknown: string[] = [];
  let unknownCount = 0;

  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodePart(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodePart(pair.slice(eq + 1));
    const param = FIELD_BY_URL_KEY.get(key);
    if (param === undefined) {
      unknownCount += 1;
      if (unknown.length < NAMED_UNKNOWN_KEYS) unknown.push(`"${quote(key)}"`);
      continue;
    }
    if (raw.has(param)) repeated.add(param);
    raw.set(param, value);
  }

  // A link to a scene takes the parameters it does not give from that scene's setup.
  const linkedScene = FIELDS.scene.parse(raw.get('scene') ?? '').value ?? null;
  const state: UrlState = { ...DEFAULT_STATE, ...(linkedScene === null ? {} : sceneParams(linkedScene)) };
  const notices: string[] = [];
  for (const param of FIELD_ORDER) {
    const value = raw.get(param);
    if (value === undefined) continue;
    const problem = decodeParam(param, value, state);
    if (problem) notices.push(problem);
    if (repeated.has(param)) notices.push(`${FIELDS[param].key} appears more than once; using the last`);
  }
  if (state.layer !== null && state.layer > state.depth) {
    notices.push(`layer=${state.layer} is beyond depth ${state.depth}; using ${state.depth}`);
    state.layer = state.depth;
  }
  if (unknownCount > 0) {
    const more = unknownCount > unknown.length ? `, … (${unknownCount} in all)` : '';
    notices.push(`Ignored unknown ${unknownCount === 1 ? 'key' : 'keys'} ${unknown.join(', ')}${more}`);
  }
  const { panel, layer, lock, hide, embed, scene, present, theory, phase, spectrum, ...params } = state;
  // The classroom fields appear only when set, so a view without them reads back as written.
  const classroom = { ...(scene === null || scene === undefined ? {} : { scene }), ...(present ? { present } : {}) };
  const deeper = { ...(theory ? { theory } : {}), ...(phase ? { phase } : {}), ...(spectrum ? { spectrum } : {}) };
  return { params, view: { panel, layer, lock, hide, embed, ...classroom, ...deeper }, notices: capNotices(notices) };
}

/** Writes the parsed value into `state`; returns the notice for it, if any. */
function decodeParam<K extends UrlField>(param: K, raw: string, state: UrlState): string | null {
  const field: Field<UrlState[K]> = FIELDS[param];
  const { value, problem } = field.parse(raw);
  state[param] = value;
  return problem ? `${field.key}=${quote(raw)} ${problem}; using ${field.format(value) || 'none'}` : null;
}

function formatField<K extends UrlField>(field: K, state: UrlState): string {
  const spec: Field<UrlState[K]> = FIELDS[field];
  return spec.format(state[field]);
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
