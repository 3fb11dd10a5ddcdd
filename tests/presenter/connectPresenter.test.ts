// Two (or three) stores linked through an in-memory BroadcastChannel: a change in either
// reaches the other, nothing echoes back, stale and malformed messages are ignored, changes
// made at the same moment settle on one state, and a window that leaves is noticed.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPresenter, PEER_TIMEOUT_MS, type ChannelLike } from '../../src/presenter/connectPresenter';
import type { PresenterMessage } from '../../src/presenter/protocol';
import { createAppStore, type AppStore } from '../../src/store/store';
import { sceneParams } from '../../src/store/classroomScenes';

type Listener = (event: { data: unknown }) => void;

/** BroadcastChannel's semantics: a message reaches every other member, later, as a copy. */
class Bus {
  members = new Set<FakeChannel>();
  sent: PresenterMessage[] = [];
  join(): FakeChannel {
    const channel = new FakeChannel(this);
    this.members.add(channel);
    return channel;
  }
}

class FakeChannel implements ChannelLike {
  listeners = new Set<Listener>();
  constructor(private bus: Bus) {}
  postMessage(message: unknown) {
    this.bus.sent.push(message as PresenterMessage);
    const copy = structuredClone(message);
    for (const other of this.bus.members) if (other !== this) queueMicrotask(() => other.deliver(copy));
  }
  deliver(data: unknown) {
    for (const l of this.listeners) l({ data });
  }
  addEventListener(_type: 'message', listener: Listener) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener) {
    this.listeners.delete(listener);
  }
  close() {
    this.bus.members.delete(this);
  }
}

const settle = () => vi.advanceTimersByTimeAsync(0);

let bus: Bus;
const disconnects: (() => void)[] = [];

function window_(id: string, role: 'projector' | 'presenter', setup?: (store: AppStore) => void) {
  const store = createAppStore();
  setup?.(store);
  const channel = bus.join();
  disconnects.push(connectPresenter(store, channel, { role, id }));
  return { store, channel };
}

beforeEach(() => {
  vi.useFakeTimers();
  bus = new Bus();
});
afterEach(() => {
  for (const d of disconnects.splice(0)) d();
  vi.useRealTimers();
});

describe('two windows', () => {
  it('the newcomer takes the state of the window already open', async () => {
    const projector = window_('p1', 'projector', (s) => s.getState().goToScene(4));
    const presenter = window_('v1', 'presenter');
    await settle();
    expect(presenter.store.getState().scene).toBe(4);
    expect(presenter.store.getState().params).toEqual(sceneParams(4));
    expect(projector.store.getState().linkedWindows).toEqual(['presenter']);
    expect(presenter.store.getState().linkedWindows).toEqual(['projector']);
  });

  it('a control moved in either window moves the other, and nothing is sent back', async () => {
    const projector = window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    const before = bus.sent.filter((m) => m.type === 'state').length;
    presenter.store.getState().setParam('depth', 321);
    await settle();
    expect(projector.store.getState().params.depth).toBe(321);
    projector.store.getState().setParam('sigmaW', 1.7);
    await settle();
    expect(presenter.store.getState().params.sigmaW).toBe(1.7);
    // exactly one message per change: applying a change does not send it again
    expect(bus.sent.filter((m) => m.type === 'state').length - before).toBe(2);
  });

  it('the scene, its reveal and a blank screen are shared in both directions', async () => {
    const projector = window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    presenter.store.getState().goToScene(2);
    await settle();
    expect(projector.store.getState()).toMatchObject({ scene: 2, sceneRevealed: false, params: sceneParams(2) });
    projector.store.getState().stepForward();
    await settle();
    expect(presenter.store.getState()).toMatchObject({ scene: 2, sceneRevealed: true });
    projector.store.getState().stepForward();
    await settle();
    expect(presenter.store.getState().scene).toBe(3);
    presenter.store.getState().stepBack();
    await settle();
    expect(projector.store.getState()).toMatchObject({ scene: 2, sceneRevealed: true });
    presenter.store.getState().setBlank(true);
    await settle();
    expect(projector.store.getState().blank).toBe(true);
    presenter.store.getState().leaveTour();
    await settle();
    expect(projector.store.getState().scene).toBeNull();
  });

  it('what stays local is not shared: hover, presentation mode, the theme, the More panel', async () => {
    const projector = window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    const before = bus.sent.length;
    projector.store.getState().setHoverLayer(3);
    projector.store.getState().setPresent(true);
    projector.store.getState().setTheme('dark');
    projector.store.getState().setMoreControls(true);
    await settle();
    expect(bus.sent.length).toBe(before);
    expect(presenter.store.getState()).toMatchObject({ hoverLayer: null, present: false, theme: 'system', moreControls: false });
  });

  it('changes made at the same moment in both windows settle on one state', async () => {
    const projector = window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    projector.store.getState().setParam('depth', 111);
    presenter.store.getState().setParam('depth', 222);
    await settle();
    const a = projector.store.getState().params.depth;
    expect(presenter.store.getState().params.depth).toBe(a);
    // the tie goes to the larger window id at equal clocks
    expect(a).toBe(222);
  });

  it('a stale message (older than the last change seen) and a repeated one are ignored', async () => {
    const projector = window_('p1', 'projector');
    window_('v1', 'presenter');
    await settle();
    projector.store.getState().setParam('depth', 77);
    await settle();
    const outsider = bus.join();
    const last = bus.sent.filter((m) => m.type === 'state').at(-1)!;
    if (last.type !== 'state') throw new Error('no state message');
    outsider.postMessage({ ...last, from: 'zz', clock: 1, by: 'zz', state: { ...last.state, params: { ...last.state.params, depth: 5 } } });
    outsider.postMessage({ ...last, from: 'zz', state: { ...last.state, params: { ...last.state.params, depth: 6 } } });
    await settle();
    expect(projector.store.getState().params.depth).toBe(77);
  });

  it('malformed messages are ignored and break nothing', async () => {
    const projector = window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    const outsider = bus.join();
    for (const junk of [null, 42, 'hello', { type: 'state', from: 'x', role: 'presenter', clock: 99, by: 'x', state: { params: {} } }, { type: 'hello' }]) outsider.postMessage(junk);
    await settle();
    presenter.store.getState().setParam('depth', 88);
    await settle();
    expect(projector.store.getState().params.depth).toBe(88);
    expect(projector.store.getState().linkedWindows).toEqual(['presenter']);
  });

  it('closing either window leaves the other working, and it notices', async () => {
    const projector = window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    disconnects.shift()!();
    await settle();
    expect(presenter.store.getState().linkedWindows).toEqual([]);
    presenter.store.getState().setParam('depth', 42);
    expect(presenter.store.getState().params.depth).toBe(42);
    expect(projector.store.getState().params.depth).not.toBe(42);
  });

  it('a window that vanishes without a goodbye is dropped after the timeout', async () => {
    window_('p1', 'projector');
    const presenter = window_('v1', 'presenter');
    await settle();
    // the projector's channel goes silent, as a crashed tab's would
    const silent = [...bus.members][0];
    silent.postMessage = () => undefined;
    await vi.advanceTimersByTimeAsync(PEER_TIMEOUT_MS + 2000);
    expect(presenter.store.getState().linkedWindows).toEqual([]);
  });
});
