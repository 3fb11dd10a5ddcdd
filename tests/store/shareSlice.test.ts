// The share slice: one open panel at a time, and lock/hide lists that stay canonical,
// disjoint, and keep their identity when nothing changes.

import { describe, expect, it } from 'vitest';
import { accessOf, canonicalControls } from '../../src/store/shareSlice';
import { createAppStore } from '../../src/store/store';

describe('share slice', () => {
  it('starts with nothing locked, hidden, open or embedded', () => {
    expect(createAppStore().getState()).toMatchObject({ panel: null, locked: [], hidden: [], embed: false });
  });

  it('togglePanel opens one panel and closes it again; opening another replaces it', () => {
    const store = createAppStore();
    store.getState().togglePanel('customise');
    expect(store.getState().panel).toBe('customise');
    store.getState().togglePanel('export');
    expect(store.getState().panel).toBe('export');
    store.getState().togglePanel('export');
    expect(store.getState().panel).toBeNull();
  });

  it('setControlAccess moves a control between open, locked and hidden, in panel order', () => {
    const store = createAppStore();
    const { setControlAccess } = store.getState();
    setControlAccess('seed', 'locked');
    setControlAccess('depth', 'locked');
    expect(store.getState().locked).toEqual(['depth', 'seed']);
    setControlAccess('depth', 'hidden');
    expect(store.getState()).toMatchObject({ locked: ['seed'], hidden: ['depth'] });
    setControlAccess('depth', 'open');
    setControlAccess('seed', 'open');
    expect(store.getState()).toMatchObject({ locked: [], hidden: [] });
  });

  it('setAccess: a control both locked and hidden is hidden; repeats vanish', () => {
    const store = createAppStore();
    store.getState().setAccess(['init', 'depth', 'depth'], ['init']);
    expect(store.getState()).toMatchObject({ locked: ['depth'], hidden: ['init'] });
  });

  it('an unchanged list keeps its array, so subscribers see no change', () => {
    const store = createAppStore();
    store.getState().setAccess(['depth'], []);
    const { locked, hidden } = store.getState();
    store.getState().setAccess(['depth'], []);
    expect(store.getState().locked).toBe(locked);
    expect(store.getState().hidden).toBe(hidden);
  });

  it('accessOf and canonicalControls', () => {
    expect(accessOf('depth', ['depth'], [])).toBe('locked');
    expect(accessOf('depth', ['depth'], ['depth'])).toBe('hidden');
    expect(accessOf('seed', ['depth'], [])).toBe('open');
    expect(canonicalControls(['seed', 'bogus', 'depth', 'seed'])).toEqual(['depth', 'seed']);
  });
});
