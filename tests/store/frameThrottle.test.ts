// frameThrottle: the first commit of a frame runs at once, later ones in the same frame wait
// for the next frame and only the newest of them runs; connectStore uses it for the replies.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameThrottle } from '../../src/store/frameThrottle';
import { GradientClient } from '../../src/worker/client';
import { createAppStore } from '../../src/store/store';
import { connectStore } from '../../src/store/sync';
import { fakeWorkerFactory, resultReply } from '../worker/fakes';

/** A frame clock the test advances by hand. */
function fakeFrames() {
  let queued: (() => void)[] = [];
  return {
    schedule: (f: () => void) => void queued.push(f),
    tick() {
      const run = queued;
      queued = [];
      run.forEach((f) => f());
    },
    pending: () => queued.length,
  };
}

describe('frameThrottle', () => {
  it('runs the first commit at once and only the newest of the rest on the next frame', () => {
    const frames = fakeFrames();
    const commit = frameThrottle(frames.schedule);
    const applied: number[] = [];
    commit(() => applied.push(1));
    expect(applied).toEqual([1]);
    commit(() => applied.push(2));
    commit(() => applied.push(3));
    expect(applied).toEqual([1]);
    frames.tick();
    expect(applied).toEqual([1, 3]);
    frames.tick(); // a frame with nothing waiting ends the throttle
    expect(frames.pending()).toBe(0);
    commit(() => applied.push(4));
    expect(applied).toEqual([1, 3, 4]);
  });
});

describe('connectStore with a frame scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('commits at most one reply per frame, the newest', () => {
    const factory = fakeWorkerFactory();
    const client = new GradientClient(factory.create, { deadlineMs: 1000 });
    const store = createAppStore();
    const frames = fakeFrames();
    const win = {
      location: { hash: '' },
      history: { state: null, replaceState: vi.fn() },
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    const disconnect = connectStore(store, client, win, { frame: frames.schedule });
    const worker = factory.workers[factory.workers.length - 1];
    const commits: number[] = [];
    store.subscribe((s, prev) => {
      if (s.result !== prev.result) commits.push(s.result!.plain!.gradF.p50[0]);
    });
    worker.reply(resultReply(1, false, 5));
    worker.reply(resultReply(1, false, 6));
    worker.reply(resultReply(1, true, 7));
    expect(commits).toEqual([5]);
    frames.tick();
    expect(commits).toEqual([5, 7]);
    expect(store.getState()).toMatchObject({ resultFinal: true, computing: false });
    // a reply waiting for its frame is dropped once disconnected
    frames.tick();
    store.getState().setParam('depth', 20);
    worker.reply(resultReply(2, false, 8));
    worker.reply(resultReply(2, false, 9));
    expect(commits).toEqual([5, 7, 8]);
    disconnect();
    frames.tick();
    expect(commits).toEqual([5, 7, 8]);
    client.dispose();
  });
});
