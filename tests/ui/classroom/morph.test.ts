// Morph frames: resampling keeps the ends and is linear in between, the frame at t = 0 draws
// the old curve on the new layers and at t = 1 the new result itself, non-finite values jump,
// and the clock steps through frames, retargets mid-way and stops.

import { describe, expect, it } from 'vitest';
import type { ArchResult } from '../../../src/core/result';
import { blend, easeInOut, morphArchs, resample } from '../../../src/ui/classroom/morph';
import { SeriesMorph, type FrameClock } from '../../../src/ui/classroom/seriesMorph';
import { fakeArch } from '../../worker/fakes';

/** An architecture result whose gradient median is `p50` (and p10 = p90 = mean = p50). */
function arch(name: 'plain' | 'residual', p50: number[]): ArchResult {
  const a = fakeArch(name, p50.length - 1);
  const v = Float64Array.from(p50);
  return { ...a, gradF: { mean: v, p10: v, p50: v, p90: v } };
}

describe('resample and blend', () => {
  it('resample keeps both ends and interpolates linearly by position along the depth', () => {
    expect(Array.from(resample([0, 10], 5))).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(Array.from(resample([0, 4, 8, 12, 16], 3))).toEqual([0, 8, 16]);
    expect(Array.from(resample([3], 4))).toEqual([3, 3, 3, 3]);
    expect(Array.from(resample([1, 2, 3], 1))).toEqual([1]);
  });

  it('blend is linear where both ends are finite and shows the new value elsewhere', () => {
    expect(Array.from(blend([0, 10, -Infinity, NaN], [10, 20, 5, 6], 0.25))).toEqual([2.5, 12.5, 5, 6]);
    expect(Array.from(blend([1, 2], [3, -Infinity], 0.5))).toEqual([2, -Infinity]);
  });

  it('easeInOut runs from 0 to 1, symmetric about the middle, and clamps', () => {
    expect([easeInOut(-1), easeInOut(0), easeInOut(0.5), easeInOut(1), easeInOut(2)]).toEqual([0, 0, 0.5, 1, 1]);
    expect(easeInOut(0.2) + easeInOut(0.8)).toBeCloseTo(1, 12);
  });
});

describe('morphArchs', () => {
  const from = [arch('plain', [0, 2, 4])];
  const to = [arch('plain', [8, 6, 4, 2, 0]), arch('residual', [1, 1, 1, 1, 3])];

  it('at t = 0 draws the old curve on the new layers; a new architecture starts flat at its top value', () => {
    const frame = morphArchs(from, to, 0);
    expect(Array.from(frame[0].gradF.p50)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(frame[1].gradF.p50)).toEqual([3, 3, 3, 3, 3]);
    expect(frame.map((a) => [a.arch, a.depth])).toEqual([
      ['plain', 4],
      ['residual', 4],
    ]);
  });

  it('half-way is half-way; at t = 1 it is the new result itself', () => {
    expect(Array.from(morphArchs(from, to, 0.5)[0].gradF.p50)).toEqual([4, 3.5, 3, 2.5, 2]);
    const end = morphArchs(from, to, 1);
    expect(end[0]).toBe(to[0]);
    expect(end[1]).toBe(to[1]);
  });

  it('architectures no longer shown are dropped at once', () => {
    expect(morphArchs(to, [to[1]], 0.3).map((a) => a.arch)).toEqual(['residual']);
  });
});

/** A clock the test advances by hand; `request` queues one callback per frame. */
function manualClock() {
  let now = 0;
  let queued: (() => void) | null = null;
  let handles = 0;
  const clock: FrameClock = {
    now: () => now,
    request: (cb) => {
      queued = cb;
      return ++handles;
    },
    cancel: () => {
      queued = null;
    },
  };
  const frame = (ms: number) => {
    now += ms;
    const cb = queued;
    queued = null;
    cb?.();
  };
  return { clock, frame, pending: () => queued !== null };
}

describe('SeriesMorph', () => {
  const a = [arch('plain', [0, 0])];
  const b = [arch('plain', [10, 10])];
  const c = [arch('plain', [-10, -10])];

  it('steps from the frame on screen to the target over its duration, notifying each frame', () => {
    const { clock, frame, pending } = manualClock();
    const morph = new SeriesMorph(a, clock, 400);
    let notified = 0;
    morph.subscribe(() => notified++);
    morph.animate(b);
    expect(morph.snapshot()).toBe(a);
    frame(100);
    const early = morph.snapshot()[0].gradF.p50[0];
    frame(100);
    const middle = morph.snapshot()[0].gradF.p50[0];
    expect(0 < early && early < middle && middle <= 5).toBe(true);
    frame(250);
    expect(morph.snapshot()).toBe(b);
    expect(pending()).toBe(false);
    expect(notified).toBe(3);
  });

  it('a new target mid-way starts from where the curves are', () => {
    const { clock, frame } = manualClock();
    const morph = new SeriesMorph(a, clock, 400);
    morph.animate(b);
    frame(200);
    const mid = morph.snapshot()[0].gradF.p50[0];
    morph.animate(c);
    frame(1);
    expect(Math.abs(morph.snapshot()[0].gradF.p50[0] - mid)).toBeLessThan(0.5);
    frame(400);
    expect(morph.snapshot()).toBe(c);
  });

  it('jump shows the target at once and stops the clock; animating to the frame on screen does nothing', () => {
    const { clock, frame, pending } = manualClock();
    const morph = new SeriesMorph(a, clock, 400);
    morph.animate(b);
    frame(50);
    morph.jump(c);
    expect(morph.snapshot()).toBe(c);
    expect(pending()).toBe(false);
    morph.animate(c);
    expect(pending()).toBe(false);
  });

  it('stop leaves the frame where it is', () => {
    const { clock, frame, pending } = manualClock();
    const morph = new SeriesMorph(a, clock, 400);
    morph.animate(b);
    frame(200);
    const shown = morph.snapshot();
    morph.stop();
    expect(pending()).toBe(false);
    expect(morph.snapshot()).toBe(shown);
  });
});
