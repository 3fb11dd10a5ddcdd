// Which settings a reader will most likely ask for next. A slider moves through its track one
// position at a time, so after a move the next positions in the same direction are the likely
// ones; after a settled result, the positions on either side of each slider. The page computes
// these while the workers would otherwise idle, so the next step of a drag is already there.

import { estimateCost, PROGRESSIVE_COST } from '../worker/cost';
import { configOf, type Params } from './params';
import { SLIDER_TRACKS, valuesAhead } from './sliderTracks';

export type SliderKey = keyof typeof SLIDER_TRACKS;
const SLIDERS = Object.keys(SLIDER_TRACKS) as SliderKey[];

/**
 * Networks up to this many multiply-adds per architecture are computed ahead: each is one
 * answer without a preview, a few milliseconds of a worker. Larger ones are computed only when
 * asked for, so the workers stay free for the reader's own request.
 */
export const LOOK_AHEAD_COST = PROGRESSIVE_COST;

/** Small enough to compute ahead of the reader. */
export function worthLookingAhead(params: Params): boolean {
  return estimateCost(configOf(params), params.arch === 'both' ? 'residual' : params.arch) <= LOOK_AHEAD_COST;
}

/** The one slider whose value differs between `before` and `after`, with the direction of the move; null otherwise. */
export function sliderMove(before: Params, after: Params): { key: SliderKey; direction: 1 | -1 } | null {
  let move: { key: SliderKey; direction: 1 | -1 } | null = null;
  for (const key of Object.keys(after) as (keyof Params)[]) {
    if (before[key] === after[key]) continue;
    if (move !== null || !(SLIDERS as string[]).includes(key)) return null;
    move = { key: key as SliderKey, direction: (after[key] as number) > (before[key] as number) ? 1 : -1 };
  }
  return move;
}

/** The next `count` settings along one slider's track from `params`, nearest first. */
export function stepsAlong(params: Params, key: SliderKey, direction: 1 | -1, count: number): Params[] {
  return valuesAhead(SLIDER_TRACKS[key], params[key], direction, count).map((value) => ({ ...params, [key]: value }));
}

/**
 * The settings to compute ahead, nearest first: after a slider move, `ahead` positions further
 * in its direction and one back; otherwise (a first load, a choice, a link) one position on
 * either side of every slider.
 */
export function likelyNext(before: Params | null, after: Params, ahead: number): Params[] {
  const move = before === null ? null : sliderMove(before, after);
  if (move !== null) return [...stepsAlong(after, move.key, move.direction, ahead), ...stepsAlong(after, move.key, move.direction === 1 ? -1 : 1, 1)];
  const out: Params[] = [];
  for (const key of SLIDERS) for (const direction of [1, -1] as const) out.push(...stepsAlong(after, key, direction, 1));
  return out;
}
