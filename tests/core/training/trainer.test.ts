// What the trainer hands to the page: validated options, a decision grid laid out as the
// heatmap expects, and per-layer gradient norms with one entry per F_k.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../../src/core/config';
import { createTrainer, type TrainerOptions } from '../../../src/core/training/trainer';

const config: NetworkConfig = { ...DEFAULT_CONFIG, depth: 2, width: 16 };
const options: TrainerOptions = { task: 'circles', optimizer: { kind: 'sgd', momentum: 0.9 }, learningRate: 0.05, batchSize: 32, seed: 1 };

describe('createTrainer', () => {
  it('validates its options like the configuration', () => {
    expect(() => createTrainer(config, 'plain', { ...options, learningRate: NaN })).toThrow(RangeError);
    expect(() => createTrainer(config, 'plain', { ...options, batchSize: 0 })).toThrow(RangeError);
    expect(() => createTrainer(config, 'plain', { ...options, clip: 0 })).toThrow(RangeError);
    expect(() => createTrainer({ ...config, depth: 0 }, 'plain', options)).toThrow(RangeError);
    expect(() => createTrainer(config, 'plain', options).setLearningRate(-1)).toThrow(RangeError);
  });

  it('the decision grid has row 0 at the top: a trained circles net is class 1 in the middle, 0 in the corners', () => {
    const trainer = createTrainer(config, 'residual', options);
    for (let s = 0; s < 300; s++) trainer.step();
    const res = 9;
    const grid = trainer.decisionGrid(res);
    expect(grid).toBeInstanceOf(Float32Array);
    expect(grid).toHaveLength(res * res);
    expect(grid.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(grid[4 * res + 4]).toBeGreaterThan(0.9);
    for (const corner of [0, res - 1, res * (res - 1), res * res - 1]) expect(grid[corner]).toBeLessThan(0.1);
  });

  it('the grid is not symmetric for an asymmetric task: row 0 is x₂ = +1, column 0 is x₁ = −1', () => {
    // XOR: class 1 in the quadrants x₁x₂ > 0, i.e. top right and bottom left
    const trainer = createTrainer(config, 'plain', { ...options, task: 'xor' });
    for (let s = 0; s < 300; s++) trainer.step();
    const res = 8;
    const grid = trainer.decisionGrid(res);
    expect(grid[1 * res + (res - 2)]).toBeGreaterThan(0.5); // top right
    expect(grid[(res - 2) * res + 1]).toBeGreaterThan(0.5); // bottom left
    expect(grid[1 * res + 1]).toBeLessThan(0.5); // top left
  });

  it('gradient norms: one per layer k = 0..L, in the step report and at the current θ', () => {
    const trainer = createTrainer({ ...config, depth: 7 }, 'plain', options);
    const report = trainer.step();
    expect(report.layerGradNorms).toHaveLength(8);
    const norms = trainer.gradNorms();
    expect(norms).toHaveLength(8);
    expect(Array.from(norms).every(Number.isFinite)).toBe(true);
  });

  it('the regression grid holds the prediction itself', () => {
    const trainer = createTrainer(config, 'plain', { ...options, task: 'teacher', optimizer: { kind: 'adam' }, learningRate: 0.01 });
    for (let s = 0; s < 200; s++) trainer.step();
    const grid = trainer.decisionGrid(6);
    expect(grid.some((v) => v < 0)).toBe(true);
    expect(grid.some((v) => v > 0)).toBe(true);
  });
});
