// A run is a function of its settings: the same seeds give the same loss curve bit for bit,
// another seed gives another curve, and changing only η mid-run continues the same run.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../../src/core/config';
import type { OptimizerSpec } from '../../../src/core/training/optimizers';
import { createTrainer, type TrainerOptions } from '../../../src/core/training/trainer';

const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 8, depth: 10, branchScale: 0.3, sigmaB: 0.1 };
const options = (optimizer: OptimizerSpec, seed = 4): TrainerOptions => ({
  task: 'spirals', optimizer, learningRate: optimizer.kind === 'adam' ? 0.01 : 0.05, batchSize: 16, seed, clip: 5,
});

function lossCurve(c: NetworkConfig, arch: 'plain' | 'residual', o: TrainerOptions, steps = 50): number[] {
  const trainer = createTrainer(c, arch, o);
  return Array.from({ length: steps }, () => trainer.step().loss);
}

describe.each([{ kind: 'sgd', momentum: 0.9 }, { kind: 'adam' }] as OptimizerSpec[])('determinism with %o', (optimizer) => {
  it.each(['plain', 'residual'] as const)('%s: the same seeds give bit-identical loss curves over 50 steps', (arch) => {
    const a = lossCurve(config, arch, options(optimizer));
    const b = lossCurve(config, arch, options(optimizer));
    expect(a.every(Number.isFinite)).toBe(true);
    expect(b).toEqual(a);
  }, 20_000);

  it('another data seed or another network seed gives another curve', () => {
    const a = lossCurve(config, 'residual', options(optimizer), 10);
    expect(lossCurve(config, 'residual', options(optimizer, 5), 10)).not.toEqual(a);
    expect(lossCurve({ ...config, seed: 2 }, 'residual', options(optimizer), 10)).not.toEqual(a);
  });
});

describe('setLearningRate', () => {
  it('setting the same η mid-run changes nothing; a new η changes only what follows', () => {
    const o = options({ kind: 'adam' });
    const straight = lossCurve(config, 'plain', o, 30);
    const same = createTrainer(config, 'plain', o);
    const changed = createTrainer(config, 'plain', o);
    const sameCurve: number[] = [];
    const changedCurve: number[] = [];
    for (let s = 0; s < 30; s++) {
      if (s === 15) {
        same.setLearningRate(o.learningRate);
        changed.setLearningRate(o.learningRate / 10);
      }
      sameCurve.push(same.step().loss);
      changedCurve.push(changed.step().loss);
    }
    expect(sameCurve).toEqual(straight);
    // the step that starts at s = 15 still reports the loss before the first new-η update
    expect(changedCurve.slice(0, 16)).toEqual(straight.slice(0, 16));
    expect(changedCurve.slice(16)).not.toEqual(straight.slice(16));
  });

  it('gradNorms and the decision grid are reproducible too', () => {
    const a = createTrainer(config, 'residual', options({ kind: 'sgd' }));
    const b = createTrainer(config, 'residual', options({ kind: 'sgd' }));
    for (let s = 0; s < 5; s++) {
      a.step();
      b.step();
    }
    expect(Array.from(a.gradNorms())).toEqual(Array.from(b.gradNorms()));
    expect(Array.from(a.decisionGrid(8))).toEqual(Array.from(b.decisionGrid(8)));
  });
});
