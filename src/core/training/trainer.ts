// A training run of the page's network on one task: minibatch steps θ ← update(θ, ∇_θ L),
// measurements between steps, and a guard that stops a diverging run. Everything random
// comes from two seeds: config.seed draws the network (the one the page shows), options.seed
// draws the data and the minibatch order, so two runs with the same seeds agree bit for bit.

import { assertValidConfig, type Arch, type NetworkConfig } from '../config';
import { DEFAULT_SIZES, makeTask, type Task, type TaskName, type TaskSizes } from './datasets';
import { decisionGrid, scoreSet } from './evaluation';
import { createSampler, gatherRows } from './minibatches';
import { createModel, evaluationStatistics, layerGradientNorms, lossAndGradient } from './model';
import { clipByGlobalNorm, createOptimizer, type OptimizerSpec } from './optimizers';
import { allFinite, initialParameters, parameterCount, viewParameters } from './parameters';

export interface TrainerOptions {
  task: TaskName;
  optimizer: OptimizerSpec;
  /** η */
  learningRate: number;
  /** B: samples per step (at most the training set) */
  batchSize: number;
  /** clip ∇_θ L to this global norm; null or absent: no clipping */
  clip?: number | null;
  /** seeds the data and the minibatch order */
  seed: number;
  /** points in the train and test sets (default 300 and 200) */
  sizes?: TaskSizes;
}

export interface StepReport {
  /** updates applied so far */
  step: number;
  /**
   * minibatch loss at the parameters the step started from. Never NaN: once the run has
   * diverged it is the last finite loss (Infinity only if the very first pass overflowed).
   */
  loss: number;
  /** ‖∇_θ L‖ before clipping; after divergence, the last finite value (Infinity if none) */
  gradNorm: number;
  /** whether the clip shortened this step's gradient */
  clipped: boolean;
  /** per layer k = 0..L, log10 RMS_i ‖∇_{F_k}ℓ_i‖ on this step's minibatch (NaN if never measured) */
  layerGradNorms: Float64Array;
  /** set once the run stops: the step at which the loss or θ left the float range or blew up */
  diverged: { step: number } | null;
}

export interface Evaluation {
  trainLoss: number;
  testLoss: number;
  /** null for the regression task */
  trainAccuracy: number | null;
  testAccuracy: number | null;
}

export interface Trainer {
  readonly task: Task;
  readonly arch: Arch;
  /** one minibatch step; after divergence, repeats the final report without computing */
  step(): StepReport;
  /** loss and accuracy on the whole train and test sets at the current θ */
  evaluate(): Evaluation;
  /** per layer k = 0..L, log10 RMS_i ‖∇_{F_k}ℓ_i‖ on a fixed batch of training points at the current θ */
  gradNorms(): Float64Array;
  /** P(class 1) (or the regression output) on a res×res grid of the input square, row 0 at the top */
  decisionGrid(res: number): Float32Array;
  /** change η; the optimiser's state and the minibatch order carry on */
  setLearningRate(learningRate: number): void;
}

/** A loss this many times the first one counts as divergence even while still finite. */
export const DIVERGENCE_FACTOR = 1e6;
/** Training points in the fixed batch gradNorms() measures on. */
const PROBE_POINTS = 64;

/** Throws a RangeError naming the first option outside its accepted range. */
function assertValidOptions(options: TrainerOptions): void {
  const { learningRate, batchSize, clip } = options;
  if (!(Number.isFinite(learningRate) && learningRate >= 0)) throw new RangeError(`learningRate must be a finite number ≥ 0, got ${learningRate}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new RangeError(`batchSize must be an integer ≥ 1, got ${batchSize}`);
  if (clip !== undefined && clip !== null && !(clip > 0)) throw new RangeError(`clip must be a number > 0 or null, got ${clip}`);
}

export function createTrainer(config: NetworkConfig, arch: Arch, options: TrainerOptions): Trainer {
  assertValidConfig(config);
  assertValidOptions(options);
  const task = makeTask(options.task, options.seed, options.sizes ?? DEFAULT_SIZES);
  const model = createModel(config, arch, task);
  const theta = initialParameters(config, model.shape);
  const grad = viewParameters(model.shape);
  /** θ before the latest update, to return to if that update produced a non-finite loss */
  const previous = new Float64Array(parameterCount(model.shape));
  const optimizer = createOptimizer(options.optimizer, previous.length, options.learningRate);
  const sampler = createSampler(options.seed, task.train.size, options.batchSize);
  const probe = gatherRows(task.train, Int32Array.from({ length: Math.min(PROBE_POINTS, task.train.size) }, (_, i) => i));
  const clip = options.clip ?? null;

  let steps = 0;
  let firstLoss: number | null = null;
  // what a run that overflows on its very first pass reports: nothing was ever measured
  let last: StepReport = {
    step: 0, loss: Infinity, gradNorm: Infinity, clipped: false, layerGradNorms: new Float64Array(config.depth + 1).fill(NaN), diverged: null,
  };

  /** End the run at `attempt`; `layerGradNorms` only when this step's backward pass ran. */
  function stop(attempt: number, loss: number, layerGradNorms: Float64Array | null): StepReport {
    last = {
      ...last,
      loss: Number.isFinite(loss) ? loss : last.loss,
      layerGradNorms: layerGradNorms && !layerGradNorms.some(Number.isNaN) ? layerGradNorms : last.layerGradNorms,
      clipped: false,
      diverged: { step: attempt },
    };
    return last;
  }

  function step(): StepReport {
    if (last.diverged) return last;
    const attempt = steps + 1;
    grad.values.fill(0);
    const batch = gatherRows(task.train, sampler.next());
    const { loss, logGradF } = lossAndGradient(model, theta, batch, grad);
    if (!Number.isFinite(loss) || logGradF === null) {
      // the last update made θ produce a non-finite loss: go back to the θ that did not
      if (steps > 0) theta.values.set(previous);
      return stop(attempt, loss, null);
    }
    const layerGradNorms = layerGradientNorms(logGradF, model.shape.L, batch.size);
    if (firstLoss !== null && loss > DIVERGENCE_FACTOR * firstLoss) return stop(attempt, loss, layerGradNorms);
    const gradNorm = clipByGlobalNorm(grad.values, clip);
    if (!Number.isFinite(gradNorm)) return stop(attempt, loss, layerGradNorms);

    firstLoss ??= loss;
    previous.set(theta.values);
    optimizer.step(theta.values, grad.values);
    if (!allFinite(theta.values)) {
      theta.values.set(previous);
      return stop(attempt, loss, layerGradNorms);
    }
    steps = attempt;
    last = { step: steps, loss, gradNorm, clipped: clip !== null && gradNorm > clip, layerGradNorms, diverged: null };
    return last;
  }

  return {
    task,
    arch,
    step,
    evaluate() {
      const stats = evaluationStatistics(model, theta, task.train);
      const train = scoreSet(model, theta, task.train, stats);
      const test = scoreSet(model, theta, task.test, stats);
      return { trainLoss: train.loss, testLoss: test.loss, trainAccuracy: train.accuracy, testAccuracy: test.accuracy };
    },
    gradNorms() {
      const { logGradF } = lossAndGradient(model, theta, probe, viewParameters(model.shape));
      return logGradF === null ? new Float64Array(model.shape.L + 1).fill(NaN) : layerGradientNorms(logGradF, model.shape.L, probe.size);
    },
    decisionGrid: (res) => decisionGrid(model, theta, res, evaluationStatistics(model, theta, task.train)),
    setLearningRate(learningRate) {
      assertValidOptions({ ...options, learningRate });
      optimizer.learningRate = learningRate;
    },
  };
}
