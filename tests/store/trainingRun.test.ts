// Bounded histories and merging worker reports into the page's view of a run.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendThinned, atOrBefore, emptyArchRun, emptyThinned, mergeReport } from '../../src/store/trainingRun';
import { report } from '../worker/trainingFakes';

describe('appendThinned', () => {
  it('keeps everything under the cap', () => {
    const h = appendThinned(emptyThinned<number>(), [0, 1, 2], [10, 11, 12], 5);
    expect(h).toEqual({ stride: 1, steps: [0, 1, 2], values: [10, 11, 12] });
  });

  it('past the cap doubles the spacing and always keeps the newest point', () => {
    let h = emptyThinned<number>();
    for (let s = 0; s <= 20; s++) h = appendThinned(h, [s], [s * 10], 8);
    expect(h.steps.length).toBeLessThanOrEqual(8);
    expect(h.steps.at(-1)).toBe(20);
    expect(h.steps.slice(0, -1).every((s) => s % h.stride === 0)).toBe(true);
    expect(h.values).toEqual(h.steps.map((s) => s * 10));
  });

  it('for any run length: bounded, increasing, first and newest kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 4, max: 50 }), (n, chunk, max) => {
        let h = emptyThinned<number>();
        for (let start = 0; start < n; start += chunk) {
          const steps = Array.from({ length: Math.min(chunk, n - start) }, (_, i) => start + i);
          h = appendThinned(h, steps, steps, max);
        }
        expect(h.steps.length).toBeLessThanOrEqual(max);
        expect(h.steps[0]).toBe(0);
        expect(h.steps.at(-1)).toBe(n - 1);
        for (let i = 1; i < h.steps.length; i++) expect(h.steps[i]).toBeGreaterThan(h.steps[i - 1]);
      }),
    );
  });

  it('a repeated step replaces the newest point', () => {
    const h = appendThinned(appendThinned(emptyThinned<string>(), [0, 1], ['a', 'b'], 10), [1], ['c'], 10);
    expect(h).toEqual({ stride: 1, steps: [0, 1], values: ['a', 'c'] });
  });
});

describe('atOrBefore', () => {
  const h = { stride: 2, steps: [0, 2, 4, 5], values: ['a', 'b', 'c', 'd'] };
  it('finds the latest kept step not after the one asked for', () => {
    expect(atOrBefore(h, 3)).toEqual({ step: 2, value: 'b' });
    expect(atOrBefore(h, 4)).toEqual({ step: 4, value: 'c' });
    expect(atOrBefore(h, 99)).toEqual({ step: 5, value: 'd' });
    expect(atOrBefore(emptyThinned(), 3)).toBeNull();
  });
});

describe('mergeReport', () => {
  it('places each loss at its step, splits gradient rows and keeps the newest grid', () => {
    const grid = { step: 0, res: 2, values: new Float32Array(4) };
    let run = mergeReport(emptyArchRun(), report(1, 'plain', 0, { gradSteps: Int32Array.of(0), gradNorms: Float64Array.of(1, 2, 3), grid }));
    run = mergeReport(run, report(1, 'plain', 2, {
      losses: Float64Array.of(0.7, 0.6),
      gradSteps: Int32Array.of(1, 2),
      gradNorms: Float64Array.of(4, 5, 6, 7, 8, 9),
      clipped: 1,
      evaluations: [{ step: 2, trainLoss: 0.6, testLoss: 0.65, trainAccuracy: 0.5, testAccuracy: 0.5 }],
      idle: false,
      stepMs: 4,
    }));
    expect(run.step).toBe(2);
    expect(run.losses).toEqual({ stride: 1, steps: [1, 2], values: [0.7, 0.6] });
    expect(run.grads.steps).toEqual([0, 1, 2]);
    expect(run.grads.values.map((v) => Array.from(v))).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expect(run.grid).toBe(grid);
    expect(run).toMatchObject({ clipped: 1, idle: false, stepMs: 4, started: true });
    expect(run.evaluations.map((e) => e.step)).toEqual([2]);
  });

  it('an evaluation at a step already measured replaces it', () => {
    const e = (step: number, trainLoss: number) => ({ step, trainLoss, testLoss: 1, trainAccuracy: null, testAccuracy: null });
    let run = mergeReport(emptyArchRun(), report(1, 'plain', 0, { evaluations: [e(0, 1)] }));
    run = mergeReport(run, report(1, 'plain', 0, { evaluations: [e(0, 2)] }));
    expect(run.evaluations).toEqual([e(0, 2)]);
  });
});
