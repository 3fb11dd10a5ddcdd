// Parameters and view ⇄ URL hash, so any view can be shared: `#arch=both&depth=50&act=tanh&sw=1&…`.
// The tables in url/ name each field's URL key, parser and formatter; this module joins them.
// Decoding accepts any string: it never throws, keeps every value in range, and says in a
// short notice what it changed. Parameters are always written; the training settings and the
// view only where they differ from their defaults.

import { sceneParams } from './classroomScenes';
import { DEFAULT_PARAMS, type Params } from './params';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from './trainingSettings';
import { quote, type Field, type FieldTable } from './url/field';
import { PARAM_FIELDS, PARAMS_WRITTEN_WHEN_SET } from './url/paramFields';
import { TRAINING_FIELDS } from './url/trainingFields';
import { DEFAULT_VIEW, VIEW_FIELDS, type FlatView, type UrlView } from './url/viewFields';

export { DEFAULT_VIEW, type UrlView };

type UrlState = Params & TrainingSettings & FlatView;
type UrlField = keyof UrlState;

/** Every field, in the order the URL lists them: the parameters, the training settings, the view. */
const FIELDS: { [K in UrlField]: Field<UrlState[K]> } = { ...PARAM_FIELDS, ...TRAINING_FIELDS, ...VIEW_FIELDS };

const keysOf = <S extends object>(table: FieldTable<S>) => Object.keys(table) as (keyof S & UrlField)[];
const PARAM_ORDER = keysOf(PARAM_FIELDS);
const TRAINING_ORDER = keysOf(TRAINING_FIELDS);
const VIEW_ORDER = keysOf(VIEW_FIELDS);
const FIELD_ORDER: UrlField[] = [...PARAM_ORDER, ...TRAINING_ORDER, ...VIEW_ORDER];
const DEFAULT_STATE: UrlState = { ...DEFAULT_PARAMS, ...DEFAULT_TRAINING_SETTINGS, ...DEFAULT_VIEW };
const FIELD_BY_URL_KEY = new Map<string, UrlField>(FIELD_ORDER.map((field) => [FIELDS[field].key, field]));

/** At most this many notices per link; the rest are counted in a last one. */
const MAX_NOTICES = 5;
/** Unknown keys named in their notice. */
const NAMED_UNKNOWN_KEYS = 3;

/**
 * The hash for `params` and `view`, leading '#' included; every parameter is written (but
 * norm and tied only when set), the rest only when not default.
 */
export function encodeHash(params: Params, view: UrlView = DEFAULT_VIEW): string {
  const { training = DEFAULT_TRAINING_SETTINGS, ...flat } = view;
  const state: UrlState = { ...params, ...training, ...flat };
  const always = PARAM_ORDER.filter((field) => !PARAMS_WRITTEN_WHEN_SET.has(field) || !isDefault(field, state));
  const shown = [...TRAINING_ORDER, ...VIEW_ORDER].filter((field) => !isDefault(field, state));
  return '#' + [...always, ...shown].map((field) => `${FIELDS[field].key}=${encodeURIComponent(formatField(field, state))}`).join('&');
}

/** View fields set in the query string (`?embed=1`, for an embedding page that cannot set the hash). */
export function queryView(search: string): Partial<UrlView> {
  const raw = new URLSearchParams(search).get(FIELDS.embed.key);
  return raw !== null && FIELDS.embed.parse(raw).value ? { embed: true } : {};
}

/** Keys already computed, by parameter object: the store replaces `params`, never mutates it. */
const keysByParams = new WeakMap<Params, string>();

/**
 * A string that names a parameter set: equal parameters give equal keys. It is their URL hash,
 * computed once per parameter object (store selectors ask for it on every state change).
 */
export function paramsKey(params: Params): string {
  let key = keysByParams.get(params);
  if (key === undefined) {
    key = encodeHash(params);
    keysByParams.set(params, key);
  }
  return key;
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
    const field = FIELD_BY_URL_KEY.get(key);
    if (field === undefined) {
      unknownCount += 1;
      if (unknown.length < NAMED_UNKNOWN_KEYS) unknown.push(`"${quote(key)}"`);
      continue;
    }
    if (raw.has(field)) repeated.add(field);
    raw.set(field, value);
  }

  // A link to a scene takes the parameters it does not give from that scene's setup.
  const linkedScene = FIELDS.scene.parse(raw.get('scene') ?? '').value ?? null;
  const state: UrlState = { ...DEFAULT_STATE, ...(linkedScene === null ? {} : sceneParams(linkedScene)) };
  const notices: string[] = [];
  for (const field of FIELD_ORDER) {
    const value = raw.get(field);
    if (value === undefined) continue;
    const problem = decodeField(field, value, state);
    if (problem) notices.push(problem);
    if (repeated.has(field)) notices.push(`${FIELDS[field].key} appears more than once; using the last`);
  }
  if (state.layer !== null && state.layer > state.depth) {
    notices.push(`layer=${state.layer} is beyond depth ${state.depth}; using ${state.depth}`);
    state.layer = state.depth;
  }
  if (unknownCount > 0) {
    const more = unknownCount > unknown.length ? `, … (${unknownCount} in all)` : '';
    notices.push(`Ignored unknown ${unknownCount === 1 ? 'key' : 'keys'} ${unknown.join(', ')}${more}`);
  }
  return { params: pick(state, PARAM_ORDER), view: viewOf(state), notices: capNotices(notices) };
}

/** The view in `state`; the optional fields appear only when set, so a view without them reads back as written. */
function viewOf(state: UrlState): UrlView {
  const { panel, layer, lock, hide, embed, scene, present, theory, phase, spectrum, preset, ex, exercise, exlock } = state;
  const trainingSet = TRAINING_ORDER.some((field) => !isDefault(field, state));
  return {
    panel, layer, lock, hide, embed,
    ...(scene === null || scene === undefined ? {} : { scene }),
    ...(present ? { present } : {}),
    ...(theory ? { theory } : {}),
    ...(phase ? { phase } : {}),
    ...(spectrum ? { spectrum } : {}),
    ...(trainingSet ? { training: pick(state, TRAINING_ORDER) } : {}),
    ...(preset ? { preset } : {}),
    ...(ex === null || ex === undefined ? {} : { ex }),
    ...(exercise === null || exercise === undefined ? {} : { exercise }),
    ...(exlock ? { exlock } : {}),
  };
}

function pick<K extends UrlField>(state: UrlState, fields: readonly K[]): Pick<UrlState, K> {
  return Object.fromEntries(fields.map((field) => [field, state[field]])) as Pick<UrlState, K>;
}

/** Writes the parsed value into `state`; returns the notice for it, if any. */
function decodeField<K extends UrlField>(field: K, raw: string, state: UrlState): string | null {
  const spec: Field<UrlState[K]> = FIELDS[field];
  const { value, problem } = spec.parse(raw);
  state[field] = value;
  return problem ? `${spec.key}=${quote(raw)} ${problem}; using ${spec.format(value) || 'none'}` : null;
}

function formatField<K extends UrlField>(field: K, state: UrlState): string {
  const spec: Field<UrlState[K]> = FIELDS[field];
  return spec.format(state[field]);
}

function isDefault(field: UrlField, state: UrlState): boolean {
  return formatField(field, state) === formatField(field, DEFAULT_STATE);
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A stray '%' is not an escape: read the text as written.
    return part;
  }
}

function capNotices(notices: string[]): string[] {
  if (notices.length <= MAX_NOTICES) return notices;
  const shown = notices.slice(0, MAX_NOTICES - 1);
  return [...shown, `…and ${notices.length - shown.length} more problems in the link`];
}
