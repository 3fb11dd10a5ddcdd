// What the page keeps of one architecture's training run, and how a worker report is merged
// into it. Histories stay bounded however long a run trains: past a cap, every other point is
// dropped and the spacing doubles (the newest point is always kept), so a chart of 50 000 steps
// draws about as many points as one of 500, and every state is a new object for React.

import type { EvaluationPoint, GridSnapshot, TrainingReport } from '../worker/trainingProtocol';

/** Points at steps that are multiples of `stride`, plus the newest point whatever its step. */
export interface Thinned<T> {
  stride: number;
  steps: readonly number[];
  values: readonly T[];
}

export const MAX_LOSS_POINTS = 1200;
export const MAX_GRAD_SNAPSHOTS = 300;

export interface ArchRun {
  /** updates applied */
  step: number;
  /** minibatch loss per step (step t: the loss update t was computed from) */
  losses: Thinned<number>;
  /** loss and accuracy on the whole sets, at the cadence's steps and wherever the run stopped */
  evaluations: readonly EvaluationPoint[];
  /** log10 RMS ‖∇_{F_k}ℓ‖ per layer; step 0 before training, step t the gradient update t used */
  grads: Thinned<Float64Array>;
  grid: GridSnapshot | null;
  /** the step at which the run diverged, or null */
  diverged: number | null;
  /** steps whose gradient the clip shortened */
  clipped: number;
  /** the worker has reached its target (or stopped) and waits */
  idle: boolean;
  /** recent wall-clock ms per step, null before any step */
  stepMs: number | null;
  /** the worker has reported at least once */
  started: boolean;
}

export const emptyThinned = <T>(): Thinned<T> => ({ stride: 1, steps: [], values: [] });

export const emptyArchRun = (): ArchRun => ({
  step: 0,
  losses: emptyThinned(),
  evaluations: [],
  grads: emptyThinned(),
  grid: null,
  diverged: null,
  clipped: 0,
  idle: true,
  stepMs: null,
  started: false,
});

/** `history` with the points appended (steps increasing), thinned to at most `max` points. */
export function appendThinned<T>(history: Thinned<T>, steps: readonly number[], values: readonly T[], max: number): Thinned<T> {
  if (steps.length === 0) return history;
  let stride = history.stride;
  const outSteps = history.steps.slice();
  const outValues = history.values.slice();
  for (let i = 0; i < steps.length; i++) {
    // the previous newest point stays only if it sits on the stride and is not being replaced
    const last = outSteps.length - 1;
    if (last >= 0 && (outSteps[last] % stride !== 0 || outSteps[last] === steps[i])) {
      outSteps.pop();
      outValues.pop();
    }
    outSteps.push(steps[i]);
    outValues.push(values[i]);
    while (outSteps.length > max) {
      stride *= 2;
      thinInPlace(outSteps, outValues, stride);
    }
  }
  return { stride, steps: outSteps, values: outValues };
}

/** Keeps the points on the stride and the newest one. */
function thinInPlace<T>(steps: number[], values: T[], stride: number): void {
  let w = 0;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i] % stride === 0 || i === steps.length - 1) {
      steps[w] = steps[i];
      values[w] = values[i];
      w += 1;
    }
  }
  steps.length = w;
  values.length = w;
}

/** The value at the largest kept step ≤ `step` (the first point when all are later), or null. */
export function atOrBefore<T>(history: Thinned<T>, step: number): { step: number; value: T } | null {
  const { steps, values } = history;
  if (steps.length === 0) return null;
  let lo = 0;
  let hi = steps.length - 1;
  if (steps[0] > step) return { step: steps[0], value: values[0] };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid] <= step) lo = mid;
    else hi = mid - 1;
  }
  return { step: steps[lo], value: values[lo] };
}

/** `run` after one report from its worker. */
export function mergeReport(run: ArchRun, report: TrainingReport): ArchRun {
  const lossSteps = Array.from(report.losses, (_, i) => report.step - report.losses.length + 1 + i);
  const rows = report.gradSteps.length;
  const layers = rows > 0 ? report.gradNorms.length / rows : 0;
  const gradRows = Array.from({ length: rows }, (_, j) => report.gradNorms.slice(j * layers, (j + 1) * layers));
  const newSteps = new Set(report.evaluations.map((e) => e.step));
  const evaluations = report.evaluations.length === 0 ? run.evaluations : [...run.evaluations.filter((e) => !newSteps.has(e.step)), ...report.evaluations];
  return {
    step: report.step,
    losses: appendThinned(run.losses, lossSteps, Array.from(report.losses), MAX_LOSS_POINTS),
    evaluations,
    grads: appendThinned(run.grads, Array.from(report.gradSteps), gradRows, MAX_GRAD_SNAPSHOTS),
    grid: report.grid ?? run.grid,
    diverged: report.diverged,
    clipped: run.clipped + report.clipped,
    idle: report.idle,
    stepMs: report.stepMs === null ? run.stepMs : run.stepMs === null ? report.stepMs : 0.7 * run.stepMs + 0.3 * report.stepMs,
    started: true,
  };
}
