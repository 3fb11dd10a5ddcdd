// The update rules against their closed forms under a constant gradient, and the clip.

import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, createOptimizer } from '../../../src/core/training/optimizers';

const g = Float64Array.from([0.5, -2, 1e-3, 0]);

function run(spec: Parameters<typeof createOptimizer>[0], eta: number, steps: number): Float64Array {
  const theta = Float64Array.from([1, 1, 1, 1]);
  const opt = createOptimizer(spec, theta.length, eta);
  for (let t = 0; t < steps; t++) opt.step(theta, g);
  return theta;
}

describe('SGD', () => {
  it('without momentum: θ_t = θ_0 − t η g', () => {
    run({ kind: 'sgd', momentum: 0 }, 0.1, 3).forEach((v, j) => expect(v).toBeCloseTo(1 - 3 * 0.1 * g[j], 14));
  });

  it('with momentum μ: θ_t = θ_0 − η g Σ_{s=1..t} (1 − μ^s)/(1 − μ)', () => {
    const mu = 0.9;
    const t = 5;
    let factor = 0;
    for (let s = 1; s <= t; s++) factor += (1 - mu ** s) / (1 - mu);
    run({ kind: 'sgd', momentum: mu }, 0.1, t).forEach((v, j) => expect(v).toBeCloseTo(1 - 0.1 * g[j] * factor, 13));
  });

  it('defaults to μ = 0.9', () => {
    expect(Array.from(run({ kind: 'sgd' }, 0.1, 4))).toEqual(Array.from(run({ kind: 'sgd', momentum: 0.9 }, 0.1, 4)));
  });
});

describe('Adam', () => {
  it('bias correction makes every step η g/(|g| + ε) under a constant gradient', () => {
    const eps = 1e-8;
    run({ kind: 'adam', epsilon: eps }, 0.01, 7).forEach((v, j) => expect(v).toBeCloseTo(1 - 7 * 0.01 * (g[j] / (Math.abs(g[j]) + eps)), 12));
  });

  it('a gradient far below ε barely moves θ: Adam cannot revive a vanished gradient', () => {
    const theta = Float64Array.from([1]);
    const opt = createOptimizer({ kind: 'adam' }, 1, 0.01);
    opt.step(theta, Float64Array.from([1e-12]));
    expect(1 - theta[0]).toBeLessThan(0.01 * 1e-3);
  });

  it('a new learning rate applies from the next step on', () => {
    const theta = Float64Array.from([0]);
    const opt = createOptimizer({ kind: 'adam' }, 1, 0.1);
    opt.step(theta, Float64Array.from([1]));
    opt.learningRate = 0.01;
    opt.step(theta, Float64Array.from([1]));
    expect(theta[0]).toBeCloseTo(-0.11, 7);
  });
});

describe('clipByGlobalNorm', () => {
  it('rescales to the clip and keeps the direction; returns the norm before clipping', () => {
    const v = Float64Array.from([3, 4]);
    expect(clipByGlobalNorm(v, 1)).toBe(5);
    expect(v[0]).toBeCloseTo(0.6, 15);
    expect(v[1]).toBeCloseTo(0.8, 15);
  });

  it('leaves a short gradient and an unclipped one alone', () => {
    const v = Float64Array.from([3, 4]);
    clipByGlobalNorm(v, 10);
    clipByGlobalNorm(v, null);
    expect(Array.from(v)).toEqual([3, 4]);
  });

  it('measures a gradient whose squares would overflow', () => {
    const v = Float64Array.from([3e200, 4e200]);
    expect(clipByGlobalNorm(v, 1)).toBeCloseTo(5e200, -190);
    expect(Math.hypot(v[0], v[1])).toBeCloseTo(1, 12);
  });
});
