// A real learning test: a shallow network (depth 2) fits each easy task within a bounded number
// of steps, and what it learns carries over to the held-out points.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../../src/core/config';
import { createTrainer, type Trainer } from '../../../src/core/training/trainer';

const shallow: NetworkConfig = { ...DEFAULT_CONFIG, depth: 2, width: 16 };
const MAX_STEPS = 600;
const CHECK_EVERY = 25;

/** Steps until `done` holds (checked every CHECK_EVERY steps), or Infinity within MAX_STEPS. */
function stepsUntil(trainer: Trainer, done: () => boolean): number {
  for (let s = CHECK_EVERY; s <= MAX_STEPS; s += CHECK_EVERY) {
    for (let j = 0; j < CHECK_EVERY; j++) trainer.step();
    if (done()) return s;
  }
  return Infinity;
}

describe.each(['circles', 'xor'] as const)('depth 2 on %s', (task) => {
  it.each(['plain', 'residual'] as const)('%s reaches 95 percent training accuracy within 600 steps', (arch) => {
    const trainer = createTrainer(shallow, arch, { task, optimizer: { kind: 'sgd', momentum: 0.9 }, learningRate: 0.05, batchSize: 32, seed: 1 });
    expect(trainer.evaluate().trainAccuracy).toBeLessThan(0.8);
    expect(stepsUntil(trainer, () => trainer.evaluate().trainAccuracy! >= 0.95)).toBeLessThanOrEqual(MAX_STEPS);
    expect(trainer.evaluate().testAccuracy).toBeGreaterThanOrEqual(0.9);
  }, 20_000);
});

describe('depth 2 on the teacher regression', () => {
  it('brings the squared error below a tenth of its start within 600 steps', () => {
    const trainer = createTrainer(shallow, 'plain', { task: 'teacher', optimizer: { kind: 'adam' }, learningRate: 0.01, batchSize: 32, seed: 2 });
    const start = trainer.evaluate();
    expect(start.trainAccuracy).toBeNull();
    expect(stepsUntil(trainer, () => trainer.evaluate().trainLoss < 0.1 * start.trainLoss)).toBeLessThanOrEqual(MAX_STEPS);
    expect(trainer.evaluate().testLoss).toBeLessThan(0.2 * start.testLoss);
  }, 20_000);
});
