// connectStore with the real client over a fake Worker and a fake window: parameters drive
// requests and the URL, the URL drives parameters and training settings, and hover never recomputes.

import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { GradientClient } from '../../src/worker/client';
import { configOf, DEFAULT_PARAMS } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';
import { DEFAULT_TRAINING_SETTINGS } from '../../src/store/trainingSettings';
import { connectStore, type HashWindow } from '../../src/store/sync';
import { encodeHash } from '../../src/store/urlCodec';
import { fakeWorkerFactory, resultReply } from '../worker/fakes';

function fakeWindow(initialHash = '') {
  const listeners = new Set<() => void>();
  const win = {
    location: { hash: initialHash },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _unused: string, url?: string | null) => {
        win.location.hash = url ?? '';
      }),
    },
    addEventListener: (_type: 'hashchange', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'hashchange', listener: () => void) => listeners.delete(listener),
    /** The reader edits the address bar. */
    navigate(hash: string) {
      win.location.hash = hash;
      for (const listener of listeners) listener();
    },
    listenerCount: () => listeners.size,
  };
  return win;
}

function setup(hash = '') {
  const factory = fakeWorkerFactory();
  const client = new GradientClient(factory.create, { deadlineMs: 1000 });
  const store = createAppStore();
  const win = fakeWindow(hash);
  const disconnect = connectStore(store, client, win);
  const worker = () => factory.workers[factory.workers.length - 1];
  const posted = () => factory.workers.flatMap((w) => w.posted);
  const state = () => store.getState();
  return { factory, client, store, win, disconnect, worker, posted, state };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('connectStore', () => {
  it('window fits HashWindow', () => {
    expectTypeOf<Window>().toExtend<HashWindow>();
  });

  it('with no hash: requests the defaults and writes their hash once things settle', () => {
    const { posted, state, win, client, disconnect } = setup();
    expect(posted()).toEqual([{ type: 'gradients', id: 1, config: configOf(DEFAULT_PARAMS), arch: 'both' }]);
    expect(state().computing).toBe(true);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.hash).toBe(encodeHash(DEFAULT_PARAMS));
    disconnect();
    client.dispose();
  });

  it('reads the hash first, cleans it, says what it changed, and requests only that', () => {
    const { posted, state, win, client, disconnect } = setup('#depth=5000&act=relu&bogus=1');
    expect(state().params).toMatchObject({ depth: 1000, activation: 'relu', width: 64 });
    expect(state().notices).toEqual(['depth=5000 is out of range; using 1000', 'Ignored unknown key "bogus"']);
    expect(posted()).toHaveLength(1);
    const request = posted()[0];
    expect(request.type === 'gradients' && request.config).toMatchObject({ depth: 1000, activation: 'relu' });
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toBe(encodeHash(state().params));
    disconnect();
    client.dispose();
  });

  it('writes results back with the key of the parameters they belong to', () => {
    const { worker, state, client, disconnect } = setup();
    const key = encodeHash(DEFAULT_PARAMS);
    worker().reply(resultReply(1, false));
    expect(state()).toMatchObject({ resultFinal: false, computing: true, resultParamsKey: key, lastMs: 1 });
    worker().reply(resultReply(1, true));
    expect(state()).toMatchObject({ resultFinal: true, computing: false, resultParamsKey: key });
    disconnect();
    client.dispose();
  });

  it('a parameter change requests again; hover, selection and notices do not', () => {
    const { worker, posted, state, win, client, disconnect } = setup();
    worker().reply(resultReply(1));
    vi.advanceTimersByTime(150);
    const writes = win.history.replaceState.mock.calls.length;

    state().setHoverLayer(4);
    state().addNotice('hello');
    state().setParam('depth', 50);
    vi.advanceTimersByTime(1000);
    expect(posted()).toHaveLength(1);
    expect(win.history.replaceState).toHaveBeenCalledTimes(writes);
    // The selected layer is part of a shared view: it reaches the URL, never the worker.
    state().setSelectedLayer(9);
    vi.advanceTimersByTime(1000);
    expect(posted()).toHaveLength(1);
    expect(win.location.hash).toContain('&layer=9');

    state().setParam('depth', 20);
    expect(posted()).toHaveLength(2);
    expect(state().computing).toBe(true);
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toContain('depth=20&');
    disconnect();
    client.dispose();
  });

  it('a drag coalesces requests, shows no stale result, and writes the URL once', () => {
    const { worker, posted, state, win, client, disconnect } = setup();
    worker().reply(resultReply(1));
    vi.advanceTimersByTime(150);
    win.history.replaceState.mockClear();

    for (let i = 1; i <= 30; i++) {
      state().setParam('sigmaW', 1 + i / 100);
      vi.advanceTimersByTime(16);
    }
    // One request went out at the first move; the rest wait for its first reply.
    expect(posted()).toHaveLength(2);
    worker().reply(resultReply(2));
    expect(posted()).toHaveLength(3);
    const last = posted()[2];
    expect(last.type === 'gradients' && last.config.sigmaW).toBe(1.3);
    expect(state().computing).toBe(true);
    // A late reply to a superseded request changes nothing.
    const before = state().result;
    worker().reply(resultReply(2));
    expect(state().result).toBe(before);
    expect(last.id).toBe(31);
    worker().reply(resultReply(last.id));
    expect(state()).toMatchObject({ computing: false, resultFinal: true, resultParamsKey: encodeHash(state().params) });

    vi.advanceTimersByTime(150);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.hash).toContain('sw=1.3&');
    disconnect();
    client.dispose();
  });

  it('an edited hash sets the parameters, with notices for what it could not use', () => {
    const { worker, posted, state, win, client, disconnect } = setup();
    worker().reply(resultReply(1));
    win.navigate('#arch=plain&depth=12&sw=NaN');
    expect(state().params).toMatchObject({ arch: 'plain', depth: 12, sigmaW: 1 });
    expect(state().notices).toEqual(['sw=NaN is not a number; using 1']);
    expect(posted()).toHaveLength(2);
    expect(posted()[1]).toMatchObject({ arch: 'plain' });
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toBe(encodeHash(state().params));
    disconnect();
    client.dispose();
  });

  it('a hash edited just before a pending URL write wins over the older parameters', () => {
    const { state, win, client, disconnect } = setup();
    state().setParam('depth', 7);
    vi.advanceTimersByTime(100);
    // The address bar changes; its hashchange event is still queued when the write comes due.
    win.location.hash = '#depth=12&sw=NaN';
    vi.advanceTimersByTime(50);
    expect(state().params.depth).toBe(12);
    expect(state().notices).toEqual(['sw=NaN is not a number; using 1']);
    win.navigate(win.location.hash);
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toBe(encodeHash(state().params));
    expect(state().params.depth).toBe(12);
    disconnect();
    client.dispose();
  });

  it('an edited hash that changes nothing still gets rewritten in clean form', () => {
    const { state, win, client, disconnect, posted } = setup('#depth=1000');
    vi.advanceTimersByTime(150);
    win.navigate('#depth=99999');
    expect(posted()).toHaveLength(1);
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toBe(encodeHash(state().params));
    disconnect();
    client.dispose();
  });

  it('training settings: a link sets them without a new gradient request, and the panel writes them back', () => {
    const { posted, state, win, client, disconnect } = setup('#depth=12&task=xor&opt=adam&lr=0.005&mb=99&preset=vanishing');
    expect(state().trainingSettings).toMatchObject({ task: 'xor', optimizer: 'adam', learningRate: 0.005, batchSize: 128 });
    expect(state().trainingPreset).toBe('vanishing');
    expect(state().notices).toEqual(['mb=99 is not one of 4, 8, 16, 32, 64, 128; using 128']);
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toBe(`${encodeHash(state().params)}&task=xor&opt=adam&lr=0.005&mb=128&preset=vanishing`);
    state().setTrainingSetting('stepsPerSecond', null);
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toContain('&pace=max&');
    win.navigate(encodeHash(state().params));
    expect(state().trainingSettings).toEqual(DEFAULT_TRAINING_SETTINGS);
    expect(state().trainingPreset).toBeNull();
    expect(posted()).toHaveLength(1);
    disconnect();
    client.dispose();
  });

  it('errors and worker restarts reach the store', () => {
    const { worker, state, client, disconnect } = setup();
    worker().reply({ type: 'error', id: 1, message: 'depth must be an integer' });
    expect(state()).toMatchObject({ error: 'depth must be an integer', computing: false });
    state().setParam('depth', 3);
    worker().crash('out of memory');
    expect(state().notices).toEqual(['The compute worker crashed (out of memory). It was restarted.']);
    worker().reply(resultReply(2));
    expect(state()).toMatchObject({ error: null, computing: false });
    disconnect();
    client.dispose();
  });

  it('disconnect stops every subscription and timer', () => {
    const { posted, state, win, client, disconnect, factory } = setup();
    state().setParam('depth', 7);
    disconnect();
    expect(win.listenerCount()).toBe(0);
    state().setParam('depth', 8);
    win.navigate('#depth=9');
    vi.advanceTimersByTime(1000);
    expect(posted()).toHaveLength(1);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });
});
