// The messages between the page and a training worker. Each worker trains one architecture,
// so plain and residual run on two cores; the page sends both the same commands. A reset
// starts a run and its id names that run: every reply carries it, so the page drops replies
// from a run it has since replaced. Everything else the worker is told is a target step.

import type { Arch, NetworkConfig } from '../core';
import type { Evaluation, TaskName, TrainerOptions } from '../core/training';

/** How often a run measures itself, fixed per run so both architectures measure at the same steps. */
export interface Cadence {
  /** evaluate on the whole train and test sets every this many steps */
  evalEvery: number;
  /** recompute the decision grid every this many steps */
  gridEvery: number;
  /** the decision grid is res×res cells */
  gridRes: number;
}

/** Start a new run at step 0 (replacing any run in progress). */
export interface ResetRequest {
  type: 'reset';
  id: number;
  arch: Arch;
  config: NetworkConfig;
  options: TrainerOptions;
  cadence: Cadence;
}

/**
 * Train until `until` steps have been applied, at most `stepsPerSecond` steps a second (null:
 * as fast as the core goes). `settle`: `until` is where the run stops, so measure everything
 * there; otherwise the worker is only waiting for the other architecture to catch up.
 */
export interface AdvanceRequest {
  type: 'advance';
  id: number;
  until: number;
  stepsPerSecond: number | null;
  settle: boolean;
}

/** Change η; the run continues with the optimiser's state. */
export interface LearningRateRequest {
  type: 'learning-rate';
  id: number;
  learningRate: number;
}

export type TrainingRequest = ResetRequest | AdvanceRequest | LearningRateRequest;
export type TrainingRequestType = TrainingRequest['type'];
export type TrainingRequestOf<T extends TrainingRequestType> = Extract<TrainingRequest, { type: T }>;

/** The task's training points, sent once per run for the decision map to draw. */
export interface TaskPoints {
  task: TaskName;
  kind: 'classification' | 'regression';
  /** x_i = (x[2i], x[2i+1]) */
  x: Float64Array;
  /** class (0/1) or regression target of each point */
  y: Float64Array;
}

/** Loss and accuracy on the whole sets at one step. */
export interface EvaluationPoint extends Evaluation {
  step: number;
}

/** The model's output over the input square at one step (see Trainer.decisionGrid). */
export interface GridSnapshot {
  step: number;
  res: number;
  values: Float32Array;
}

/** What a run did since its previous report. */
export interface TrainingReport {
  type: 'report';
  /** id of the reset that started the run */
  runId: number;
  arch: Arch;
  /** updates applied so far */
  step: number;
  /** minibatch loss of each step after the previous report: steps step−losses.length+1 … step */
  losses: Float64Array;
  /**
   * log10 RMS ‖∇_{F_k}ℓ‖ for k = 0..L, one row of L+1 per entry of `gradSteps`: step 0 is measured
   * on the fixed probe batch before training, step t on the minibatch that update t used
   */
  gradSteps: Int32Array;
  gradNorms: Float64Array;
  /** how many of the new steps had their gradient shortened by the clip */
  clipped: number;
  evaluations: EvaluationPoint[];
  /** the newest decision grid, if one was computed since the previous report */
  grid: GridSnapshot | null;
  /** the step at which the run diverged and stopped, or null */
  diverged: number | null;
  /** true once the worker has nothing left to do until its next request */
  idle: boolean;
  /** mean wall-clock time of the new steps in ms (null when none were taken) */
  stepMs: number | null;
  /** the training set; only in the first report of a run */
  data?: TaskPoints;
}

/** A request failed; `runId` is the current run (−1 before any). */
export interface TrainingErrorReply {
  type: 'error';
  runId: number;
  arch: Arch | null;
  message: string;
}

export type TrainingReply = TrainingReport | TrainingErrorReply;

const REPLY_TYPES: ReadonlySet<string> = new Set<TrainingReply['type']>(['report', 'error']);

/** Shape check for what arrives from a training worker. */
export function isTrainingReply(data: unknown): data is TrainingReply {
  if (typeof data !== 'object' || data === null) return false;
  const { type, runId } = data as { type?: unknown; runId?: unknown };
  return typeof type === 'string' && REPLY_TYPES.has(type) && typeof runId === 'number';
}

/** The buffers a report can hand over instead of copying (each listed once, as postMessage requires). */
export function reportTransferables(report: TrainingReport): ArrayBuffer[] {
  const arrays: ArrayLike<number>[] = [report.losses, report.gradSteps, report.gradNorms];
  if (report.grid) arrays.push(report.grid.values);
  if (report.data) arrays.push(report.data.x, report.data.y);
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays as (Float64Array | Float32Array | Int32Array)[]) {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  }
  return [...buffers];
}
