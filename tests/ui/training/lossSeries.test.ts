import { describe, expect, it } from 'vitest';
import { emptyArchRun } from '../../../src/store/trainingRun';
import { CHANCE_LOG10, lossDomain, lossSeries, lossTicks } from '../../../src/ui/training/lossSeries';

const ev = (step: number, trainLoss: number) => ({ step, trainLoss, testLoss: trainLoss * 1.1, trainAccuracy: null, testAccuracy: null });

describe('lossSeries', () => {
  it('log10 points, with losses that overflowed left out', () => {
    const run = { ...emptyArchRun(), losses: { stride: 1, steps: [1, 2, 3], values: [1, Infinity, 0.1] }, evaluations: [ev(0, 10), ev(3, Number.NaN)] };
    const s = lossSeries('plain', run);
    expect(s.minibatch).toEqual({ steps: [1, 3], log10: [0, -1] });
    expect(s.train).toEqual({ steps: [0], log10: [1] });
    expect(s.diverged).toBeNull();
  });

  it('a diverged run is marked at the end of its curve', () => {
    const run = { ...emptyArchRun(), diverged: 4, losses: { stride: 1, steps: [1, 2, 3], values: [1, 10, 100] }, evaluations: [ev(0, 1), ev(3, 1e5)] };
    expect(lossSeries('residual', run).diverged).toEqual({ step: 4, log10: 5 });
  });

  it('the domain holds every point and chance for a classifier', () => {
    const run = { ...emptyArchRun(), evaluations: [ev(0, 0.01)] };
    const d = lossDomain([lossSeries('plain', run)], true);
    expect(d.lo).toBeLessThan(-2);
    expect(d.hi).toBeGreaterThan(CHANCE_LOG10);
    expect(lossDomain([lossSeries('plain', emptyArchRun())], false)).toEqual({ lo: -1, hi: 1 });
  });
});

describe('lossTicks', () => {
  it('powers of ten on a tall axis, 1-2-5 on a short one', () => {
    expect(lossTicks({ lo: -3.2, hi: 0.3 }, 6).major).toEqual([-3, -2, -1, 0]);
    const short = lossTicks({ lo: -0.4, hi: 0.5 }, 6);
    expect(short.major.map((t) => Number((10 ** t).toPrecision(1)))).toEqual([0.5, 1, 2]);
    expect(short.minor).toEqual([]);
  });
});
