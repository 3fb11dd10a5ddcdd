// A section's view of the store: the store's state as the section last took it. On screen it
// takes every change at once; off screen, while the parameters change (a slider being dragged)
// or a computation is under way, it takes the newest state only once the changes stop for
// `quietMs`, or when it comes back on screen, so a dragged slider re-renders only what the
// reader can see. A drag whose results come at once, computed ahead, is still a drag: only a
// change that leaves the parameters alone, once nothing is being computed and no drag's quiet
// time is running, is taken at once; such a change never extends that quiet time. The state still lives in the one store: this is a
// read-only, possibly older snapshot of it, and writes go to the store as before.

import type { AppState, AppStore } from '../../store/store';

export interface DeferredView {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  isOnScreen(): boolean;
  setOnScreen(onScreen: boolean): void;
  /** stops following the store */
  dispose(): void;
}

/** No request in flight and the result shown is final: nothing more is coming. */
export const settled = (s: AppState) => !s.computing && s.resultFinal;

export function createDeferredView(store: AppStore, quietMs = 250): DeferredView {
  let state = store.getState();
  let onScreen = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();

  const catchUp = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (state === store.getState()) return;
    state = store.getState();
    for (const l of listeners) l();
  };
  const stop = store.subscribe((s, before) => {
    if (onScreen) return catchUp();
    const moved = s.params !== before.params;
    // a change that leaves the parameters alone waits for a drag's quiet time, never extends it
    if (!moved && timer !== null) return;
    if (!moved && settled(s)) return catchUp();
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(catchUp, quietMs);
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isOnScreen: () => onScreen,
    setOnScreen(next) {
      if (next === onScreen) return;
      onScreen = next;
      if (onScreen && state !== store.getState()) return catchUp();
      for (const l of listeners) l();
    },
    dispose() {
      stop();
      if (timer !== null) clearTimeout(timer);
      listeners.clear();
    },
  };
}
