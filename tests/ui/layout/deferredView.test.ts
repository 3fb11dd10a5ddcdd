// A section's view of the store: on screen it follows every change; off screen it keeps the
// state it last took until the changes stop for quietMs or it comes back on screen; a change
// that leaves the parameters alone, with nothing being computed, it takes at once.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/store/store';
import { createDeferredView } from '../../../src/ui/layout/deferredView';
import { fakeResult } from '../../worker/fakes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createDeferredView', () => {
  it('on screen follows each change at once', () => {
    const store = createAppStore();
    const view = createDeferredView(store, 250);
    view.setOnScreen(true);
    const seen: number[] = [];
    view.subscribe(() => seen.push(view.getState().params.depth));
    store.getState().setParam('depth', 20);
    store.getState().setParam('depth', 21);
    expect(seen).toEqual([20, 21]);
    expect(view.getState()).toBe(store.getState());
    view.dispose();
  });

  it('off screen, while computing, catches up once the changes stop, or when it comes on screen', () => {
    const store = createAppStore();
    store.getState().setComputing(true);
    const view = createDeferredView(store, 250);
    const before = view.getState().params.depth;
    const seen: number[] = [];
    view.subscribe(() => seen.push(view.getState().params.depth));
    for (let d = 10; d < 20; d++) {
      store.getState().setParam('depth', d);
      vi.advanceTimersByTime(100);
    }
    expect(view.getState().params.depth).toBe(before);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(seen).toEqual([19]);
    store.getState().setParam('depth', 30);
    view.setOnScreen(true);
    expect(seen).toEqual([19, 30]);
    view.dispose();
    store.getState().setParam('depth', 31);
    expect(seen).toEqual([19, 30]);
  });

  it('off screen catches up at once with a change that leaves the parameters alone, once nothing is being computed', () => {
    const store = createAppStore();
    const view = createDeferredView(store, 250);
    store.getState().setComputing(true);
    store.getState().setParam('depth', 12);
    expect(view.getState().params.depth).not.toBe(12);
    // the result of the change: held with it until the changes stop
    store.getState().setResult({ result: fakeResult(), final: true, ms: 1, paramsKey: 'k' }, false);
    expect(view.getState().params.depth).not.toBe(12);
    vi.advanceTimersByTime(250);
    expect(view.getState()).toBe(store.getState());
    // a later final result (nothing else changed, nothing computing) is taken at once
    store.getState().setResult({ result: fakeResult(2), final: true, ms: 1, paramsKey: 'k' }, false);
    expect(view.getState()).toBe(store.getState());
    view.dispose();
  });

  it('off screen holds back a drag whose results come at once (computed ahead) until it stops', () => {
    const store = createAppStore();
    const view = createDeferredView(store, 250);
    const seen: number[] = [];
    view.subscribe(() => seen.push(view.getState().params.depth));
    for (let d = 10; d < 20; d++) {
      store.getState().setParam('depth', d);
      store.getState().setResult({ result: fakeResult(d), final: true, ms: 1, paramsKey: `depth=${d}` }, false);
      vi.advanceTimersByTime(16);
    }
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(seen).toEqual([19]);
    view.dispose();
  });

  it('off screen, replies that stream in after a drag (a diagram filling in) do not put off its catching up', () => {
    const store = createAppStore();
    const view = createDeferredView(store, 250);
    store.getState().setResult({ result: fakeResult(), final: true, ms: 1, paramsKey: 'k' }, false);
    store.getState().setParam('depth', 12);
    for (let t = 0; t < 5; t++) {
      vi.advanceTimersByTime(40);
      store.getState().addNotice(`cells ${t}`);
    }
    expect(view.getState().params.depth).not.toBe(12);
    vi.advanceTimersByTime(50); // 250 ms after the drag's last change, not after the last reply
    expect(view.getState()).toBe(store.getState());
    store.getState().addNotice('done');
    expect(view.getState()).toBe(store.getState());
    view.dispose();
  });

  it('tells its listeners when it goes off screen', () => {
    const store = createAppStore();
    const view = createDeferredView(store);
    view.setOnScreen(true);
    const onScreen: boolean[] = [];
    view.subscribe(() => onScreen.push(view.isOnScreen()));
    view.setOnScreen(false);
    view.setOnScreen(false);
    expect(onScreen).toEqual([false]);
    view.dispose();
  });
});
