// The gradient a training step uses is the gradient of the loss: entry by entry against
// central differences of an independent implementation, and as a whole through the first-order
// change of the loss after one plain gradient step, L(θ − η g) − L(θ) = −η‖g‖² + O(η²).

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type ActivationName, type Arch, type NetworkConfig } from '../../../src/core/config';
import { makeTask, type TaskName } from '../../../src/core/training/datasets';
import { createModel, lossAndGradient } from '../../../src/core/training/model';
import { initialParameters, viewParameters } from '../../../src/core/training/parameters';
import { createTrainer } from '../../../src/core/training/trainer';
import { refLoss } from './reference';

const cases: [Arch, TaskName, ActivationName][] = [
  ['plain', 'circles', 'tanh'],
  ['plain', 'teacher', 'gelu'],
  ['residual', 'xor', 'tanh'],
  ['residual', 'teacher', 'sigmoid'],
];

describe.each(cases)('%s network on %s (%s)', (arch, taskName, activation) => {
  const config: NetworkConfig = {
    ...DEFAULT_CONFIG, width: 3, depth: 3, activation, sigmaW: 1.3, sigmaB: 0.5, sigmaV: 0.8, branchScale: 0.6, seed: 5,
  };
  const task = makeTask(taskName, 11, { train: 4, test: 1 });
  const model = createModel(config, arch, task);

  it('the loss equals the naive implementation', () => {
    const p = initialParameters(config, model.shape);
    expect(lossAndGradient(model, p, task.train).loss).toBeCloseTo(refLoss(model, p, task.train), 13);
  });

  it('∇_θ L equals central differences of the naive loss, every entry of W, b, V, R and r', () => {
    const p = initialParameters(config, model.shape);
    const grad = viewParameters(model.shape);
    lossAndGradient(model, p, task.train, grad);
    const h = 1e-6;
    for (let j = 0; j < p.values.length; j++) {
      const keep = p.values[j];
      p.values[j] = keep + h;
      const up = refLoss(model, p, task.train);
      p.values[j] = keep - h;
      const down = refLoss(model, p, task.train);
      p.values[j] = keep;
      expect(grad.values[j]).toBeCloseTo((up - down) / (2 * h), 7);
    }
  });
});

describe.each([['plain', 'circles'], ['residual', 'teacher']] as const)('one SGD step, %s on %s', (arch, task) => {
  it('changes the full-batch loss by −η‖∇L‖² to first order', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 8, depth: 6, branchScale: 0.4 };
    const deviations = [1e-2, 1e-3, 1e-4].map((eta) => {
      const trainer = createTrainer(config, arch, {
        task, optimizer: { kind: 'sgd', momentum: 0 }, learningRate: eta, batchSize: 64, seed: 3, sizes: { train: 64, test: 8 },
      });
      const report = trainer.step();
      const after = trainer.evaluate().trainLoss;
      return Math.abs((report.loss - after) / (eta * report.gradNorm ** 2) - 1);
    });
    // the O(η²) term shrinks with η: the deviation falls about tenfold per step of η
    expect(deviations[2]).toBeLessThan(1e-3);
    expect(deviations[1]).toBeLessThan(deviations[0] / 5);
    expect(deviations[2]).toBeLessThan(deviations[1] / 5);
  });

  it('the step report’s minibatch is the training set when B equals its size', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 8, depth: 6, branchScale: 0.4 };
    const trainer = createTrainer(config, arch, { task, optimizer: { kind: 'sgd', momentum: 0 }, learningRate: 1e-3, batchSize: 64, seed: 3, sizes: { train: 64, test: 8 } });
    const before = trainer.evaluate().trainLoss;
    expect(trainer.step().loss).toBeCloseTo(before, 12);
  });
});
