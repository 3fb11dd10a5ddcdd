// The store's actions: defaults, clamping, identity when nothing changes, and the results
// and view slices.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core';
import { DEFAULT_PARAMS, UI_LIMITS, type Params } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';
import { MAX_NOTICES } from '../../src/store/viewSlice';
import { fakeResult } from '../worker/fakes';

describe('params slice', () => {
  it('starts from the core defaults, both architectures', () => {
    const { params } = createAppStore().getState();
    expect(params).toEqual({ ...DEFAULT_CONFIG, arch: 'both' });
    expect(params).toMatchObject({ depth: 50, width: 64, batch: 16, activation: 'tanh' });
  });

  it('UI_LIMITS caps depth at 1000 and width at 2..512', () => {
    expect(UI_LIMITS.depth.max).toBe(1000);
    expect([UI_LIMITS.width.min, UI_LIMITS.width.max]).toEqual([2, 512]);
  });

  const clamps: [keyof Params, number, number][] = [
    ['depth', 5000, 1000],
    ['depth', 0, 1],
    ['depth', 12.4, 12],
    ['depth', NaN, DEFAULT_PARAMS.depth],
    ['depth', Infinity, 1000],
    ['width', 1, 2],
    ['width', 4096, 512],
    ['sigmaW', -1, 0.01],
    ['sigmaW', 0.1 + 0.2, 0.3],
    ['sigmaW', 1.23456789, 1.23457],
    ['sigmaB', -0, 0],
    ['batch', 1e9, 1024],
    ['seed', -5, 0],
    ['seed', 2 ** 40, 2 ** 32 - 1],
    ['inputScale', 0, 0.001],
  ];
  it.each(clamps)('setParam(%s, %s) stores %s', (key, value, expected) => {
    const store = createAppStore();
    store.getState().setParam(key, value as never);
    expect(Object.is(store.getState().params[key], expected)).toBe(true);
  });

  it('ignores a choice that is not allowed', () => {
    const store = createAppStore();
    store.getState().setParam('activation', 'softmax' as never);
    store.getState().setParam('arch', 'dense' as never);
    store.getState().setParam('depth', '7' as never);
    expect(store.getState().params).toBe(DEFAULT_PARAMS);
  });

  it('sets a valid choice', () => {
    const store = createAppStore();
    store.getState().setParam('activation', 'relu');
    store.getState().setParam('arch', 'residual');
    expect(store.getState().params).toMatchObject({ activation: 'relu', arch: 'residual' });
  });

  it('keeps the same params object when nothing changes', () => {
    const store = createAppStore();
    const before = store.getState().params;
    store.getState().setParam('depth', 50);
    store.getState().setParam('depth', 50.2);
    store.getState().setParams({ width: 64, activation: 'tanh' });
    expect(store.getState().params).toBe(before);
  });

  it('setParams changes several parameters in one update and ignores unknown keys', () => {
    const store = createAppStore();
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().setParams({ depth: 10, width: 16, sigmaW: 2, ...({ bogus: 1 } as object) });
    expect(updates).toBe(1);
    expect(store.getState().params).toMatchObject({ depth: 10, width: 16, sigmaW: 2 });
    expect(store.getState().params).not.toHaveProperty('bogus');
  });

  it('reroll steps the seed deterministically and wraps at the top', () => {
    const store = createAppStore();
    store.getState().reroll();
    expect(store.getState().params.seed).toBe(DEFAULT_PARAMS.seed + 1);
    store.getState().setParam('seed', UI_LIMITS.seed.max);
    store.getState().reroll();
    expect(store.getState().params.seed).toBe(0);
  });
});

describe('results slice', () => {
  it('a preview leaves computing on; the final result turns it off and clears the error', () => {
    const store = createAppStore();
    const result = fakeResult();
    store.getState().setError('boom');
    store.getState().setResult({ result, final: false, ms: 3, paramsKey: '#a' });
    expect(store.getState()).toMatchObject({ result, resultFinal: false, computing: true, error: null, lastMs: 3, resultParamsKey: '#a' });
    store.getState().setResult({ result, final: true, ms: 40, paramsKey: '#a' });
    expect(store.getState()).toMatchObject({ resultFinal: true, computing: false, lastMs: 40 });
    store.getState().setResult({ result, final: true, ms: 40, paramsKey: '#b' }, true);
    expect(store.getState().computing).toBe(true);
  });

  it('setError keeps the shown result', () => {
    const store = createAppStore();
    const result = fakeResult();
    store.getState().setResult({ result, final: true, ms: 1, paramsKey: '#a' });
    store.getState().setComputing(true);
    store.getState().setError('worker crashed');
    expect(store.getState()).toMatchObject({ result, error: 'worker crashed', computing: false });
  });
});

describe('view slice', () => {
  it('hover and selection', () => {
    const store = createAppStore();
    store.getState().setHoverLayer(3);
    store.getState().setSelectedLayer(7);
    expect(store.getState()).toMatchObject({ hoverLayer: 3, selectedLayer: 7 });
    store.getState().setHoverLayer(null);
    expect(store.getState().hoverLayer).toBeNull();
  });

  it('notices: no duplicates, capped, dismissed by index', () => {
    const store = createAppStore();
    const { addNotice } = store.getState();
    addNotice('a');
    addNotice('a');
    expect(store.getState().notices).toEqual(['a']);
    for (let i = 0; i < 10; i++) addNotice(`n${i}`);
    expect(store.getState().notices).toHaveLength(MAX_NOTICES);
    expect(store.getState().notices.at(-1)).toBe('n9');
    store.getState().dismissNotice(0);
    expect(store.getState().notices[0]).toBe(`n${10 - MAX_NOTICES + 1}`);
    store.getState().dismissNotice(99);
    expect(store.getState().notices).toHaveLength(MAX_NOTICES - 1);
  });

  it('a notice given again becomes the newest, so the next ones cannot push it out', () => {
    const store = createAppStore();
    const { addNotice } = store.getState();
    for (let i = 0; i < MAX_NOTICES; i++) addNotice(`n${i}`);
    addNotice('n0');
    for (let i = 0; i < MAX_NOTICES - 1; i++) addNotice(`m${i}`);
    expect(store.getState().notices).toEqual(['n0', ...Array.from({ length: MAX_NOTICES - 1 }, (_, i) => `m${i}`)]);
  });
});
