// The messages the projected window and the presenter view exchange over BroadcastChannel.
// Both windows hold the same store; what they share is the state a class sees change: the
// parameters, the tour's scene and whether its answer is out, and a blanked screen. Every
// message is checked field by field on arrival, so a malformed or foreign message is dropped.
//
// Ordering: each change carries a Lamport clock and the id of the window that made it. A
// window applies a change only when (clock, by) is later than the last one it applied or made, so two
// windows that change something at the same moment both settle on the same state, and a
// message delayed behind a newer one (stale) is ignored.

import { SCENES } from '../store/classroomScenes';
import type { SharedState, WindowRole } from '../store/classroomSlice';
import { cleanParam, DEFAULT_PARAMS, type ParamKey, type Params } from '../store/params';

export type { SharedState };

/** The channel's name: one per page origin, so two copies of the site never cross. */
export const CHANNEL_NAME = 'gradient-flow-presenter';

/** Which window a message comes from. */
export type Role = WindowRole;

export type PresenterMessage =
  /** a window opened: others answer with their state, so the newcomer catches up */
  | { type: 'hello'; from: string; role: Role }
  /** a window is still open (sent every few seconds) */
  | { type: 'alive'; from: string; role: Role }
  /** a window is closing */
  | { type: 'bye'; from: string; role: Role }
  /** the shared state as of change (clock, by), sent by window `from` */
  | { type: 'state'; from: string; role: Role; clock: number; by: string; state: SharedState };

/** (clock, by) of a change made in window `by`, ordered by clock and then by window id. */
export interface Stamp {
  clock: number;
  by: string;
}

/** Whether change `a` comes after change `b` in the order every window agrees on. */
export function isLater(a: Stamp, b: Stamp | null): boolean {
  if (b === null) return true;
  return a.clock > b.clock || (a.clock === b.clock && a.by > b.by);
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRole = (v: unknown): v is Role => v === 'projector' || v === 'presenter';
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;

/** Every parameter of the page, cleaned as a link's are; null if one is missing or invalid. */
function readParams(v: unknown): Params | null {
  if (!isDict(v)) return null;
  const params: Params = { ...DEFAULT_PARAMS };
  for (const key of Object.keys(DEFAULT_PARAMS) as ParamKey[]) {
    // No window sends NaN or ±Infinity: such a message is not ours.
    if (typeof v[key] === 'number' && !Number.isFinite(v[key])) return null;
    const clean = cleanParam(key, v[key]);
    if (clean === undefined) return null;
    (params as Record<ParamKey, unknown>)[key] = clean;
  }
  return params;
}

function readState(v: unknown): SharedState | null {
  if (!isDict(v)) return null;
  const params = readParams(v.params);
  const { scene, revealed, blank } = v;
  const sceneOk = scene === null || (typeof scene === 'number' && Number.isInteger(scene) && scene >= 0 && scene < SCENES.length);
  if (params === null || !sceneOk || typeof revealed !== 'boolean' || typeof blank !== 'boolean') return null;
  return { params, scene: scene as number | null, revealed: scene !== null && revealed, blank };
}

/** The message `data` is, or null for anything else (which the receiver ignores). */
export function readMessage(data: unknown): PresenterMessage | null {
  if (!isDict(data) || !isId(data.from) || !isRole(data.role)) return null;
  const { from, role } = data;
  if (data.type === 'hello' || data.type === 'alive' || data.type === 'bye') return { type: data.type, from, role };
  if (data.type !== 'state') return null;
  const { clock, by } = data;
  if (typeof clock !== 'number' || !Number.isSafeInteger(clock) || clock < 1 || !isId(by)) return null;
  const state = readState(data.state);
  return state === null ? null : { type: 'state', from, role, clock, by, state };
}
