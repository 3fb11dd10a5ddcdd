// The presenter channel's messages: anything malformed, foreign or out of range is dropped,
// valid ones come back cleaned, and changes are ordered the same way in every window.

import { describe, expect, it } from 'vitest';
import { isLater, readMessage } from '../../src/presenter/protocol';
import { SCENES } from '../../src/store/classroomScenes';
import { DEFAULT_PARAMS } from '../../src/store/params';

const state = { params: { ...DEFAULT_PARAMS }, scene: 2, revealed: true, blank: false };
const valid = { type: 'state', from: 'aa11', role: 'presenter', clock: 3, by: 'aa11', state };

describe('readMessage', () => {
  it('reads a valid state message and the presence messages', () => {
    expect(readMessage(valid)).toEqual(valid);
    for (const type of ['hello', 'alive', 'bye']) expect(readMessage({ type, from: 'b2', role: 'projector' })).toEqual({ type, from: 'b2', role: 'projector' });
  });

  it.each([
    ['null', null],
    ['a string', 'state'],
    ['an array', [valid]],
    ['an unknown type', { ...valid, type: 'reset' }],
    ['no sender', { ...valid, from: '' }],
    ['an unknown role', { ...valid, role: 'audience' }],
    ['a clock of 0', { ...valid, clock: 0 }],
    ['a fractional clock', { ...valid, clock: 1.5 }],
    ['a clock as text', { ...valid, clock: '3' }],
    ['no author of the change', { ...valid, by: undefined }],
    ['no state', { ...valid, state: undefined }],
    ['a scene past the tour', { ...valid, state: { ...state, scene: SCENES.length } }],
    ['a negative scene', { ...valid, state: { ...state, scene: -1 } }],
    ['a scene as text', { ...valid, state: { ...state, scene: '2' } }],
    ['revealed as text', { ...valid, state: { ...state, revealed: 'yes' } }],
    ['no blank flag', { ...valid, state: { ...state, blank: undefined } }],
    ['a missing parameter', { ...valid, state: { ...state, params: { ...DEFAULT_PARAMS, depth: undefined } } }],
    ['a depth of NaN', { ...valid, state: { ...state, params: { ...DEFAULT_PARAMS, depth: Number.NaN } } }],
    ['an unknown activation', { ...valid, state: { ...state, params: { ...DEFAULT_PARAMS, activation: 'swish2' } } }],
    ['params as an array', { ...valid, state: { ...state, params: [] } }],
  ])('drops a message with %s', (_name, data) => {
    expect(readMessage(data)).toBeNull();
  });

  it('cleans parameters as a link does: an extreme depth is clamped, unknown keys are dropped', () => {
    const message = readMessage({ ...valid, state: { ...state, params: { ...DEFAULT_PARAMS, depth: 1e9, extra: 1 } } });
    expect(message?.type).toBe('state');
    if (message?.type !== 'state') return;
    expect(message.state.params.depth).toBe(1000);
    expect('extra' in message.state.params).toBe(false);
  });

  it('never reports an answer as revealed outside the tour', () => {
    const message = readMessage({ ...valid, state: { ...state, scene: null, revealed: true } });
    expect(message?.type === 'state' && message.state.revealed).toBe(false);
  });
});

describe('isLater', () => {
  it('orders by clock, then by the id of the window that made the change', () => {
    expect(isLater({ clock: 2, by: 'a' }, null)).toBe(true);
    expect(isLater({ clock: 2, by: 'a' }, { clock: 1, by: 'z' })).toBe(true);
    expect(isLater({ clock: 1, by: 'z' }, { clock: 2, by: 'a' })).toBe(false);
    expect(isLater({ clock: 2, by: 'b' }, { clock: 2, by: 'a' })).toBe(true);
    expect(isLater({ clock: 2, by: 'a' }, { clock: 2, by: 'b' })).toBe(false);
    // the same change is not later than itself: a repeated message is stale
    expect(isLater({ clock: 2, by: 'a' }, { clock: 2, by: 'a' })).toBe(false);
  });
});
