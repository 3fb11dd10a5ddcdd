// The pins slice: pins only a final result of the current parameters, at most MAX_PINS,
// never the same settings twice, with stable tags that free up when a pin is removed.

import { describe, expect, it } from 'vitest';
import { MAX_PINS } from '../../src/store/pinsSlice';
import { createAppStore } from '../../src/store/store';
import { paramsKey } from '../../src/store/urlCodec';
import { fakeResult } from '../worker/fakes';

/** A store showing the final result of its current parameters. */
function settled(store = createAppStore(), fill = 0) {
  const s = store.getState();
  s.setResult({ result: fakeResult(fill), final: true, ms: 1, paramsKey: paramsKey(s.params) });
  return store;
}

describe('pins slice', () => {
  it('pins nothing before the final result of the current parameters is shown', () => {
    const store = createAppStore();
    expect(store.getState().pinCurrent()).toBe('not-ready');
    const s = store.getState();
    s.setResult({ result: fakeResult(), final: false, ms: 1, paramsKey: paramsKey(s.params) });
    expect(store.getState().pinCurrent()).toBe('not-ready');
    settled(store);
    store.getState().setParam('depth', 12);
    expect(store.getState().pinCurrent()).toBe('not-ready');
    expect(store.getState().pins).toEqual([]);
  });

  it('pins the shown curves with the settings, as a copy', () => {
    const store = settled(createAppStore(), 3);
    expect(store.getState().pinCurrent()).toBe('pinned');
    const [pin] = store.getState().pins;
    expect(pin.tag).toBe(1);
    expect(pin.params).toEqual(store.getState().params);
    expect(pin.curves.map((c) => c.arch)).toEqual(['plain', 'residual']);
    const live = store.getState().result!.plain!.gradF.p50;
    expect(Array.from(pin.curves[0].p50)).toEqual(Array.from(live));
    expect(pin.curves[0].p50).not.toBe(live);
  });

  it('keeps only the architecture the view shows', () => {
    const store = createAppStore();
    store.getState().setParam('arch', 'residual');
    settled(store);
    store.getState().pinCurrent();
    expect(store.getState().pins[0].curves.map((c) => c.arch)).toEqual(['residual']);
  });

  it('refuses the same settings twice, and more than MAX_PINS', () => {
    const store = settled();
    expect(store.getState().pinCurrent()).toBe('pinned');
    expect(store.getState().pinCurrent()).toBe('duplicate');
    for (let depth = 2; store.getState().pins.length < MAX_PINS; depth++) {
      store.getState().setParam('depth', depth);
      settled(store);
      expect(store.getState().pinCurrent()).toBe('pinned');
    }
    store.getState().setParam('depth', 40);
    settled(store);
    expect(store.getState().pinBlocker()).toBe('full');
    expect(store.getState().pinCurrent()).toBe('full');
    expect(store.getState().pins.map((p) => p.tag)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a removed pin frees its tag for the next one; clearPins empties the list', () => {
    const store = settled();
    store.getState().pinCurrent();
    store.getState().setParam('depth', 3);
    settled(store).getState().pinCurrent();
    store.getState().removePin(1);
    expect(store.getState().pins.map((p) => p.tag)).toEqual([2]);
    store.getState().setParam('depth', 4);
    settled(store).getState().pinCurrent();
    expect(store.getState().pins.map((p) => [p.tag, p.params.depth])).toEqual([
      [2, 3],
      [1, 4],
    ]);
    const before = store.getState().pins;
    store.getState().removePin(99);
    expect(store.getState().pins).toBe(before);
    store.getState().clearPins();
    expect(store.getState().pins).toEqual([]);
  });
});
