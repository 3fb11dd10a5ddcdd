// The parameters slice: the network the page shows, and the actions that change it. Every
// value is cleaned on the way in, so the rest of the app can trust `params`.

import { cleanParam, DEFAULT_PARAMS, UI_LIMITS, type ParamKey, type Params } from './params';
import type { SliceCreator } from './store';

export interface ParamsSlice {
  params: Params;
  /** Sets one parameter, clamped to UI_LIMITS; an invalid choice is ignored. */
  setParam<K extends ParamKey>(key: K, value: Params[K]): void;
  /** Sets several parameters at once (one recomputation), each cleaned like setParam. */
  setParams(patch: Partial<Params>): void;
  /** Draws a new network: the next seed, wrapping to 0 after the largest. */
  reroll(): void;
}

export const createParamsSlice: SliceCreator<ParamsSlice> = (set, get) => ({
  params: DEFAULT_PARAMS,
  setParam: (key, value) => get().setParams({ [key]: value }),
  setParams: (patch) => {
    const current = get().params;
    const next = applyPatch(current, patch);
    // Unchanged parameters keep their object, so subscribers see no change and nothing recomputes.
    if (next !== current) set({ params: next });
  },
  reroll: () => {
    const { seed } = get().params;
    get().setParams({ seed: seed >= UI_LIMITS.seed.max ? UI_LIMITS.seed.min : seed + 1 });
  },
});

/** `params` with the cleaned values of `patch`, or `params` itself when nothing changes. */
function applyPatch(params: Params, patch: Partial<Params>): Params {
  let next = params;
  for (const key of Object.keys(patch) as ParamKey[]) {
    if (!Object.hasOwn(params, key)) continue;
    const value = cleanParam(key, patch[key]);
    if (value === undefined || value === next[key]) continue;
    if (next === params) next = { ...params };
    (next as Record<ParamKey, unknown>)[key] = value;
  }
  return next;
}
