// The exercises in the store and the URL: `ex`, `exercise` and `exlock` written only when set
// and read back exactly, bad values a sane default with a notice, a locked set that keeps its
// seed; the progress rules; and part 6's outcome read only from the result for its scene.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GradientResult } from '../../src/core';
import { sceneParams } from '../../src/store/classroomScenes';
import { liveOutcome, PREDICT_SCENES, predictionSceneOf, sceneArch } from '../../src/store/exercisePrediction';
import { DEFAULT_EXERCISE_SEED, exerciseSeedOf } from '../../src/store/exercisesSlice';
import { DEFAULT_PARAMS } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';
import { connectStore } from '../../src/store/sync';
import { decodeHash, DEFAULT_VIEW, encodeHash, paramsKey } from '../../src/store/urlCodec';
import { GradientClient } from '../../src/worker/client';
import { fakeWorkerFactory } from '../worker/fakes';

describe('the URL fields', () => {
  const base = encodeHash(DEFAULT_PARAMS);

  it('are written only when set, after the other view fields, and read back exactly', () => {
    expect(encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, ex: null, exercise: null, exlock: false })).toBe(base);
    const view = { ...DEFAULT_VIEW, present: true, ex: 4711, exercise: 3, exlock: true };
    const hash = encodeHash(DEFAULT_PARAMS, view);
    expect(hash).toBe(`${base}&present=1&ex=4711&exercise=3&exlock=1`);
    expect(decodeHash(hash)).toEqual({ params: DEFAULT_PARAMS, view, notices: [] });
    expect(decodeHash('#ex=0').view.ex).toBe(0);
    expect(decodeHash('#ex=4294967295').view.ex).toBe(4294967295);
  });

  it.each([
    ['#ex=abc', { ex: undefined }, /ex=abc is not an exercise seed/],
    ['#ex=-4', { ex: undefined }, /ex=-4 is not an exercise seed/],
    ['#ex=4294967296', { ex: undefined }, /not an exercise seed/],
    ['#ex=1.5', { ex: undefined }, /not an exercise seed/],
    ['#exercise=9', { exercise: 6 }, /exercise=9 is out of range \(1–6\); using 6/],
    ['#exercise=two', { exercise: undefined }, /exercise=two is not an exercise number/],
    ['#exlock=maybe', { exlock: undefined }, /exlock=maybe is not 1 or 0/],
  ])('%s gives a sane default and a notice', (hash, expected, notice) => {
    const decoded = decodeHash(hash);
    for (const [key, value] of Object.entries(expected)) expect(decoded.view[key as keyof typeof decoded.view]).toBe(value);
    expect(decoded.notices.join(' ')).toMatch(notice);
  });
});

describe('the slice', () => {
  it('uses the default set until a seed is given, and a locked set keeps its seed', () => {
    const store = createAppStore();
    expect(exerciseSeedOf(store.getState())).toBe(DEFAULT_EXERCISE_SEED);
    store.getState().setExSeed(99);
    expect(exerciseSeedOf(store.getState())).toBe(99);
    for (const bad of [-1, 1.5, NaN, 2 ** 32]) store.getState().setExSeed(bad);
    expect(store.getState().exSeed).toBe(99);
    store.getState().setExerciseLink(4711, true, 3);
    store.getState().setExSeed(5);
    expect(store.getState()).toMatchObject({ exSeed: 4711, exLocked: true, exerciseOpen: 3 });
    store.getState().openExercise(9);
    expect(store.getState().exerciseOpen).toBe(3);
  });

  it('keeps right and shown final, and a first wrong choice on record', () => {
    const store = createAppStore();
    const { recordExercise } = store.getState();
    recordExercise('affine', 'tried');
    recordExercise('affine', 'right');
    recordExercise('affine', 'shown');
    recordExercise('chain', 'shown');
    recordExercise('chain', 'right');
    recordExercise('why', 'wrong');
    recordExercise('why', 'right');
    expect(store.getState().exProgress.status).toEqual({ affine: 'right', chain: 'shown', why: 'wrong' });
  });

  it('records an outcome once, for the prediction on record', () => {
    const store = createAppStore();
    store.getState().recordOutcome('keep', 0);
    expect(store.getState().exProgress.prediction).toBeNull();
    store.getState().recordPrediction('vanish', -5, 1);
    store.getState().recordOutcome('vanish', -4.8);
    store.getState().recordOutcome('explode', 3);
    expect(store.getState().exProgress.prediction).toEqual({ said: 'vanish', decade: -5, scene: 1, saw: { growth: 'vanish', log10: -4.8 } });
  });
});

describe('part 6', () => {
  it('asks about a scene of the tour, the same one for the same seed', () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(PREDICT_SCENES).toContain(predictionSceneOf(seed));
      expect(predictionSceneOf(seed)).toBe(predictionSceneOf(seed));
    }
  });

  /** A result whose median gradient goes from 10^top at layer L to 10^bottom at layer 0. */
  function resultFor(scene: number, bottom: number, top: number): GradientResult {
    const arch = sceneArch(scene);
    const p50 = Float64Array.from([bottom, (bottom + top) / 2, top]);
    const archResult = { arch, gradF: { p50 } } as unknown as NonNullable<GradientResult['plain']>;
    return { config: sceneParams(scene), plain: arch === 'plain' ? archResult : null, residual: arch === 'residual' ? archResult : null } as GradientResult;
  }

  it('reads the outcome only from the final result for the scene, once its answer is revealed', () => {
    const store = createAppStore();
    const scene = PREDICT_SCENES[1];
    const s = () => store.getState();
    s().recordPrediction('explode', null, scene);
    s().goToScene(scene);
    const shown = { result: resultFor(scene, -3.2, 0.5), final: true, ms: 1, paramsKey: paramsKey(sceneParams(scene)) };
    s().setResult(shown);
    expect(liveOutcome(s())).toBeNull(); // not revealed yet
    s().revealAnswer();
    expect(liveOutcome(s())).toEqual({ growth: 'vanish', log10: -3.7 });
    s().setResult({ ...shown, paramsKey: paramsKey(DEFAULT_PARAMS) });
    expect(liveOutcome(s())).toBeNull(); // a result of other parameters
    s().setResult({ ...shown, final: false });
    expect(liveOutcome(s())).toBeNull(); // a preview
  });
});

describe('through connectStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a link sets the exercise fields, and a new seed reaches the URL', () => {
    const factory = fakeWorkerFactory();
    const client = new GradientClient(factory.create, { deadlineMs: 1000 });
    const store = createAppStore();
    const win = {
      location: { hash: '#ex=42&exercise=2' },
      history: { state: null, replaceState: (_s: unknown, _u: string, url?: string | null) => void (win.location.hash = url ?? '') },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    const disconnect = connectStore(store, client, win);
    expect(store.getState()).toMatchObject({ exSeed: 42, exerciseOpen: 2, exLocked: false });
    store.getState().setExSeed(7);
    vi.advanceTimersByTime(200);
    expect(win.location.hash).toBe(`${encodeHash(DEFAULT_PARAMS)}&ex=7&exercise=2`);
    disconnect();
  });
});
