// The training panel's own settings (task, optimiser, η, minibatch, clip, pace, run length),
// their accepted values, and how they become the core's TrainerOptions. Like params.ts, every
// value is cleaned on the way in, so the slice and the worker can trust them.

import type { OptimizerSpec, TaskName, TrainerOptions, TrainingPreset } from '../core/training';
import { TASKS } from '../core/training';

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerChoice = (typeof OPTIMIZERS)[number];

export interface TrainingSettings {
  task: TaskName;
  optimizer: OptimizerChoice;
  /** η */
  learningRate: number;
  /** B: points per step */
  batchSize: number;
  /** whether to clip ∇_θ L to the global norm `clip` */
  clipOn: boolean;
  clip: number;
  /** null: as fast as the worker goes */
  stepsPerSecond: number | null;
  /** steps one press of play trains */
  runLength: number;
}

export const MOMENTUM = 0.9;
export const LEARNING_RATE_RANGE = { min: 1e-4, max: 10 } as const;
export const BATCH_SIZES = [4, 8, 16, 32, 64, 128] as const;
export const CLIP_NORMS = [0.1, 1, 10] as const;
export const SPEEDS: readonly (number | null)[] = [1, 2, 5, 10, 20, 50, 100, null];
export const RUN_LENGTHS = [50, 100, 150, 200, 300, 500, 1000, 3000] as const;

/** The lesson preset's options: circles, SGD with momentum 0.9, η = 0.02, B = 16, 150 steps. */
export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  task: 'circles',
  optimizer: 'momentum',
  learningRate: 0.02,
  batchSize: 16,
  clipOn: false,
  clip: 1,
  stepsPerSecond: 50,
  runLength: 150,
};

/** η kept to three significant digits inside its range; anything else gives undefined. */
export function cleanLearningRate(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const clamped = Math.min(LEARNING_RATE_RANGE.max, Math.max(LEARNING_RATE_RANGE.min, value));
  return Number(clamped.toPrecision(3));
}

const oneOf = <T>(choices: readonly T[], value: unknown): T | undefined => choices.find((c) => c === value);

/** The cleaned value of one setting, or undefined when `value` cannot be one. */
export function cleanSetting<K extends keyof TrainingSettings>(key: K, value: unknown): TrainingSettings[K] | undefined {
  const cleaners: { [P in keyof TrainingSettings]: (v: unknown) => TrainingSettings[P] | undefined } = {
    task: (v) => oneOf(TASKS, v),
    optimizer: (v) => oneOf(OPTIMIZERS, v),
    learningRate: cleanLearningRate,
    batchSize: (v) => oneOf(BATCH_SIZES, v),
    clipOn: (v) => (typeof v === 'boolean' ? v : undefined),
    clip: (v) => oneOf(CLIP_NORMS, v),
    stepsPerSecond: (v) => oneOf(SPEEDS, v),
    runLength: (v) => oneOf(RUN_LENGTHS, v),
  };
  return cleaners[key](value) as TrainingSettings[K] | undefined;
}

export function optimizerSpec(choice: OptimizerChoice): OptimizerSpec {
  if (choice === 'adam') return { kind: 'adam' };
  return { kind: 'sgd', momentum: choice === 'momentum' ? MOMENTUM : 0 };
}

function optimizerChoice(spec: OptimizerSpec): OptimizerChoice {
  if (spec.kind === 'adam') return 'adam';
  return (spec.momentum ?? MOMENTUM) > 0 ? 'momentum' : 'sgd';
}

/** The core's options for these settings; the data and minibatch order follow the page's seed. */
export function trainerOptions(settings: TrainingSettings, seed: number): TrainerOptions {
  return {
    task: settings.task,
    optimizer: optimizerSpec(settings.optimizer),
    learningRate: settings.learningRate,
    batchSize: settings.batchSize,
    clip: settings.clipOn ? settings.clip : null,
    seed,
  };
}

/** `settings` with a preset's options and run length (the pace stays the reader's). */
export function settingsOfPreset(settings: TrainingSettings, preset: TrainingPreset): TrainingSettings {
  const { options } = preset;
  const clip = options.clip ?? null;
  return {
    ...settings,
    task: options.task,
    optimizer: optimizerChoice(options.optimizer),
    learningRate: cleanLearningRate(options.learningRate) ?? settings.learningRate,
    batchSize: cleanSetting('batchSize', options.batchSize) ?? settings.batchSize,
    clipOn: clip !== null,
    clip: clip === null ? settings.clip : (cleanSetting('clip', clip) ?? settings.clip),
    runLength: cleanSetting('runLength', preset.steps) ?? settings.runLength,
  };
}
