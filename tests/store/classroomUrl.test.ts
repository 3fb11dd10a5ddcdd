// The classroom's URL fields: `scene` (numbered from 1) and `present`, written only when set,
// read back exactly; a link to a scene fills the parameters it leaves out from that scene;
// bad values become a sane view with a short notice. Then the same through connectStore.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENES, sceneParams } from '../../src/store/classroomScenes';
import { DEFAULT_PARAMS } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';
import { connectStore } from '../../src/store/sync';
import { decodeHash, DEFAULT_VIEW, encodeHash } from '../../src/store/urlCodec';
import { GradientClient } from '../../src/worker/client';
import { fakeWorkerFactory } from '../worker/fakes';

const count = SCENES.length;

describe('encodeHash', () => {
  it('writes scene and present after everything else, and nothing when they are off', () => {
    const base = encodeHash(DEFAULT_PARAMS);
    expect(encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, scene: null, present: false })).toBe(base);
    expect(encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, scene: 2, present: true })).toBe(`${base}&scene=3&present=1`);
    expect(encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, embed: true, scene: 0 })).toBe(`${base}&embed=1&scene=1`);
  });

  it('every scene round-trips with its own parameters and no notice', () => {
    SCENES.forEach((_, i) => {
      const decoded = decodeHash(encodeHash(sceneParams(i), { ...DEFAULT_VIEW, scene: i, present: true }));
      expect(decoded).toEqual({ params: sceneParams(i), view: { ...DEFAULT_VIEW, scene: i, present: true }, notices: [] });
    });
  });
});

describe('decodeHash', () => {
  it('a link to a scene takes the parameters it leaves out from that scene', () => {
    expect(decodeHash('#scene=7').params).toEqual(sceneParams(6));
    expect(decodeHash('#scene=7&depth=20').params).toEqual({ ...sceneParams(6), depth: 20 });
    expect(decodeHash('#depth=20').params).toEqual({ ...DEFAULT_PARAMS, depth: 20 });
  });

  const cases: [string, { scene?: number; present?: boolean }, string[]][] = [
    ['#scene=1', { scene: 0 }, []],
    [`#scene=${count}`, { scene: count - 1 }, []],
    ['#scene=0', {}, []],
    ['#scene=', {}, []],
    ['#scene=none', {}, []],
    [`#scene=${count + 5}`, { scene: count - 1 }, [`scene=${count + 5} is out of range (1–${count}); using ${count}`]],
    ['#scene=-2', {}, [`scene=-2 is not a scene number (1–${count}); using none`]],
    ['#scene=2.5', {}, [`scene=2.5 is not a scene number (1–${count}); using none`]],
    ['#scene=%3Cscript%3E', {}, [`scene=<script> is not a scene number (1–${count}); using none`]],
    ['#present=1', { present: true }, []],
    ['#present', { present: true }, []],
    ['#present=0', {}, []],
    ['#present=loud', {}, ['present=loud is not 1 or 0; using 0']],
  ];
  it.each(cases)('%s → %o with notices %o', (hash, view, notices) => {
    const decoded = decodeHash(hash);
    expect(decoded.view).toEqual({ ...DEFAULT_VIEW, ...view });
    expect(decoded.notices).toEqual(notices);
  });
});

describe('through connectStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(hash: string) {
    const factory = fakeWorkerFactory();
    const client = new GradientClient(factory.create, { deadlineMs: 1000 });
    const store = createAppStore();
    const win = {
      location: { hash },
      history: { state: null, replaceState: (_s: unknown, _u: string, url?: string | null) => void (win.location.hash = url ?? '') },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    const disconnect = connectStore(store, client, win);
    return { store, win, disconnect, factory };
  }

  it('a link opens its scene, hidden answer, in presentation mode, computing its setup', () => {
    const { store, factory, disconnect } = setup('#scene=3&present=1');
    expect(store.getState()).toMatchObject({ scene: 2, sceneRevealed: false, present: true, params: sceneParams(2) });
    expect(factory.workers[0].posted[0]).toMatchObject({ type: 'gradients', arch: sceneParams(2).arch });
    disconnect();
  });

  it('moving through the tour rewrites the URL once things settle', () => {
    const { store, win, disconnect } = setup('');
    store.getState().goToScene(4);
    store.getState().setPresent(true);
    vi.advanceTimersByTime(200);
    expect(win.location.hash).toBe(`${encodeHash(sceneParams(4))}&scene=5&present=1`);
    store.getState().leaveTour();
    store.getState().setPresent(false);
    vi.advanceTimersByTime(200);
    expect(win.location.hash).toBe(encodeHash(sceneParams(4)));
    disconnect();
  });
});
