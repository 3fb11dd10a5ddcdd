// How much training a page can afford, and how often a run measures itself. Both come from a
// cost model rather than from timing, so plain and residual (and two runs of the same seed)
// evaluate at the same steps and a story can compare them at equal steps.

import type { NetworkConfig } from '../core';
import { DEFAULT_SIZES, type TaskSizes } from '../core/training';
import type { Cadence } from './trainingProtocol';

/**
 * Largest depth · width² the page trains. One step of B = 16 at that size takes about 0.1–0.3 s
 * and an evaluation about 1 s on a laptop core, which keeps pause and reset prompt.
 */
export const MAX_TRAINING_WORK = 500_000;

/** A forward pass per point costs about this fraction of a training step per minibatch point (measured ≈ 1/11). */
const FORWARD_SHARE = 1 / 8;
/** Measurements may add about this much to the time spent stepping. */
const EVAL_BUDGET = 0.25;
const GRID_BUDGET = 0.25;
/** Points in the decision grid times depth · width², the grid's share of a worker's time. */
const GRID_WORK = 6e7;

/** Step intervals a reader finds natural: evaluations land on round step numbers. */
const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

export function trainingWork(config: Pick<NetworkConfig, 'depth' | 'width'>): number {
  return config.depth * config.width * config.width;
}

/** Why the page will not train this network, or null when it will. */
export function untrainableReason(config: Pick<NetworkConfig, 'depth' | 'width'>): string | null {
  const work = trainingWork(config);
  if (work <= MAX_TRAINING_WORK) return null;
  const fmt = (v: number) => v.toLocaleString('en-US');
  return (
    `Training here is limited to depth × width² ≤ ${fmt(MAX_TRAINING_WORK)} so the page stays responsive; ` +
    `this network has ${fmt(config.depth)} × ${fmt(config.width)}² = ${fmt(work)}. Lower the depth or the width to train it.`
  );
}

/** The smallest nice step count ≥ `steps`. */
export function niceStepCount(steps: number): number {
  return NICE_STEPS.find((s) => s >= steps) ?? NICE_STEPS[NICE_STEPS.length - 1];
}

/** The measuring schedule for a run of `config` with minibatches of `batchSize`. */
export function cadenceFor(config: Pick<NetworkConfig, 'depth' | 'width'>, batchSize: number, sizes: TaskSizes = DEFAULT_SIZES): Cadence {
  const work = Math.max(1, trainingWork(config));
  const gridRes = 2 * Math.round(Math.min(24, Math.max(16, Math.sqrt(GRID_WORK / work))) / 2);
  const stepsPerEval = ((sizes.train + sizes.test) * FORWARD_SHARE) / batchSize;
  const stepsPerGrid = (gridRes * gridRes * FORWARD_SHARE) / batchSize;
  return {
    evalEvery: niceStepCount(Math.max(5, stepsPerEval / EVAL_BUDGET)),
    gridEvery: niceStepCount(Math.max(10, stepsPerGrid / GRID_BUDGET)),
    gridRes,
  };
}
