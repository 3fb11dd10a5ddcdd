// Shape checks for what arrives at a training worker: a well-formed request, or the error
// that says what is wrong, so a bad message never throws inside the worker. Ranges of the
// network and of η, B and the clip are left to the core, whose RangeError names the field.

import { TASKS } from '../core/training';
import type { TrainingRequest, TrainingRequestOf, TrainingRequestType } from './trainingProtocol';

type Fields = Record<string, unknown>;

/** Why a message is not a request. */
export interface DecodeFailure {
  type: 'malformed';
  message: string;
}

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const DECODERS: { [T in TrainingRequestType]: (raw: Fields, id: number) => TrainingRequestOf<T> | DecodeFailure } = {
  reset: (raw, id) => {
    if (raw.arch !== 'plain' && raw.arch !== 'residual') return malformed('arch must be plain or residual');
    if (!isObject(raw.config)) return malformed('reset has no config');
    const options = raw.options;
    if (!isObject(options)) return malformed('reset has no options');
    if (!(TASKS as readonly unknown[]).includes(options.task)) return malformed(`task must be one of ${TASKS.join(', ')}`);
    if (!isObject(options.optimizer) || (options.optimizer.kind !== 'sgd' && options.optimizer.kind !== 'adam')) {
      return malformed('optimizer must be sgd or adam');
    }
    const cadence = raw.cadence;
    if (!isObject(cadence) || !isCount(cadence.evalEvery) || !isCount(cadence.gridEvery) || !isCount(cadence.gridRes) || cadence.gridRes > 128) {
      return malformed('cadence needs whole evalEvery, gridEvery ≥ 1 and gridRes in 1..128');
    }
    return {
      type: 'reset',
      id,
      arch: raw.arch,
      config: raw.config as unknown as TrainingRequestOf<'reset'>['config'],
      options: options as unknown as TrainingRequestOf<'reset'>['options'],
      cadence: { evalEvery: cadence.evalEvery, gridEvery: cadence.gridEvery, gridRes: cadence.gridRes },
    };
  },
  advance: (raw, id) => {
    if (!Number.isInteger(raw.until) || (raw.until as number) < 0) return malformed('until must be a whole number ≥ 0');
    const rate = raw.stepsPerSecond;
    if (rate !== null && !(isFiniteNumber(rate) && rate > 0)) return malformed('stepsPerSecond must be a number > 0 or null');
    return { type: 'advance', id, until: raw.until as number, stepsPerSecond: rate, settle: raw.settle === true };
  },
  'learning-rate': (raw, id) => {
    if (!isFiniteNumber(raw.learningRate)) return malformed('learningRate must be a finite number');
    return { type: 'learning-rate', id, learningRate: raw.learningRate };
  },
};

/** The request in `data`, or why it is not one. */
export function decodeTrainingRequest(data: unknown): TrainingRequest | DecodeFailure {
  if (!isObject(data)) return malformed('request is not an object');
  if (!isFiniteNumber(data.id)) return malformed('request has no numeric id');
  const { type } = data;
  if (typeof type !== 'string' || !Object.hasOwn(DECODERS, type)) return malformed(`unknown request type ${String(type)}`);
  return DECODERS[type as TrainingRequestType](data, data.id);
}

function malformed(message: string): DecodeFailure {
  return { type: 'malformed', message: `malformed training request: ${message}` };
}
