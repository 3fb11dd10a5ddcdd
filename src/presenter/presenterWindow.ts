// Window management of a presentation. The projected page opens the presenter view (S, or the
// Presenter view button) as a second window of the same page, with `?presenter=<session>` in
// its query; both then join the channel of that session, so two presentations open in one
// browser never cross, and an ordinary tab of the page joins none. The projected page joins
// when it first opens a presenter view and stays joined, so a presenter view closed and
// opened again finds it.

import type { AppStore } from '../store/store';
import { connectPresenter } from './connectPresenter';
import { CHANNEL_NAME } from './protocol';
import type { Role } from './protocol';

const SESSION = /^[0-9a-f]{8,32}$/;

/** A random hex id; crypto.getRandomValues works on plain http too (a lecture-hall LAN). */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The session a presenter view's query names, or null for an ordinary page. */
export function presenterSession(search: string): string | null {
  const session = new URLSearchParams(search).get('presenter');
  return session !== null && SESSION.test(session) ? session : null;
}

/** The presenter view's address: this page, the session in the query, the same hash. */
export function presenterUrl(location: { pathname: string; hash: string }, session: string): string {
  return `${location.pathname}?presenter=${session}${location.hash}`;
}

let joined: { session: string; leave: () => void } | null = null;

/** Joins `session`'s channel as `role` (once); false where BroadcastChannel is missing. */
export function joinSession(store: AppStore, session: string, role: Role): boolean {
  if (joined !== null) return joined.session === session;
  if (typeof BroadcastChannel === 'undefined') return false;
  const leave = connectPresenter(store, new BroadcastChannel(`${CHANNEL_NAME}:${session}`), { role, id: randomId() });
  joined = { session, leave };
  // pagehide, not unload: it also fires when a closed tab goes to the back-forward cache.
  window.addEventListener('pagehide', () => {
    joined?.leave();
    joined = null;
  }, { once: true });
  return true;
}

/**
 * Opens (or brings back) the presenter view and turns this window into the projected screen.
 * Returns a message for the reader when the browser cannot or will not open it.
 */
export function openPresenterView(store: AppStore): string | null {
  if (typeof BroadcastChannel === 'undefined') return 'This browser cannot link two windows (no BroadcastChannel); present from this window alone.';
  const session = joined?.session ?? randomId();
  joinSession(store, session, 'projector');
  const opened = window.open(presenterUrl(window.location, session), `gradient-flow-presenter-${session}`, 'popup,width=1180,height=800');
  if (opened === null) return 'The browser blocked the presenter window: allow pop-ups for this page, then press S again.';
  store.getState().setPresent(true);
  return null;
}
