// The training model with every normalization and with tied weights: its loss equals the naive
// oracle's, every entry of ∇_θ L equals central differences of that oracle (for tied weights the
// shared block's gradient is the sum of the layers' terms, which the differences see directly),
// and the per-sample figure log10 ‖∂(Σ_j ℓ_j)/∂F_k(x_i)‖ equals central differences too.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, NORMS, type Arch, type NetworkConfig, type NormName } from '../../../src/core/config';
import { makeTask } from '../../../src/core/training/datasets';
import { createModel, evaluationStatistics, lossAndGradient } from '../../../src/core/training/model';
import { initialParameters, parameterCount, viewParameters } from '../../../src/core/training/parameters';
import { createTrainer } from '../../../src/core/training/trainer';
import { refLoss } from './reference';

const cases: [NormName, Arch, boolean][] = NORMS.flatMap((norm) =>
  (['plain', 'residual'] as const).flatMap((arch) => [false, true].map((tied): [NormName, Arch, boolean] => [norm, arch, tied])));

describe.each(cases)('norm %s, %s, tied %s', (norm, arch, tied) => {
  const config: NetworkConfig = {
    ...DEFAULT_CONFIG, width: 3, depth: 3, activation: 'tanh', sigmaW: 1.3, sigmaB: 0.5, sigmaV: 0.8, branchScale: 0.6, seed: 5, norm, tied,
  };
  const task = makeTask(norm === 'batch' ? 'teacher' : 'circles', 11, { train: 5, test: 1 });
  const model = createModel(config, arch, task);

  it('the loss equals the naive implementation', () => {
    const p = initialParameters(config, model.shape);
    expect(lossAndGradient(model, p, task.train).loss).toBeCloseTo(refLoss(model, p, task.train), 13);
  });

  it('∇_θ L equals central differences of the naive loss, every entry', () => {
    const p = initialParameters(config, model.shape);
    const grad = viewParameters(model.shape);
    lossAndGradient(model, p, task.train, grad);
    const h = 1e-6;
    let largest = 0;
    for (let j = 0; j < p.values.length; j++) {
      const keep = p.values[j];
      p.values[j] = keep + h;
      const up = refLoss(model, p, task.train);
      p.values[j] = keep - h;
      const down = refLoss(model, p, task.train);
      p.values[j] = keep;
      expect(grad.values[j]).toBeCloseTo((up - down) / (2 * h), 7);
      largest = Math.max(largest, Math.abs(grad.values[j]));
    }
    expect(largest).toBeGreaterThan(1e-3);
  });

  it('log10 ‖∂(Σ_j ℓ_j)/∂F_k(x_i)‖ equals central differences at every layer and sample', () => {
    const p = initialParameters(config, model.shape);
    const B = task.train.size;
    const { logGradF } = lossAndGradient(model, p, task.train, viewParameters(model.shape));
    const h = 1e-6;
    for (let k = 0; k <= config.depth; k++) {
      for (let i = 0; i < B; i++) {
        let sq = 0;
        for (let j = 0; j < config.width; j++) {
          // refLoss is the batch mean: B times it is Σ_j ℓ_j
          const up = refLoss(model, p, task.train, { k, i, j, h });
          const down = refLoss(model, p, task.train, { k, i, j, h: -h });
          sq += ((B * (up - down)) / (2 * h)) ** 2;
        }
        expect(logGradF![k * B + i]).toBeCloseTo(0.5 * Math.log10(sq), 5);
      }
    }
  });
});

describe('tied weights', () => {
  it('θ holds one W, b (and V) whatever the depth, and every layer reads it', () => {
    for (const arch of ['plain', 'residual'] as const) {
      const shape = { arch, n: 4, L: 7, c: 2, tied: true };
      const p = viewParameters(shape);
      expect(parameterCount(shape)).toBe(parameterCount({ ...shape, L: 1 }));
      expect(p.W.every((W) => W === p.W[0])).toBe(true);
      expect(p.b.every((b) => b === p.b[0])).toBe(true);
      expect(p.V.length).toBe(arch === 'residual' ? 7 : 0);
      expect(p.V.every((V) => V === p.V[0])).toBe(true);
    }
  });

  it('the shared block starts as layer 1 of the untied network', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 4, depth: 5, sigmaB: 0.3 };
    const task = makeTask('circles', 1, { train: 4, test: 1 });
    const untied = initialParameters(config, createModel(config, 'residual', task).shape);
    const tied = initialParameters({ ...config, tied: true }, createModel({ ...config, tied: true }, 'residual', task).shape);
    expect(Array.from(tied.W[4])).toEqual(Array.from(untied.W[0]));
    expect(Array.from(tied.b[4])).toEqual(Array.from(untied.b[0]));
    expect(Array.from(tied.V[4])).toEqual(Array.from(untied.V[0]));
  });
});

describe('BatchNorm at evaluation', () => {
  const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 4, depth: 4, norm: 'batch', seed: 3 };
  const task = makeTask('circles', 2, { train: 40, test: 10 });

  it.each(['plain', 'residual'] as const)('%s: with the training set’s statistics, the training set scores as one training-mode batch', (arch) => {
    const model = createModel(config, arch, task);
    const p = initialParameters(config, model.shape);
    const stats = evaluationStatistics(model, p, task.train);
    expect(stats).not.toBe('batch');
    const fixed = lossAndGradient(model, p, task.train, undefined, stats).loss;
    expect(fixed).toBeCloseTo(refLoss(model, p, task.train), 12);
  });

  it.each(['plain', 'residual'] as const)('%s: a point’s output does not depend on the points evaluated with it', (arch) => {
    const model = createModel(config, arch, task);
    const p = initialParameters(config, model.shape);
    const stats = evaluationStatistics(model, p, task.train);
    const all = lossAndGradient(model, p, task.test, undefined, stats).outputs!;
    const alone = lossAndGradient(model, p, { size: 1, x: task.test.x.slice(4, 6), labels: task.test.labels!.slice(2, 3), targets: null }, undefined, stats).outputs!;
    expect(alone[0]).toBeCloseTo(all[4], 12);
    expect(alone[1]).toBeCloseTo(all[5], 12);
  });
});

describe.each(cases)('training with norm %s, %s, tied %s', (norm, arch, tied) => {
  it('runs finite: every report, evaluation, gradient profile and decision map, and the training loss falls', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 8, depth: 6, activation: 'relu', branchScale: 0.5, norm, tied, seed: 4 };
    const trainer = createTrainer(config, arch, {
      task: 'circles', optimizer: { kind: 'adam' }, learningRate: 0.01, batchSize: 16, seed: 4, sizes: { train: 64, test: 32 },
    });
    const start = trainer.evaluate();
    for (let s = 0; s < 80; s++) {
      const report = trainer.step();
      expect(report.diverged).toBeNull();
      expect(report.layerGradNorms.every(Number.isFinite)).toBe(true);
    }
    const end = trainer.evaluate();
    expect([end.trainLoss, end.testLoss, end.trainAccuracy, end.testAccuracy].every((v) => Number.isFinite(v))).toBe(true);
    expect(end.trainLoss).toBeLessThan(start.trainLoss);
    expect(trainer.gradNorms().every(Number.isFinite)).toBe(true);
    expect(Array.from(trainer.decisionGrid(6)).every((v) => v >= 0 && v <= 1)).toBe(true);
  });
});
