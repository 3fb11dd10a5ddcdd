// The training slice: the panel's settings, the two runs as their workers report them, and
// what the reader asked for (play, pause, one step, reset, a preset, a step to look at). The
// actions only change state; trainingSync.ts turns that state into worker requests.

import { TRAINING_PRESETS, type PresetName } from '../core/training';
import type { Arch } from '../core';
import type { TaskPoints, TrainingReport } from '../worker/trainingProtocol';
import type { SliceCreator } from './store';
import { emptyArchRun, mergeReport, type ArchRun } from './trainingRun';
import { cleanSetting, DEFAULT_TRAINING_SETTINGS, settingsOfPreset, type TrainingSettings } from './trainingSettings';

export interface TrainingRunState {
  /** the settings it was started with (trainingRunKey); '' before the first run */
  key: string;
  /** depth L of the networks being trained */
  depth: number;
  /** why this network is not trained here, or null */
  blocked: string | null;
  /** the training set, once a worker has sent it */
  data: TaskPoints | null;
  plain: ArchRun;
  residual: ArchRun;
}

export interface TrainingSlice {
  trainingSettings: TrainingSettings;
  trainingRun: TrainingRunState;
  /** the step both runs are asked to reach */
  trainingTarget: number;
  /** where a press of play stops: the progress bar's end */
  trainingGoal: number;
  trainingPlaying: boolean;
  /** the step the gradient chart shows; null follows the newest */
  trainingScrub: number | null;
  /** the panel has been seen or used; the workers start only then */
  trainingActive: boolean;
  /** counts presses of Reset, so the same settings can start again */
  trainingResets: number;
  /** the preset applied last (the panel checks whether it still matches) */
  trainingPreset: PresetName | null;
  trainingError: string | null;

  setTrainingSetting<K extends keyof TrainingSettings>(key: K, value: TrainingSettings[K]): void;
  /** Sets every setting and the preset label, as a link gives them; changes nothing else. */
  restoreTraining(settings: TrainingSettings, preset: PresetName | null): void;
  activateTraining(): void;
  playTraining(): void;
  pauseTraining(): void;
  stepTraining(): void;
  resetTraining(): void;
  /** Sets the page's parameters and the training settings of a preset, and starts afresh. */
  applyTrainingPreset(name: PresetName): void;
  scrubTraining(step: number | null): void;
  /** A new run has been sent to the workers (trainingSync calls this). */
  beginTrainingRun(key: string, depth: number, blocked: string | null): void;
  receiveTrainingReport(report: TrainingReport): void;
  setTrainingError(message: string | null): void;
}

export const TRAINING_ARCHS: readonly Arch[] = ['plain', 'residual'];

const emptyRun = (key: string, depth: number, blocked: string | null): TrainingRunState => ({
  key, depth, blocked, data: null, plain: emptyArchRun(), residual: emptyArchRun(),
});

/** The runs that can still step (not diverged). */
export function liveRuns(run: TrainingRunState): ArchRun[] {
  return TRAINING_ARCHS.map((arch) => run[arch]).filter((r) => r.diverged === null);
}

/** The step both live runs have reached (with none live, the furthest either got). */
export function commonStep(run: TrainingRunState): number {
  const live = liveRuns(run);
  if (live.length === 0) return Math.max(run.plain.step, run.residual.step);
  return Math.min(...live.map((r) => r.step));
}

/** The furthest step a live run has reached. */
export function leadStep(run: TrainingRunState): number {
  const live = liveRuns(run);
  return live.length === 0 ? commonStep(run) : Math.max(...live.map((r) => r.step));
}

/** The newest step with a gradient measurement: the lead step, or the step a run diverged at. */
export function lastSnapshotStep(run: TrainingRunState): number {
  const last = TRAINING_ARCHS.map((arch) => run[arch].grads.steps.at(-1) ?? 0);
  return Math.max(leadStep(run), ...last);
}

/** The next multiple of `length` after `step`. */
export function nextGoal(step: number, length: number): number {
  return (Math.floor(step / length) + 1) * length;
}

export const createTrainingSlice: SliceCreator<TrainingSlice> = (set, get) => ({
  trainingSettings: DEFAULT_TRAINING_SETTINGS,
  trainingRun: emptyRun('', 0, null),
  trainingTarget: 0,
  trainingGoal: DEFAULT_TRAINING_SETTINGS.runLength,
  trainingPlaying: false,
  trainingScrub: null,
  trainingActive: false,
  trainingResets: 0,
  trainingPreset: null,
  trainingError: null,

  setTrainingSetting: (key, value) => {
    const { trainingSettings: settings, trainingRun: run } = get();
    const clean = cleanSetting(key, value);
    if (clean === undefined || clean === settings[key]) return;
    const next = { ...settings, [key]: clean };
    if (key !== 'runLength') return set({ trainingSettings: next });
    const at = commonStep(run);
    const goal = at < next.runLength ? next.runLength : nextGoal(at, next.runLength);
    set({ trainingSettings: next, trainingGoal: goal, ...(get().trainingPlaying ? { trainingTarget: goal } : {}) });
  },

  restoreTraining: (settings, preset) => {
    for (const key of Object.keys(settings) as (keyof TrainingSettings)[]) get().setTrainingSetting(key, settings[key]);
    if (get().trainingPreset !== preset) set({ trainingPreset: preset });
  },

  activateTraining: () => {
    if (!get().trainingActive) set({ trainingActive: true });
  },

  playTraining: () => {
    const { trainingRun: run, trainingGoal, trainingSettings } = get();
    if (run.blocked || liveRuns(run).length === 0) return;
    const at = commonStep(run);
    const goal = at < trainingGoal ? trainingGoal : nextGoal(at, trainingSettings.runLength);
    set({ trainingActive: true, trainingPlaying: true, trainingGoal: goal, trainingTarget: goal, trainingScrub: null });
  },

  pauseTraining: () => set({ trainingPlaying: false, trainingTarget: leadStep(get().trainingRun) }),

  stepTraining: () => {
    const { trainingRun: run, trainingGoal, trainingSettings } = get();
    if (run.blocked || liveRuns(run).length === 0) return;
    const target = leadStep(run) + 1;
    const goal = target <= trainingGoal ? trainingGoal : nextGoal(target - 1, trainingSettings.runLength);
    set({ trainingActive: true, trainingPlaying: false, trainingTarget: target, trainingGoal: goal, trainingScrub: null });
  },

  resetTraining: () => set({ trainingActive: true, trainingResets: get().trainingResets + 1 }),

  applyTrainingPreset: (name) => {
    const preset = TRAINING_PRESETS[name];
    get().setParams(preset.config);
    set({
      trainingSettings: settingsOfPreset(get().trainingSettings, preset),
      trainingPreset: name,
      trainingActive: true,
      trainingResets: get().trainingResets + 1,
    });
  },

  scrubTraining: (step) => {
    if (step === null) return set({ trainingScrub: null });
    const last = lastSnapshotStep(get().trainingRun);
    const clamped = Math.max(0, Math.min(last, Math.round(step)));
    set({ trainingScrub: Number.isFinite(clamped) ? clamped : null });
  },

  beginTrainingRun: (key, depth, blocked) =>
    set({
      trainingRun: emptyRun(key, depth, blocked),
      trainingTarget: 0,
      trainingGoal: get().trainingSettings.runLength,
      trainingPlaying: false,
      trainingScrub: null,
      trainingError: null,
    }),

  receiveTrainingReport: (report) => {
    const { trainingRun: run, trainingPlaying, trainingTarget } = get();
    const next: TrainingRunState = { ...run, [report.arch]: mergeReport(run[report.arch], report), data: run.data ?? report.data ?? null };
    const live = liveRuns(next);
    const arrived = live.every((r) => r.step >= trainingTarget && r.idle);
    // a run that was past a pause when it heard of it: the other catches up to where it stopped
    const overshot = !trainingPlaying && report.diverged === null && report.step > trainingTarget;
    set({
      trainingRun: next,
      ...(trainingPlaying && (live.length === 0 || arrived) ? { trainingPlaying: false } : {}),
      ...(overshot ? { trainingTarget: report.step } : {}),
    });
  },

  setTrainingError: (message) => set({ trainingError: message, ...(message === null ? {} : { trainingPlaying: false }) }),
});
