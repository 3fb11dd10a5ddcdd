// connectStore with a look-ahead, over the real client and a fake Worker: the likely next
// settings go to the worker as one list after each change; a setting computed ahead, or seen
// before, is shown in the same task as the change that asks for it, with no request; results
// computed ahead are never shown for other settings, and an older reply never replaces them.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkConfig } from '../../src/core';
import { GradientClient } from '../../src/worker/client';
import { DRAG_GAP_MS } from '../../src/store/gradientRequests';
import type { WorkerReply, WorkerRequest } from '../../src/worker/protocol';
import { likelyNext } from '../../src/store/lookAhead';
import { configOf, DEFAULT_PARAMS, type Params } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';
import { connectStore, type HashWindow } from '../../src/store/sync';
import { paramsKey } from '../../src/store/urlCodec';
import { fakeResult, fakeWorkerFactory, resultReply } from '../worker/fakes';

const LOOK_AHEAD = { cacheBytes: 1 << 20, cacheEntries: 64, ahead: 3 };

function quietWindow(): HashWindow {
  return {
    location: { hash: '' },
    history: { state: null, replaceState: () => {} },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
}

function setup(options: { frame?: (f: () => void) => void } = {}) {
  const factory = fakeWorkerFactory();
  const client = new GradientClient(factory.create, { deadlineMs: 60_000 });
  const store = createAppStore();
  const disconnect = connectStore(store, client, quietWindow(), { lookAhead: LOOK_AHEAD, ...options });
  const worker = () => factory.workers[factory.workers.length - 1];
  const posted = () => factory.workers.flatMap((w) => w.posted);
  const lists = () => posted().filter((r): r is Extract<WorkerRequest, { type: 'gradients-ahead' }> => r.type === 'gradients-ahead');
  const requests = () => posted().filter((r): r is Extract<WorkerRequest, { type: 'gradients' }> => r.type === 'gradients');
  const state = () => store.getState();
  const done = () => {
    disconnect();
    client.dispose();
  };
  return { worker, posted, lists, requests, state, done };
}

/** The reply to setting `index` of list `id`, a result told apart by `fill`. */
function aheadReply(id: number, index: number, config: NetworkConfig, fill: number): WorkerReply {
  return { type: 'gradients-ahead-result', id, index, result: { ...fakeResult(fill), config }, ms: 2 };
}

const withDepth = (depth: number): Params => ({ ...DEFAULT_PARAMS, depth });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('connectStore with a look-ahead', () => {
  it('asks for the setting, then gives the worker the likely next ones in one list', () => {
    const { posted, lists, done } = setup();
    expect(posted()[0]).toMatchObject({ type: 'gradients', id: 1, config: configOf(DEFAULT_PARAMS) });
    expect(lists()).toHaveLength(1);
    expect(lists()[0]).toMatchObject({ id: 2, arch: 'both', configs: likelyNext(null, DEFAULT_PARAMS, 3).map(configOf) });
    done();
  });

  it('shows a setting computed ahead at once when the reader comes to it, without a request', () => {
    const { worker, lists, requests, state, done } = setup();
    worker().reply(resultReply(1));
    const list = lists()[0];
    const index = list.configs.findIndex((c) => c.depth !== DEFAULT_PARAMS.depth);
    const target = { ...DEFAULT_PARAMS, ...list.configs[index] };
    worker().reply(aheadReply(list.id, index, list.configs[index], 42));
    // computed ahead, not asked for: the screen keeps the reader's own setting
    expect(state().resultParamsKey).toBe(paramsKey(DEFAULT_PARAMS));
    expect(state().result?.plain?.gradF.mean[0]).toBe(1);

    state().setParam('depth', target.depth);
    expect(state().resultParamsKey).toBe(paramsKey(target));
    expect(state().result?.plain?.gradF.mean[0]).toBe(42);
    expect(state()).toMatchObject({ resultFinal: true, computing: false, lastMs: 2 });
    expect(requests()).toHaveLength(1);
    // and the next positions in the direction of the move go to the worker
    const next = lists()[lists().length - 1];
    expect(next.configs.map((c) => c.depth)).toEqual(likelyNext(DEFAULT_PARAMS, target, 3).map((p) => p.depth).filter((d) => d !== DEFAULT_PARAMS.depth));
    done();
  });

  it('shows a setting seen before from the cache, exactly the result it was given', () => {
    const { worker, requests, state, done } = setup();
    worker().reply(resultReply(1));
    const first = state().result;
    state().setParam('depth', 7);
    const id = requests()[requests().length - 1].id;
    worker().reply(resultReply(id));
    expect(state().resultParamsKey).toBe(paramsKey(withDepth(7)));
    state().setParam('depth', DEFAULT_PARAMS.depth);
    expect(state().result).toBe(first);
    expect(state()).toMatchObject({ resultFinal: true, computing: false, resultParamsKey: paramsKey(DEFAULT_PARAMS) });
    expect(requests()).toHaveLength(2);
    done();
  });

  it('an older request answered after a setting came from the cache does not replace it', () => {
    const { worker, requests, state, done } = setup();
    worker().reply(resultReply(1));
    state().setParam('depth', 7);
    const id = requests()[requests().length - 1].id;
    // back to the cached default before depth 7 is answered
    state().setParam('depth', DEFAULT_PARAMS.depth);
    worker().reply(resultReply(id, true, 77));
    expect(state().resultParamsKey).toBe(paramsKey(DEFAULT_PARAMS));
    expect(state().result?.plain?.gradF.mean[0]).toBe(1);
    expect(state().computing).toBe(false);
    // its result is kept for the next visit
    state().setParam('depth', 7);
    expect(state().result?.plain?.gradF.mean[0]).toBe(77);
    expect(requests()).toHaveLength(2);
    done();
  });

  it('while the reader waits, an older setting is shown marked out of date, then the own one', () => {
    const { worker, requests, state, done } = setup();
    worker().reply(resultReply(1));
    state().setParam('depth', 7);
    const seven = requests()[requests().length - 1].id;
    state().setParam('depth', 8);
    worker().reply(resultReply(seven, true, 7));
    expect(state().resultParamsKey).toBe(paramsKey(withDepth(7)));
    expect(state().computing).toBe(true);
    const eight = requests()[requests().length - 1].id;
    expect(eight).toBeGreaterThan(seven);
    worker().reply(resultReply(eight, true, 8));
    expect(state()).toMatchObject({ resultParamsKey: paramsKey(withDepth(8)), computing: false, resultFinal: true });
    done();
  });

  /**
   * Replies held to one commit a frame: the default answered and its frame over, then depth 7
   * and 8 asked for and 7 answered (applied at once, the first of its frame).
   */
  function framedDrag() {
    const frames: (() => void)[] = [];
    const page = setup({ frame: (f) => frames.push(f) });
    const nextFrames = () => {
      while (frames.length) frames.shift()!();
    };
    page.worker().reply(resultReply(1));
    nextFrames();
    page.state().setParam('depth', 7);
    const seven = page.requests()[page.requests().length - 1].id;
    page.state().setParam('depth', 8);
    page.worker().reply(resultReply(seven, true, 7));
    // the request for depth 8 waited for that reply to be posted
    const eight = page.requests()[page.requests().length - 1].id;
    expect(page.requests()[page.requests().length - 1].config.depth).toBe(8);
    return { ...page, nextFrames, eight };
  }

  it('with replies held to one a frame, the frame shows the reader’s setting, not an older reply after it', () => {
    const { state, done, nextFrames } = framedDrag();
    state().setParam('depth', DEFAULT_PARAMS.depth); // cached: waits for the next frame
    expect(state().resultParamsKey).toBe(paramsKey(withDepth(7)));
    nextFrames();
    expect(state()).toMatchObject({ resultParamsKey: paramsKey(DEFAULT_PARAMS), computing: false });
    done();
  });

  it('a failure in the same frame as a setting from the cache does not drop that setting', () => {
    const { worker, state, done, nextFrames, eight } = framedDrag();
    state().setParam('depth', DEFAULT_PARAMS.depth); // cached: waits for the next frame
    worker().reply({ type: 'error', id: eight, message: 'depth 8 failed' }); // an older request's failure, same frame
    nextFrames();
    expect(state()).toMatchObject({ resultParamsKey: paramsKey(DEFAULT_PARAMS), computing: false, error: 'depth 8 failed' });
    expect(state().result?.plain?.gradF.mean[0]).toBe(1);
    done();
  });

  it('a list’s failure or a reply of an unknown list shows nothing', () => {
    const { worker, lists, state, done } = setup();
    worker().reply(resultReply(1));
    const list = lists()[0];
    worker().reply({ type: 'error', id: list.id, message: 'bad config' });
    worker().reply(aheadReply(999, 0, configOf(withDepth(3)), 5));
    expect(state().error).toBeNull();
    expect(state().resultParamsKey).toBe(paramsKey(DEFAULT_PARAMS));
    state().setParam('depth', 3);
    expect(state().computing).toBe(true);
    done();
  });

  it('a drag that outruns the workers ends the list under way; once it pauses they look ahead from there', () => {
    const { worker, lists, requests, state, done } = setup();
    worker().reply(resultReply(1));
    vi.advanceTimersByTime(1000);
    state().setParam('depth', 55); // a step after a pause: asked for, and the next ones listed
    const listed = lists().length;
    expect(lists()[listed - 1].configs.map((c) => c.depth)).toEqual([60, 65, 70]);
    vi.advanceTimersByTime(16);
    state().setParam('depth', 60); // the next frame, not computed yet: the drag is ahead
    expect(lists()).toHaveLength(listed + 1);
    expect(lists()[listed].configs).toEqual([]);
    vi.advanceTimersByTime(16);
    state().setParam('depth', 65);
    expect(lists()).toHaveLength(listed + 1);
    expect(requests().length).toBeGreaterThan(1);
    vi.advanceTimersByTime(DRAG_GAP_MS);
    expect(lists()).toHaveLength(listed + 2);
    expect(lists()[listed + 1].configs.map((c) => c.depth)).toEqual([70, 75, 80, 60]);
    done();
  });

  it('sends no list when every likely next setting is cached, and none for a large network', () => {
    const { worker, lists, requests, state, done } = setup();
    worker().reply(resultReply(1));
    state().setParam('sigmaB', 1.95);
    worker().reply(resultReply(requests()[requests().length - 1].id));
    const count = lists().length;
    // σ_b = 2 ends its track: the one likely next setting is 1.95, just computed
    state().setParam('sigmaB', 2);
    expect(requests()[requests().length - 1].config.sigmaB).toBe(2);
    expect(lists()).toHaveLength(count);
    worker().reply(resultReply(requests()[requests().length - 1].id));
    state().setParams({ ...state().params, depth: 1000, width: 256 });
    expect(requests()[requests().length - 1].config).toMatchObject({ depth: 1000, width: 256 });
    expect(lists()).toHaveLength(count);
    done();
  });
});
