import { describe, expect, it } from 'vitest';
import { emptyArchRun, type ArchRun } from '../../../src/store/trainingRun';
import type { TrainingRunState } from '../../../src/store/trainingSlice';
import { commonEvaluatedStep, describeTraining } from '../../../src/ui/training/describeTraining';
import { describeFlow } from '../../../src/ui/training/describeFlow';

const ev = (step: number, trainLoss: number, testAccuracy: number | null = 0.5) => ({ step, trainLoss, testLoss: trainLoss, trainAccuracy: testAccuracy, testAccuracy });
const arch = (patch: Partial<ArchRun>): ArchRun => ({ ...emptyArchRun(), ...patch });
const state = (plain: Partial<ArchRun>, residual: Partial<ArchRun>, blocked: string | null = null): TrainingRunState => ({
  key: 'k', depth: 32, blocked, data: null, plain: arch(plain), residual: arch(residual),
});
const OPTIONS = { goal: 150, clipOn: false };

describe('describeTraining', () => {
  it('before any step: invites the reader to press play', () => {
    const run = state({ evaluations: [ev(0, 0.69)] }, { evaluations: [ev(0, 1.3)] });
    expect(describeTraining(run, OPTIONS)).toBe("Press play to train both networks for 150 steps on the same minibatches. Both start from the page's weights (step 0).");
  });

  it('compares both networks at the latest step both were evaluated at, with accuracy', () => {
    const run = state(
      { step: 150, evaluations: [ev(0, 0.69), ev(140, 0.695), ev(150, 0.694, 0.5)] },
      { step: 145, evaluations: [ev(0, 1.29), ev(140, 0.0049, 1)] },
    );
    expect(commonEvaluatedStep(run.plain, run.residual)).toBe(140);
    expect(describeTraining(run, OPTIONS)).toBe(
      "After 140 steps the plain network's training loss rose 0.7\u00a0% (0.690 → 0.695); the residual network's fell 99.6\u00a0% (1.29 → 0.00490). Held-out accuracy: plain 50\u00a0%, residual 100\u00a0% (chance 50\u00a0%).",
    );
  });

  it('regression: no accuracy', () => {
    const run = state({ evaluations: [ev(0, 2, null), ev(10, 1, null)] }, { evaluations: [ev(0, 2, null), ev(10, 0.5, null)] });
    expect(describeTraining(run, OPTIONS)).not.toMatch(/accuracy/);
  });

  it('names the step a run diverged at, and suggests clipping unless it was on', () => {
    const run = state({ diverged: 3, step: 2, evaluations: [ev(0, 5)] }, { step: 40, evaluations: [ev(0, 4), ev(40, 1)] });
    expect(describeTraining(run, OPTIONS)).toBe(
      "The plain network diverged at step 3: its loss blew up, so it stopped. After 40 steps the residual network's training loss fell 75\u00a0% (4.00 → 1.00). Turn on gradient clipping to rescue it.",
    );
    const both = state({ diverged: 2 }, { diverged: 5 });
    expect(describeTraining(both, { goal: 150, clipOn: true })).toBe(
      'Both networks diverged (plain at step 2, residual at step 5) and stopped. Clipping was on: try a smaller learning rate or a smaller clip norm.',
    );
  });

  it('a network too large to train: the reason', () => {
    expect(describeTraining(state({}, {}, 'Too large.'), OPTIONS)).toBe('Too large.');
  });
});

describe('describeFlow', () => {
  it('the gradient at layer 0 relative to the top, for each network', () => {
    expect(describeFlow(150, [
      { name: 'plain', values: [-8, -4, -2.98] },
      { name: 'residual', values: [0.68, 0.3, 0] },
    ])).toBe('At step 150 the gradient at layer 0 is 9.5×10⁻⁶ of the gradient at layer 2 in the plain network, and 4.8 times it in the residual network.');
    expect(describeFlow(0, [{ name: 'plain', values: [0, 0] }, { name: 'residual', values: null }])).toBe('Before training the gradient at layer 0 is 1.0 times the gradient at layer 1 in the plain network.');
    expect(describeFlow(3, [{ name: 'plain', values: null }, { name: 'residual', values: [Number.NaN, 1] }])).toBe('Gradient norm per layer: no measurement at step 3 yet.');
  });
});
