// Which settings the page computes ahead: the next positions of the slider just moved, in its
// direction (and one back), else one position either side of every slider; only for networks
// small enough to cost a worker a few milliseconds.

import { describe, expect, it } from 'vitest';
import { likelyNext, LOOK_AHEAD_COST, sliderMove, stepsAlong, worthLookingAhead } from '../../src/store/lookAhead';
import { DEFAULT_PARAMS, type Params } from '../../src/store/params';
import { DEPTH_TRACK, SIGMA_W_TRACK, SLIDER_TRACKS, valuesAhead } from '../../src/store/sliderTracks';
import { estimateCost } from '../../src/worker/cost';

const at = (over: Partial<Params>): Params => ({ ...DEFAULT_PARAMS, ...over });

describe('valuesAhead', () => {
  it('walks the track from the nearest position, nearest first, and stops at its ends', () => {
    expect(valuesAhead(DEPTH_TRACK, 18, 1, 4)).toEqual([19, 20, 22, 24]);
    expect(valuesAhead(DEPTH_TRACK, 3, -1, 5)).toEqual([2, 1]);
    expect(valuesAhead(DEPTH_TRACK, 1000, 1, 3)).toEqual([]);
    // a value between positions (from a link) starts from the nearest one
    expect(valuesAhead(DEPTH_TRACK, 47, 1, 2)).toEqual([50, 55]);
  });
});

describe('sliderMove', () => {
  it('names the one slider that moved and its direction', () => {
    expect(sliderMove(at({ depth: 50 }), at({ depth: 55 }))).toEqual({ key: 'depth', direction: 1 });
    expect(sliderMove(at({ sigmaW: 1 }), at({ sigmaW: 0.97 }))).toEqual({ key: 'sigmaW', direction: -1 });
  });

  it('is null for a choice, for two sliders at once, or for no change', () => {
    expect(sliderMove(at({}), at({ activation: 'relu' }))).toBeNull();
    expect(sliderMove(at({}), at({ depth: 55, width: 32 }))).toBeNull();
    expect(sliderMove(at({ depth: 50 }), at({ depth: 55, activation: 'relu' }))).toBeNull();
    expect(sliderMove(at({}), at({}))).toBeNull();
  });
});

describe('likelyNext', () => {
  it('after a move: the next positions in its direction, nearest first, then one back', () => {
    const next = likelyNext(at({ depth: 45 }), at({ depth: 50 }), 3);
    expect(next.map((p) => p.depth)).toEqual([55, 60, 65, 45]);
    // only the moved slider changes
    for (const p of next) expect({ ...p, depth: 50 }).toEqual(at({ depth: 50 }));
    const down = likelyNext(at({ sigmaW: 1 }), at({ sigmaW: 0.97 }), 2);
    const i = SIGMA_W_TRACK.values.indexOf(0.97);
    expect(down.map((p) => p.sigmaW)).toEqual([SIGMA_W_TRACK.values[i - 1], SIGMA_W_TRACK.values[i - 2], 1]);
  });

  it('otherwise (first load, a choice): one position either side of every slider', () => {
    const next = likelyNext(null, at({}), 8);
    const sliders = Object.keys(SLIDER_TRACKS) as (keyof typeof SLIDER_TRACKS)[];
    // σ_b = 0 is the first position of its track: it has a neighbour on one side only
    expect(DEFAULT_PARAMS.sigmaB).toBe(0);
    expect(next).toHaveLength(2 * sliders.length - 1);
    for (const key of sliders) {
      const moved = next.filter((p) => p[key] !== DEFAULT_PARAMS[key]);
      expect(moved.map((p) => p[key]).sort((a, b) => a - b)).toEqual([
        ...valuesAhead(SLIDER_TRACKS[key], DEFAULT_PARAMS[key], -1, 1),
        ...valuesAhead(SLIDER_TRACKS[key], DEFAULT_PARAMS[key], 1, 1),
      ]);
    }
    expect(likelyNext(at({}), at({ activation: 'relu' }), 8)).toHaveLength(next.length);
  });

  it('stepsAlong keeps every other parameter', () => {
    expect(stepsAlong(at({ width: 64 }), 'width', 1, 2).every((p) => p.depth === DEFAULT_PARAMS.depth && p.width > 64)).toBe(true);
  });
});

describe('worthLookingAhead', () => {
  it('the default network is; a network past the preview threshold is not', () => {
    expect(worthLookingAhead(at({}))).toBe(true);
    expect(worthLookingAhead(at({ depth: 200, width: 128 }))).toBe(false);
    const big = at({ depth: 1000, width: 256 });
    expect(estimateCost(big, 'residual')).toBeGreaterThan(LOOK_AHEAD_COST);
    expect(worthLookingAhead(big)).toBe(false);
  });

  it('judges "both" by its dearer half, the residual network', () => {
    // a size where the plain half alone would pass and the residual half would not
    const p = at({ depth: 100, width: 96, batch: 16 });
    expect(estimateCost(p, 'plain')).toBeLessThanOrEqual(LOOK_AHEAD_COST);
    expect(estimateCost(p, 'residual')).toBeGreaterThan(LOOK_AHEAD_COST);
    expect(worthLookingAhead({ ...p, arch: 'plain' })).toBe(true);
    expect(worthLookingAhead({ ...p, arch: 'both' })).toBe(false);
  });
});
