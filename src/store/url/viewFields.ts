// How the page is shown, in the URL: the open panel, the selected layer, locked and hidden
// controls, embed and presentation modes, the guided scene, the deeper views, and the
// training panel's settings. Never what is computed. Each is written only when not default.

import type { PresetName } from '../../core/training';
import { SCENES } from '../classroomScenes';
import { UI_LIMITS } from '../params';
import { canonicalControls, PANELS, SHARE_CONTROLS, type PanelName, type ShareControl } from '../shareSlice';
import type { PhaseMode } from '../theoryPlan';
import type { TrainingSettings } from '../trainingSettings';
import { exerciseNumberField, exerciseSeedField } from './exerciseFields';
import { flagField, optional, quote, type Field, type FieldTable } from './field';
import { PARAM_FIELDS } from './paramFields';
import { presetField } from './trainingFields';

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
  /** the training panel's settings; absent when they are the defaults */
  training?: TrainingSettings;
  /** the training preset last applied; absent when none */
  preset?: PresetName | null;
  /** the exercise set's seed; absent for the default set */
  ex?: number | null;
  /** the exercise a link opens, 1..6; absent when none */
  exercise?: number | null;
  /** the exercise set is fixed by the link; absent when not */
  exlock?: boolean;
}

/** The view fields that are one URL key each (the training settings are several). */
export type FlatView = Omit<UrlView, 'training'>;

export const DEFAULT_VIEW: UrlView = { panel: null, layer: null, lock: [], hide: [], embed: false };

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
for (const control of SHARE_CONTROLS) {
  CONTROL_BY_NAME.set(PARAM_FIELDS[control].key, control);
  CONTROL_BY_NAME.set(control.toLowerCase(), control);
}

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
      const controls = SHARE_CONTROLS.map((c) => PARAM_FIELDS[c].key).join(', ');
      return { value, problem: `names no control "${quote(unknown[0])}"${more} (controls: ${controls})` };
    },
    format: (value) => value.map((c) => PARAM_FIELDS[c].key).join(','),
  };
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

/** Every one-key view field, in the order the URL lists them. */
export const VIEW_FIELDS: FieldTable<FlatView> = {
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
  preset: presetField('preset'),
  ex: exerciseSeedField('ex'),
  exercise: exerciseNumberField('exercise'),
  exlock: optional(flagField('exlock'), false),
};
