// The training panel's settings in the URL: `task=xor&opt=adam&lr=0.01&mb=32&clip=on&…`,
// each written only when it differs from the panel's default, so a link without training
// keeps its short form. The preset last applied is a label: it sets nothing by itself.

import { TASKS, TRAINING_PRESETS, type PresetName } from '../../core/training';
import {
  BATCH_SIZES,
  CLIP_NORMS,
  cleanLearningRate,
  DEFAULT_TRAINING_SETTINGS,
  LEARNING_RATE_RANGE,
  OPTIMIZERS,
  RUN_LENGTHS,
  SPEEDS,
  type TrainingSettings,
} from '../trainingSettings';
import { choiceField, flagField, nearestField, nearestOnLogScale, parseDecimal, type Field, type FieldTable } from './field';

const DEFAULTS = DEFAULT_TRAINING_SETTINGS;

/** η: any number in its range, kept to three significant digits as the slider keeps it. */
function learningRateField(key: string): Field<number> {
  return {
    key,
    parse(raw) {
      const n = parseDecimal(raw);
      if (n === null) return { value: DEFAULTS.learningRate, problem: 'is not a number' };
      // clamped first, so that 1e999 (Infinity) reads as the largest rate
      const { min, max } = LEARNING_RATE_RANGE;
      const value = cleanLearningRate(Math.min(max, Math.max(min, n))) ?? DEFAULTS.learningRate;
      return n >= min && n <= max ? { value } : { value, problem: 'is out of range' };
    },
    format: (value) => String(value),
  };
}

/** Steps per second, or `max` for as fast as the worker goes. */
function paceField(key: string): Field<number | null> {
  const rates = SPEEDS.filter((s): s is number => s !== null);
  const problem = `is not one of ${rates.join(', ')}, max`;
  return {
    key,
    parse(raw) {
      if (raw.trim().toLowerCase() === 'max') return { value: null };
      const n = parseDecimal(raw);
      if (n === null) return { value: DEFAULTS.stepsPerSecond, problem };
      const exact = rates.find((r) => r === n);
      return exact === undefined ? { value: nearestOnLogScale(rates, n), problem } : { value: exact };
    },
    format: (value) => (value === null ? 'max' : String(value)),
  };
}

export const PRESET_NAMES = Object.keys(TRAINING_PRESETS) as PresetName[];

/** The preset last applied (`preset=deepTanh`), or none. */
export function presetField(key: string): Field<PresetName | null | undefined> {
  const choice = choiceField<PresetName | 'none'>(key, [...PRESET_NAMES, 'none'], 'none');
  return {
    key,
    parse(raw) {
      if (raw.trim() === '') return { value: null };
      const { value, problem } = choice.parse(raw);
      return { value: value === 'none' ? null : value, ...(problem ? { problem } : {}) };
    },
    format: (value) => value ?? '',
  };
}

/** Every training setting, in the order the URL lists them. */
export const TRAINING_FIELDS: FieldTable<TrainingSettings> = {
  task: choiceField('task', TASKS, DEFAULTS.task),
  optimizer: choiceField('opt', OPTIMIZERS, DEFAULTS.optimizer),
  learningRate: learningRateField('lr'),
  batchSize: nearestField('mb', BATCH_SIZES, DEFAULTS.batchSize),
  clipOn: flagField('clip', ['on', 'off']),
  clip: nearestField('clipnorm', CLIP_NORMS, DEFAULTS.clip),
  stepsPerSecond: paceField('pace'),
  runLength: nearestField('steps', RUN_LENGTHS, DEFAULTS.runLength),
};
