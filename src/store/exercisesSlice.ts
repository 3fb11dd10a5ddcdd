// The exercises slice: which exercise set the student works on (the link's `ex=SEED`), whether
// the link locks it, which exercise a link opens (`exercise=3`), and the progress on the set.
// The numbers themselves are not state: core/exercises draws them again from the seed.

import type { Growth } from '../core/exercises';
import { EMPTY_PROGRESS, nextStatus, type ItemId, type Progress } from './exercisesProgress';
import type { SliceCreator } from './store';

/** The set a page without `ex=` shows. */
export const DEFAULT_EXERCISE_SEED = 1;
/** Exercises are numbered 1..EXERCISE_COUNT, as the sheet's parts. */
export const EXERCISE_COUNT = 6;
export const MAX_EXERCISE_SEED = 0xffffffff;

export interface ExercisesSlice {
  /** the link's exercise seed; null when the link gives none (the default set) */
  exSeed: number | null;
  /** the link fixes the set: the student cannot draw new numbers */
  exLocked: boolean;
  /** the exercise a link opens (1..6): scrolled to, and alone on screen in presentation mode */
  exerciseOpen: number | null;
  /** Sets the seed, unless the set is locked; integers in [0, 2³²) only. */
  setExSeed(seed: number | null): void;
  /** Applies the link's fields, locked or not. */
  setExerciseLink(seed: number | null, locked: boolean, open: number | null): void;
  openExercise(n: number | null): void;

  /** the student's progress on the current set */
  exProgress: Progress;
  /** why stored progress was ignored, shown in the section */
  exStorageNotice: string | null;
  /** Replaces the progress (read from storage when the set changes). */
  loadExProgress(progress: Progress, notice: string | null): void;
  dismissExStorageNotice(): void;
  /** Records a check of an item (parts 1–5): right, tried (something wrong or missing), wrong, or shown. */
  recordExercise(item: Exclude<ItemId, 'predict'>, outcome: 'right' | 'tried' | 'wrong' | 'shown'): void;
  /** Part 6: the prediction, made before the reveal; a new one replaces the old. */
  recordPrediction(said: Growth, decade: number | null, scene: number): void;
  /** Part 6: what the chart showed, once, for the prediction on record. */
  recordOutcome(growth: Growth, log10: number): void;
}

/** The seed the page uses. */
export function exerciseSeedOf(s: Pick<ExercisesSlice, 'exSeed'>): number {
  return s.exSeed ?? DEFAULT_EXERCISE_SEED;
}

const validSeed = (seed: number | null) => seed === null || (Number.isInteger(seed) && seed >= 0 && seed <= MAX_EXERCISE_SEED);
const validOpen = (n: number | null) => n === null || (Number.isInteger(n) && n >= 1 && n <= EXERCISE_COUNT);

export const createExercisesSlice: SliceCreator<ExercisesSlice> = (set, get) => ({
  exSeed: null,
  exLocked: false,
  exerciseOpen: null,
  setExSeed: (seed) => {
    if (get().exLocked || !validSeed(seed) || seed === get().exSeed) return;
    set({ exSeed: seed });
  },
  setExerciseLink: (seed, locked, open) => {
    set({
      exSeed: validSeed(seed) ? seed : null,
      exLocked: locked,
      exerciseOpen: validOpen(open) ? open : null,
    });
  },
  openExercise: (n) => {
    if (validOpen(n) && n !== get().exerciseOpen) set({ exerciseOpen: n });
  },

  exProgress: EMPTY_PROGRESS,
  exStorageNotice: null,
  loadExProgress: (progress, notice) => set({ exProgress: progress, exStorageNotice: notice }),
  dismissExStorageNotice: () => set({ exStorageNotice: null }),
  recordExercise: (item, outcome) => {
    const { exProgress } = get();
    const status = nextStatus(exProgress.status[item], outcome);
    if (status !== exProgress.status[item]) set({ exProgress: { ...exProgress, status: { ...exProgress.status, [item]: status } } });
  },
  recordPrediction: (said, decade, scene) => {
    const decadeOk = decade === null || Number.isInteger(decade);
    if (!decadeOk || !Number.isInteger(scene)) return;
    set({ exProgress: { ...get().exProgress, prediction: { said, decade, scene, saw: null } } });
  },
  recordOutcome: (growth, log10) => {
    const { exProgress } = get();
    const p = exProgress.prediction;
    if (p === null || p.saw !== null || !Number.isFinite(log10)) return;
    set({ exProgress: { ...exProgress, prediction: { ...p, saw: { growth, log10 } } } });
  },
});
