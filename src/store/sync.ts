// Makes state flow one way. The parameters drive the worker request and the URL hash; a
// hash edited by hand drives the parameters. Components only write the store: nothing else
// calls the worker or touches the URL. Only `params` reaches the worker, so hover, selection
// and notices never recompute; the view fields (panel, selected layer, lock, hide, embed,
// the training settings) reach the URL alone.

import { shallow } from 'zustand/shallow';
import { connectRequests, type Client, type LookAheadOptions } from './gradientRequests';
import { frameThrottle, type FrameScheduler } from './frameThrottle';
import type { AppState, AppStore } from './store';
import { DEFAULT_TRAINING_SETTINGS } from './trainingSettings';
import { decodeHash, encodeHash, queryView, type UrlView } from './urlCodec';

/** The part of `window` the sync uses; tests pass a fake. */
export interface HashWindow {
  location: { hash: string; search?: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string | null): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface SyncOptions {
  /** The URL is written this long after the last parameter change, so a drag writes it once. */
  urlDelayMs?: number;
  /** With a frame scheduler (requestAnimationFrame), replies reach the store at most once a frame, the newest kept. */
  frame?: FrameScheduler;
  /** Keep final results for settings seen before, and compute the likely next ones while the workers idle. */
  lookAhead?: LookAheadOptions;
}

/** The URL's view fields as the store holds them; a layer beyond the depth is not written. */
export function urlViewOf(s: AppState): UrlView {
  const layer = s.selectedLayer !== null && s.selectedLayer <= s.params.depth ? s.selectedLayer : null;
  return {
    panel: s.panel, layer, lock: s.locked, hide: s.hidden, embed: s.embed, scene: s.scene, present: s.present,
    theory: s.theoryOverlay, phase: s.phaseMode, spectrum: s.spectrumOpen, training: s.trainingSettings, preset: s.trainingPreset,
    ex: s.exSeed, exercise: s.exerciseOpen, exlock: s.exLocked,
  };
}

function applyUrlView(s: AppState, view: UrlView): void {
  s.setPanel(view.panel);
  s.setSelectedLayer(view.layer);
  s.setAccess(view.lock, view.hide);
  s.setEmbed(view.embed);
  s.setScene(view.scene ?? null);
  s.setPresent(view.present ?? false);
  s.setTheoryOverlay(view.theory ?? false);
  s.setPhaseMode(view.phase ?? null);
  s.setSpectrumOpen(view.spectrum ?? false);
  s.restoreTraining(view.training ?? DEFAULT_TRAINING_SETTINGS, view.preset ?? null);
  s.setExerciseLink(view.ex ?? null, view.exlock ?? false, view.exercise ?? null);
}

/**
 * Reads the parameters from the current hash, requests their gradients, and keeps store,
 * worker and URL in step from then on. Returns the function that disconnects everything
 * it set up; the client stays the caller's to dispose.
 */
export function connectStore(store: AppStore, client: Client, win: HashWindow, options: SyncOptions = {}): () => void {
  const urlDelayMs = options.urlDelayMs ?? 150;
  let connected = true;
  const throttled = options.frame ? frameThrottle(options.frame) : (apply: () => void) => apply();
  const commit = (apply: () => void) => throttled(() => connected && apply());
  const state = () => store.getState();
  const requests = connectRequests(
    client,
    {
      show: (shown, computing) => state().setResult(shown, computing),
      fail: (message, computing) => state().setError(message, computing),
      computing: (on) => state().setComputing(on),
      restart: (reason) => state().addNotice(`${reason} It was restarted.`),
    },
    commit,
    options.lookAhead,
  );
  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  // The hash as last read or written here. Any other hash is an edit whose hashchange event
  // may still be queued: a pending write must read it, not overwrite it with older parameters.
  let knownHash = win.location.hash;

  const writeUrlSoon = () => {
    if (urlTimer !== null) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      urlTimer = null;
      if (win.location.hash !== knownHash) return readUrl();
      const hash = encodeHash(state().params, urlViewOf(state()));
      if (win.location.hash !== hash) win.history.replaceState(win.history.state, '', hash);
      knownHash = win.location.hash;
    }, urlDelayMs);
  };

  const readUrl = () => {
    knownHash = win.location.hash;
    const { params, view, notices } = decodeHash(knownHash);
    state().setParams(params);
    // ?embed=1 in the query (fixed by the embedding page) holds whatever the hash says.
    applyUrlView(state(), { ...view, ...queryView(win.location.search ?? '') });
    for (const notice of notices) state().addNotice(notice);
    // Rewrites a hand-edited hash in its clean form, even when the parameters did not change.
    writeUrlSoon();
  };

  if (win.location.hash !== '') readUrl();
  else {
    applyUrlView(state(), { ...urlViewOf(state()), ...queryView(win.location.search ?? '') });
    writeUrlSoon();
  }
  requests.want(state().params);

  const stopParams = store.subscribe(
    (s) => s.params,
    (params) => {
      requests.want(params);
      writeUrlSoon();
    },
    { equalityFn: shallow },
  );
  const stopView = store.subscribe(urlViewOf, writeUrlSoon, { equalityFn: shallow });
  win.addEventListener('hashchange', readUrl);

  return () => {
    connected = false;
    stopParams();
    stopView();
    requests.dispose();
    win.removeEventListener('hashchange', readUrl);
    if (urlTimer !== null) clearTimeout(urlTimer);
    urlTimer = null;
  };
}
