// Keeps this window's store in step with the other windows of the page (the projected screen
// and the presenter view) over a BroadcastChannel. Ownership: each window owns its whole store
// and computes its own results; the shared state (protocol.ts) is the same in all of them,
// and whichever window changes it tells the others. A change applied from a message is not
// sent back (no echo), and a message older than the last change seen is dropped (stale).
// Windows announce themselves and say goodbye; one not heard from for PEER_TIMEOUT_MS is gone.

import { shallow } from 'zustand/shallow';
import type { AppState, AppStore } from '../store/store';
import { isLater, readMessage, type PresenterMessage, type Role, type SharedState, type Stamp } from './protocol';

/** The part of BroadcastChannel this needs; tests pass a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface PresenterLinkOptions {
  role: Role;
  /** this window's id, unique among the windows open on the page */
  id: string;
  /** how often a window says it is still there */
  heartbeatMs?: number;
}

/** A window not heard from for this long (several heartbeats) has closed or crashed. */
export const PEER_TIMEOUT_MS = 5000;

/** The shared part of the store. */
export function sharedOf(s: AppState): SharedState {
  return { params: s.params, scene: s.scene, revealed: s.sceneRevealed, blank: s.blank };
}

/** The selector the store subscription compares: one field per shared value. */
const sharedFields = (s: AppState) => [s.params, s.scene, s.sceneRevealed, s.blank] as const;

/** Connects `store` to `channel`; returns the function that disconnects (and says goodbye). */
export function connectPresenter(store: AppStore, channel: ChannelLike, options: PresenterLinkOptions): () => void {
  const { role, id } = options;
  const heartbeatMs = options.heartbeatMs ?? 1500;
  let clock = 0;
  let last: Stamp | null = null;
  let applying = false;
  /** other windows and when each was last heard from */
  const peers = new Map<string, { role: Role; seen: number }>();

  const post = (message: PresenterMessage) => channel.postMessage(message);
  const publishPeers = () => store.getState().setLinkedWindows([...new Set([...peers.values()].map((p) => p.role))].sort());
  /** Sends the state as of `stamp`. */
  const sendState = (stamp: Stamp) => post({ type: 'state', from: id, role, clock: stamp.clock, by: stamp.by, state: sharedOf(store.getState()) });
  /** A change made here: a new stamp, later than every change seen so far. */
  const changedHere = () => {
    clock = Math.max(clock, last?.clock ?? 0) + 1;
    last = { clock, by: id };
    sendState(last);
  };
  const heard = (from: string, peerRole: Role) => {
    const known = peers.has(from);
    peers.set(from, { role: peerRole, seen: Date.now() });
    if (!known) publishPeers();
  };

  /** The first stamp of a window that has not changed anything yet. */
  const changedStamp = () => {
    clock = Math.max(clock, 1);
    last = { clock, by: id };
    return last;
  };

  const apply = (state: SharedState) => {
    applying = true;
    try {
      store.getState().applySharedState(state);
    } finally {
      applying = false;
    }
  };

  const onMessage = (event: { data: unknown }) => {
    const message = readMessage(event.data);
    if (message === null || message.from === id) return;
    if (message.type === 'bye') {
      if (peers.delete(message.from)) publishPeers();
      return;
    }
    heard(message.from, message.role);
    // A newcomer catches up with the state here, stamped as it was: a reply never outranks
    // a change the newcomer made meanwhile, or one still on its way from a third window.
    if (message.type === 'hello') return sendState(last ?? changedStamp());
    if (message.type === 'alive') return;
    const stamp = { clock: message.clock, by: message.by };
    if (!isLater(stamp, last)) return;
    last = stamp;
    clock = Math.max(clock, message.clock);
    apply(message.state);
  };

  channel.addEventListener('message', onMessage);
  const stopStore = store.subscribe(sharedFields, () => {
    if (!applying) changedHere();
  }, { equalityFn: shallow });
  post({ type: 'hello', from: id, role });

  const heartbeat = setInterval(() => {
    post({ type: 'alive', from: id, role });
    const now = Date.now();
    let changed = false;
    for (const [peer, { seen }] of peers) {
      if (now - seen > PEER_TIMEOUT_MS) changed = peers.delete(peer) || changed;
    }
    if (changed) publishPeers();
  }, heartbeatMs);

  return () => {
    clearInterval(heartbeat);
    stopStore();
    channel.removeEventListener('message', onMessage);
    post({ type: 'bye', from: id, role });
    channel.close();
  };
}
