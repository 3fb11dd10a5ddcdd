import { describe, expect, it } from 'vitest';
import {
  BRANCH_SCALE_TRACK, DEPTH_TRACK, SIGMA_B_TRACK, SIGMA_W_TRACK, WIDTH_TRACK,
  lastPosition, positionToValue, valueToPosition, type Track,
} from '../../src/store/sliderTracks';

const tracks: Array<[string, Track, number, number]> = [
  ['depth', DEPTH_TRACK, 1, 1000],
  ['width', WIDTH_TRACK, 2, 512],
  ['σ_w', SIGMA_W_TRACK, 0.1, 4],
  ['σ_b', SIGMA_B_TRACK, 0, 2],
  ['α', BRANCH_SCALE_TRACK, 0, 2],
];

describe.each(tracks)('%s track', (_name, track, min, max) => {
  it('has exact endpoints', () => {
    expect(positionToValue(track, 0)).toBe(min);
    expect(positionToValue(track, lastPosition(track))).toBe(max);
  });
  it('changes value at every position step', () => {
    for (let p = 1; p <= lastPosition(track); p++) {
      expect(positionToValue(track, p)).toBeGreaterThan(positionToValue(track, p - 1));
    }
  });
  it('round-trips value → position → value for every listed value', () => {
    for (const v of track.values) expect(positionToValue(track, valueToPosition(track, v))).toBe(v);
  });
  it('clamps out-of-range positions and values', () => {
    expect(positionToValue(track, -5)).toBe(min);
    expect(positionToValue(track, 1e9)).toBe(max);
    expect(positionToValue(track, NaN)).toBe(min);
    expect(valueToPosition(track, min - 1)).toBe(0);
    expect(valueToPosition(track, max * 10)).toBe(lastPosition(track));
    expect(valueToPosition(track, NaN)).toBe(0);
  });
  it('maps an unlisted value to the nearest position', () => {
    for (let p = 1; p <= lastPosition(track); p++) {
      const a = positionToValue(track, p - 1);
      const b = positionToValue(track, p);
      expect(valueToPosition(track, a + (b - a) * 0.3)).toBe(p - 1);
      expect(valueToPosition(track, a + (b - a) * 0.7)).toBe(p);
    }
  });
});

describe('track contents', () => {
  it('steps depth by one layer up to 20', () => {
    expect(DEPTH_TRACK.values.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(DEPTH_TRACK.values).toContain(50);
  });
  it('holds integer widths including every power of two', () => {
    for (const w of WIDTH_TRACK.values) expect(Number.isInteger(w)).toBe(true);
    for (let w = 2; w <= 512; w *= 2) expect(WIDTH_TRACK.values).toContain(w);
  });
  it('holds σ_w in two decimals including the critical values', () => {
    for (const v of SIGMA_W_TRACK.values) expect(Math.round(v * 100) / 100).toBe(v);
    expect(SIGMA_W_TRACK.values).toContain(1);
    expect(SIGMA_W_TRACK.values).toContain(1.41);
  });
  it('keeps every track short enough for keyboard use', () => {
    for (const [, t] of tracks) expect(t.values.length).toBeLessThanOrEqual(130);
  });
});
