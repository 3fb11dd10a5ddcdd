// A run that blows up stops, says at which step, and never hands NaN to the caller; the
// parameters fall back to the last ones with a finite loss. Clipping the gradient's global
// norm keeps the same runs finite and their loss falling.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../../src/core/config';
import { createTrainer, type StepReport, type TrainerOptions } from '../../../src/core/training/trainer';

/** Exploding gradients: a linear network whose layers multiply norms by about 4. */
const exploding: NetworkConfig = { ...DEFAULT_CONFIG, depth: 10, width: 16, activation: 'identity', sigmaW: 4 };
const sgd = (learningRate: number, clip: number | null = null): TrainerOptions => ({
  task: 'teacher', optimizer: { kind: 'sgd', momentum: 0 }, learningRate, batchSize: 32, seed: 1, clip,
});

function run(config: NetworkConfig, options: TrainerOptions, steps: number): StepReport[] {
  const trainer = createTrainer(config, 'plain', options);
  return Array.from({ length: steps }, () => trainer.step());
}

describe('divergence', () => {
  it('σ_w = 4 identity: the run stops with a step number and no NaN loss', () => {
    const reports = run(exploding, sgd(0.01), 20);
    const last = reports[reports.length - 1];
    expect(last.diverged).not.toBeNull();
    expect(last.diverged!.step).toBeGreaterThan(1);
    expect(last.diverged!.step).toBeLessThan(20);
    expect(reports.some((r) => Number.isNaN(r.loss) || Number.isNaN(r.gradNorm))).toBe(false);
    // after stopping, every report repeats the final one: no more updates
    expect(last.step).toBe(last.diverged!.step - 1);
    expect(reports[19]).toBe(reports[18]);
  });

  it('a loss that overflows is never reported, and θ returns to the last finite-loss parameters', () => {
    const trainer = createTrainer(exploding, 'plain', sgd(1e10));
    const before = trainer.evaluate();
    const first = trainer.step();
    const second = trainer.step();
    expect(second.diverged).toEqual({ step: 2 });
    expect(second.loss).toBe(first.loss);
    expect(trainer.evaluate()).toEqual(before);
    expect(Array.from(trainer.decisionGrid(4)).every(Number.isFinite)).toBe(true);
  });

  it('a network that overflows before any update reports Infinity, not NaN', () => {
    const trainer = createTrainer({ ...exploding, depth: 600, width: 4 }, 'plain', sgd(1e-3));
    const report = trainer.step();
    expect(report.diverged).toEqual({ step: 1 });
    expect(report.loss).toBe(Infinity);
    expect(trainer.evaluate().trainLoss).toBe(Infinity);
  });

  it('a huge learning rate on a healthy ReLU network diverges too', () => {
    const relu: NetworkConfig = { ...DEFAULT_CONFIG, depth: 8, width: 16, activation: 'relu', sigmaW: 1.41 };
    const last = run(relu, sgd(3), 20).pop()!;
    expect(last.diverged).not.toBeNull();
    expect(Number.isFinite(last.loss)).toBe(true);
  });
});

describe('clipping by global norm rescues both runs', () => {
  it.each([
    ['σ_w = 4 identity, η = 0.01, clip 1', exploding, sgd(0.01, 1), 1e-2],
    ['ReLU, η = 3, clip 0.1', { ...DEFAULT_CONFIG, depth: 8, width: 16, activation: 'relu', sigmaW: 1.41 } as NetworkConfig, sgd(3, 0.1), 0.3],
  ] as const)('%s: finite and falling', (_, config, options, factor) => {
    const trainer = createTrainer(config, 'plain', options);
    const start = trainer.evaluate().trainLoss;
    const reports = Array.from({ length: 200 }, () => trainer.step());
    expect(reports.every((r) => r.diverged === null && Number.isFinite(r.loss))).toBe(true);
    expect(reports.some((r) => r.clipped)).toBe(true);
    expect(trainer.evaluate().trainLoss).toBeLessThan(factor * start);
  });
});
