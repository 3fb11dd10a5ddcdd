// Exercise progress in the browser's localStorage, under one versioned key, per exercise set:
//   gradient-flow.exercises = {"version":1,"sets":{"s4711":{"status":{…},"prediction":…}}}
// Reading never throws: storage that is missing, blocked, unparsable, of another version or
// of the wrong shape reads as no progress, with a notice saying so; the next save replaces it.

import { EMPTY_PROGRESS, isGrowth, isStatus, ITEMS, type Prediction, type Progress } from './exercisesProgress';

export const STORAGE_KEY = 'gradient-flow.exercises';
export const STORAGE_VERSION = 1;
/** Sets kept; the oldest are dropped beyond it, so storage cannot grow without bound. */
const MAX_SETS = 50;

/** The part of Storage used here; tests pass a Map-backed fake. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface StoredProgress {
  progress: Progress;
  /** why stored progress was ignored, when it was */
  notice: string | null;
}

const CORRUPT = 'Saved exercise progress could not be read and was ignored; your next answer starts a fresh record.';

/** localStorage, or null where the browser blocks it. */
export function browserProgressStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readAll(storage: ProgressStorage | null): { sets: Record<string, unknown>; notice: string | null } {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { sets: {}, notice: 'This browser does not let the page keep exercise progress.' };
  }
  if (text === null) return { sets: {}, notice: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { sets: {}, notice: CORRUPT };
  }
  if (!isRecord(data)) return { sets: {}, notice: CORRUPT };
  if (data.version !== STORAGE_VERSION) {
    return { sets: {}, notice: `Saved exercise progress is from another version of the page (${String(data.version).slice(0, 12)}) and was ignored.` };
  }
  return isRecord(data.sets) ? { sets: data.sets, notice: null } : { sets: {}, notice: CORRUPT };
}

/** Not a bare number: integer-like keys would not keep their insertion order. */
const setKey = (seed: number) => `s${seed}`;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readPrediction(v: unknown): Prediction | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !isGrowth(v.said) || !Number.isInteger(v.scene)) return undefined;
  const decade = Number.isInteger(v.decade) ? (v.decade as number) : null;
  let saw: Prediction['saw'] = null;
  if (v.saw !== null) {
    if (!isRecord(v.saw) || !isGrowth(v.saw.growth) || !Number.isFinite(v.saw.log10)) return undefined;
    saw = { growth: v.saw.growth, log10: v.saw.log10 as number };
  }
  return { said: v.said, decade, scene: v.scene as number, saw };
}

/** One set's progress as stored, or undefined when its shape is wrong. */
function readSet(v: unknown): Progress | undefined {
  if (!isRecord(v) || !isRecord(v.status)) return undefined;
  const status: Progress['status'] = {};
  for (const item of ITEMS) {
    if (item === 'predict') continue;
    const s = v.status[item];
    if (s === undefined) continue;
    if (!isStatus(s)) return undefined;
    status[item] = s;
  }
  const prediction = readPrediction(v.prediction ?? null);
  return prediction === undefined ? undefined : { status, prediction };
}

/** The stored progress of exercise set `seed`. */
export function readProgress(storage: ProgressStorage | null, seed: number): StoredProgress {
  const { sets, notice } = readAll(storage);
  if (notice !== null) return { progress: EMPTY_PROGRESS, notice };
  const raw = sets[setKey(seed)];
  if (raw === undefined) return { progress: EMPTY_PROGRESS, notice: null };
  const progress = readSet(raw);
  return progress === undefined ? { progress: EMPTY_PROGRESS, notice: CORRUPT } : { progress, notice: null };
}

/** Stores set `seed`'s progress beside the others; false when the browser refused. */
export function writeProgress(storage: ProgressStorage | null, seed: number, progress: Progress): boolean {
  if (storage === null) return false;
  const { sets, notice } = readAll(storage);
  const kept: Record<string, unknown> = notice === null ? { ...sets } : {};
  delete kept[setKey(seed)];
  kept[setKey(seed)] = progress;
  const keys = Object.keys(kept);
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_SETS))) delete kept[key];
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, sets: kept }));
    return true;
  } catch {
    return false;
  }
}
