// The training worker's handler as a plain function over a fake clock: reset, advance (play,
// pause, one step), time slicing, pacing, η changes that continue a run, divergence, bad input.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core';
import { createTrainer, TRAINING_PRESETS } from '../../src/core/training';
import { SLICE_MS } from '../../src/worker/trainingSession';
import { allLosses, CADENCE, fakeSession, OPTIONS, SMALL } from './trainingFakes';

describe('reset', () => {
  it('measures step 0 on the first tick: data, evaluation, grid and the probe gradient', () => {
    const s = fakeSession();
    s.reset();
    expect(s.replies).toEqual([]);
    s.runAll();
    const [first] = s.reports();
    expect(first).toMatchObject({ runId: 1, arch: 'plain', step: 0, idle: true, diverged: null });
    expect(first.data?.x).toHaveLength(2 * 40);
    expect(first.data?.y).toHaveLength(40);
    expect(first.evaluations.map((e) => e.step)).toEqual([0]);
    expect(first.grid).toMatchObject({ step: 0, res: 4 });
    expect(first.grid?.values).toHaveLength(16);
    expect(Array.from(first.gradSteps)).toEqual([0]);
    expect(first.gradNorms).toHaveLength(SMALL.depth + 1);
  });

  it('a burst of resets (a slider drag) builds and measures only the last run', () => {
    const s = fakeSession();
    s.reset();
    s.reset();
    s.reset();
    s.runAll();
    expect(s.built()).toBe(1);
    expect(s.reports().map((r) => r.runId)).toEqual([3]);
  });

  it('a learning rate sent before the run is built is the one it starts with', () => {
    const s = fakeSession();
    s.reset();
    s.send({ type: 'learning-rate', learningRate: 0.2 });
    s.advance(5);
    s.runAll();
    const trainer = createTrainer(SMALL, 'plain', { ...OPTIONS, learningRate: 0.2 });
    expect(allLosses(s.reports())).toEqual(Array.from({ length: 5 }, () => trainer.step().loss));
  });

  it('a reset mid-run starts again from step 0 under the new id', () => {
    const s = fakeSession();
    s.reset();
    s.advance(1000);
    s.runTimer();
    s.runTimer();
    expect(s.reports().at(-1)!.step).toBeGreaterThan(0);
    s.reset();
    s.runAll();
    const after = s.reports().filter((r) => r.runId === 3);
    expect(after[0].step).toBe(0);
    expect(s.reports().at(-1)!.runId).toBe(3);
  });

  it('an invalid network is answered with an error naming the field, and no run', () => {
    const s = fakeSession();
    s.reset('plain', { ...SMALL, depth: 0 });
    s.advance(5);
    s.runAll();
    expect(s.errors()).toEqual([{ type: 'error', runId: 1, arch: 'plain', message: expect.stringMatching(/depth/) }]);
    expect(s.reports()).toEqual([]);
  });

  it('a malformed message gets an error reply, never a throw', () => {
    const s = fakeSession();
    expect(() => s.session.receive({ type: 'reset', id: 1, arch: 'both' })).not.toThrow();
    expect(() => s.session.receive('play')).not.toThrow();
    s.send({ type: 'advance', until: -1, stepsPerSecond: null, settle: true });
    expect(s.errors().map((e) => (e.type === 'error' ? e.message : ''))).toEqual([
      expect.stringMatching(/arch/),
      expect.stringMatching(/not an object/),
      expect.stringMatching(/until/),
    ]);
  });
});

describe('advance: play, pause and step', () => {
  it('trains to the target in slices of about SLICE_MS, then settles with an evaluation there', () => {
    const s = fakeSession(10);
    s.reset();
    s.runAll();
    s.advance(23);
    const ticks = s.runAll();
    expect(ticks).toBeGreaterThanOrEqual(Math.ceil((23 * 10) / SLICE_MS));
    const reports = s.reports();
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ step: 23, idle: true });
    expect(allLosses(reports)).toHaveLength(23);
    // the cadence (every 5) and the stop (23)
    expect(reports.flatMap((r) => r.evaluations.map((e) => e.step))).toEqual([0, 5, 10, 15, 20, 23]);
    // a report carries only the newest grid: the one at 20 may have given way to the one at 23
    const grids = reports.flatMap((r) => (r.grid ? [r.grid.step] : []));
    expect(grids.slice(0, 2)).toEqual([0, 10]);
    expect(grids.at(-1)).toBe(23);
    expect(reports.flatMap((r) => Array.from(r.gradSteps))).toEqual(Array.from({ length: 24 }, (_, i) => i));
  });

  it('a pause sent while training is read within one slice', () => {
    const s = fakeSession(10);
    s.reset();
    s.runAll();
    s.advance(10_000);
    for (let i = 0; i < 5; i++) s.runTimer();
    // the page pauses at the step it has seen; the worker may be a report's worth further
    const seen = Math.max(...s.reports().map((r) => r.step));
    s.advance(seen);
    const ticks = s.runAll();
    const last = s.reports().at(-1)!;
    expect(ticks).toBe(1);
    expect(last.idle).toBe(true);
    expect(last.step - seen).toBeLessThanOrEqual(SLICE_MS / 10 + 1);
    expect(s.reports().flatMap((r) => r.evaluations).at(-1)!.step).toBe(last.step);
    expect(s.pending()).toBe(0);
  });

  it('one step at a time: each advance by one gives one loss and an evaluation at that step', () => {
    const s = fakeSession();
    s.reset();
    s.runAll();
    for (const until of [1, 2, 3]) {
      s.advance(until);
      s.runAll();
      const last = s.reports().at(-1)!;
      expect(last.step).toBe(until);
      expect(last.losses).toHaveLength(1);
      expect(last.evaluations.map((e) => e.step)).toEqual([until]);
    }
  });

  it('a waiting (unsettled) stop is not measured: the other network is only catching up', () => {
    const s = fakeSession();
    s.reset();
    s.runAll();
    s.advance(7, null, false);
    s.runAll();
    const reports = s.reports();
    expect(reports.at(-1)).toMatchObject({ step: 7, idle: true });
    expect(reports.flatMap((r) => r.evaluations.map((e) => e.step))).toEqual([0, 5]);
  });

  it('stepsPerSecond paces the run', () => {
    const s = fakeSession(1);
    s.reset();
    s.runAll();
    s.advance(1000, 20);
    const start = s.now();
    while (s.now() - start < 1000 && s.runTimer());
    const step = s.reports().at(-1)!.step;
    expect(step).toBeGreaterThanOrEqual(18);
    expect(step).toBeLessThanOrEqual(22);
  });
});

describe('the run itself', () => {
  it('is the core trainer: same seed, same losses, whatever the slicing', () => {
    const a = fakeSession(3);
    const b = fakeSession(17);
    for (const s of [a, b]) {
      s.reset();
      s.advance(30);
      s.runAll();
    }
    const trainer = createTrainer(SMALL, 'plain', OPTIONS);
    const direct = Array.from({ length: 30 }, () => trainer.step().loss);
    expect(allLosses(a.reports())).toEqual(direct);
    expect(allLosses(b.reports())).toEqual(direct);
  });

  it('a learning-rate change continues the run with the optimiser state', () => {
    const s = fakeSession();
    s.reset();
    s.advance(10);
    s.runAll();
    s.send({ type: 'learning-rate', learningRate: 0.2 });
    s.advance(20);
    s.runAll();
    const trainer = createTrainer(SMALL, 'plain', OPTIONS);
    const direct = Array.from({ length: 20 }, (_, i) => {
      if (i === 10) trainer.setLearningRate(0.2);
      return trainer.step().loss;
    });
    expect(allLosses(s.reports())).toEqual(direct);
    expect(s.reports().every((r) => r.runId === 1)).toBe(true);
  });

  it('an η the core rejects is an error, and the run carries on', () => {
    const s = fakeSession();
    s.reset();
    s.runAll();
    s.send({ type: 'learning-rate', learningRate: -1 });
    expect(s.errors()).toHaveLength(1);
    s.advance(3);
    s.runAll();
    expect(s.reports().at(-1)!.step).toBe(3);
  });

  it('a diverging run stops with its step, measured where it stands, without NaN', () => {
    const preset = TRAINING_PRESETS.diverging;
    const s = fakeSession();
    s.reset('plain', { ...DEFAULT_CONFIG, ...preset.config }, { ...preset.options, seed: 1 }, CADENCE);
    s.advance(200);
    s.runAll();
    const reports = s.reports();
    const last = reports.at(-1)!;
    expect(last.diverged).toBeGreaterThan(0);
    expect(last.idle).toBe(true);
    expect(last.step).toBe(last.diverged! - 1);
    expect(allLosses(reports).every(Number.isFinite)).toBe(true);
    expect(reports.flatMap((r) => r.evaluations).at(-1)!.step).toBe(last.step);
    expect(s.pending()).toBe(0);
  });
});
