// Pinned runs: a snapshot of the gradient curves of one setting, kept while the parameters
// change so that two settings can be compared on one chart. A pin holds the settings and the
// per-layer median it showed, nothing else; the chart draws it faded behind the live curves.

import type { Arch } from '../core/config';
import type { Params } from './params';
import type { SliceCreator } from './store';
import { paramsKey } from './urlCodec';

/** More faded curves than this stop being readable on one chart. */
export const MAX_PINS = 5;

/** One architecture's curve of a pinned run. */
export interface PinnedCurve {
  arch: Arch;
  /** median over inputs of log10 ‖∇_{F_k} L‖, k = 0..L, as computed (not yet relative to the top) */
  p50: Float64Array;
}

export interface PinnedRun {
  /** 1..MAX_PINS, the smallest free one when pinned; stays with the pin in legend and chart */
  tag: number;
  params: Params;
  /** the architectures shown when it was pinned, plain first */
  curves: PinnedCurve[];
}

/** What pinCurrent did, so the button can say why nothing happened. */
export type PinOutcome = 'pinned' | 'not-ready' | 'duplicate' | 'full';

export interface PinsSlice {
  pins: readonly PinnedRun[];
  /** Why pinCurrent would do nothing right now, or null when it would pin. */
  pinBlocker(): Exclude<PinOutcome, 'pinned'> | null;
  /** Pins the final result of the current parameters, if there is one and room for it. */
  pinCurrent(): PinOutcome;
  removePin(tag: number): void;
  clearPins(): void;
}

export const createPinsSlice: SliceCreator<PinsSlice> = (set, get) => ({
  pins: [],
  pinBlocker: () => {
    const { pins, params, result, resultFinal, resultParamsKey } = get();
    const key = paramsKey(params);
    if (!result || !resultFinal || resultParamsKey !== key) return 'not-ready';
    if (pins.some((p) => paramsKey(p.params) === key)) return 'duplicate';
    return pins.length >= MAX_PINS ? 'full' : null;
  },
  pinCurrent: () => {
    const blocker = get().pinBlocker();
    if (blocker) return blocker;
    const { pins, params, result } = get();
    const shown: (Arch | null)[] = [params.arch === 'residual' ? null : 'plain', params.arch === 'plain' ? null : 'residual'];
    const curves: PinnedCurve[] = [];
    for (const arch of shown) {
      const archResult = arch && result ? result[arch] : null;
      if (archResult) curves.push({ arch: archResult.arch, p50: archResult.gradF.p50.slice() });
    }
    if (curves.length === 0) return 'not-ready';
    const tag = freeTag(pins);
    set({ pins: [...pins, { tag, params, curves }] });
    return 'pinned';
  },
  removePin: (tag) => {
    const { pins } = get();
    if (pins.some((p) => p.tag === tag)) set({ pins: pins.filter((p) => p.tag !== tag) });
  },
  clearPins: () => {
    if (get().pins.length > 0) set({ pins: [] });
  },
});

function freeTag(pins: readonly PinnedRun[]): number {
  let tag = 1;
  while (pins.some((p) => p.tag === tag)) tag += 1;
  return tag;
}
