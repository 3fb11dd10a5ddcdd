// connectStore and the view fields: a link's lock, hide, panel, layer and embed reach the
// store; changing them rewrites the URL without a new computation; ?embed=1 in the query holds.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GradientClient } from '../../src/worker/client';
import { createAppStore } from '../../src/store/store';
import { connectStore, type HashWindow } from '../../src/store/sync';
import { fakeWorkerFactory } from '../worker/fakes';

function setup(hash = '', search = '') {
  const factory = fakeWorkerFactory();
  const client = new GradientClient(factory.create, { deadlineMs: 1000 });
  const store = createAppStore();
  const listeners = new Set<() => void>();
  const win: HashWindow & { navigate(hash: string): void } = {
    location: { hash, search },
    history: {
      state: null,
      replaceState: (_state: unknown, _unused: string, url?: string | null) => {
        win.location.hash = url ?? '';
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    navigate(next: string) {
      win.location.hash = next;
      for (const listener of listeners) listener();
    },
  };
  const disconnect = connectStore(store, client, win);
  const posted = () => factory.workers.flatMap((w) => w.posted);
  const done = () => {
    disconnect();
    client.dispose();
  };
  return { store, win, posted, done, state: () => store.getState() };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('view fields and the URL', () => {
  it('a link sets lock, hide, panel, layer and embed, and names a bad value in a notice', () => {
    const { state, done } = setup('#depth=20&lock=depth,act&hide=init,zz&panel=export&layer=4&embed=1');
    expect(state()).toMatchObject({ locked: ['depth', 'activation'], hidden: ['init'], panel: 'export', selectedLayer: 4, embed: true });
    expect(state().notices).toEqual(['hide=init,zz names no control "zz" (controls: depth, sw, act, arch, alpha, norm, tied, width, sb, init, seed); using init']);
    done();
  });

  it('changing the view rewrites the URL once, and never requests', () => {
    const { state, win, posted, done } = setup();
    vi.advanceTimersByTime(150);
    state().setControlAccess('depth', 'locked');
    state().setControlAccess('init', 'hidden');
    state().setPanel('customise');
    vi.advanceTimersByTime(150);
    expect(win.location.hash).toMatch(/&panel=customise&lock=depth&hide=init$/);
    expect(posted()).toHaveLength(1);
    done();
  });

  it('a selected layer beyond the depth is left out of the URL', () => {
    const { state, win, done } = setup('#depth=30&layer=25');
    state().setParam('depth', 10);
    vi.advanceTimersByTime(150);
    expect(win.location.hash).not.toContain('layer=');
    done();
  });

  it('?embed=1 turns embed on with or without a hash, and an edited hash keeps it', () => {
    const bare = setup('', '?embed=1');
    expect(bare.state().embed).toBe(true);
    vi.advanceTimersByTime(150);
    expect(bare.win.location.hash).toContain('embed=1');
    bare.done();

    const withHash = setup('#depth=9', '?embed=1');
    expect(withHash.state().embed).toBe(true);
    withHash.win.navigate('#depth=12');
    expect(withHash.state()).toMatchObject({ embed: true, params: { depth: 12 } });
    withHash.done();
  });

  it('an edited hash without view fields resets them', () => {
    const { state, win, done } = setup('#lock=depth&panel=export');
    win.navigate('#depth=12');
    expect(state()).toMatchObject({ locked: [], panel: null });
    done();
  });
});
