// Live numbers in a scene's text: quoted only from a result of the parameters on screen,
// worded for zeros and overflows, never NaN or Infinity; and the stored theme choice.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core';
import type { GradientResult } from '../../../src/core/result';
import { liveValue, liveVerdict, PENDING } from '../../../src/ui/classroom/liveRatio';
import { readThemePreference, writeThemePreference } from '../../../src/ui/classroom/themePreference';
import { fakeArch } from '../../worker/fakes';

function result(plainBottom: number, overflowLayer: number | null = null): GradientResult {
  const plain = fakeArch('plain', 2, 0);
  plain.gradF.p50[0] = plainBottom;
  return { config: DEFAULT_CONFIG, plain: { ...plain, overflowLayer }, residual: null };
}

describe('liveValue and liveVerdict', () => {
  it('is pending without a result, for an older result, or for an architecture not computed', () => {
    expect(liveValue(null, true, 'plain')).toEqual({ kind: 'pending' });
    expect(liveValue(result(-3), false, 'plain')).toEqual({ kind: 'pending' });
    expect(liveValue(result(-3), true, 'residual')).toEqual({ kind: 'pending' });
    expect(liveVerdict({ kind: 'pending' })).toBe(PENDING);
  });

  it('gives the ratio of layer 0 to the top and the same verdict as the takeaway', () => {
    expect(liveValue(result(-3), true, 'plain')).toEqual({ kind: 'ratio', ratio: { kind: 'value', log10: -3 } });
    expect(liveVerdict(liveValue(result(-3), true, 'plain'))).toBe('vanishes');
    expect(liveVerdict(liveValue(result(0.2), true, 'plain'))).toBe('keeps its size');
    expect(liveVerdict(liveValue(result(5), true, 'plain'))).toBe('explodes');
  });

  it('words a zero gradient and a lost one', () => {
    expect(liveVerdict(liveValue(result(-Infinity), true, 'plain'))).toBe('vanishes entirely');
    expect(liveVerdict(liveValue(result(NaN, 7), true, 'plain'))).toBe('cannot be computed');
  });
});

describe('theme preference', () => {
  function memoryStorage() {
    const map = new Map<string, string>();
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      size: () => map.size,
    };
  }

  it('round-trips light and dark; system is the absence of a choice', () => {
    const storage = memoryStorage();
    expect(readThemePreference(storage)).toBe('system');
    writeThemePreference(storage, 'dark');
    expect(readThemePreference(storage)).toBe('dark');
    writeThemePreference(storage, 'system');
    expect(storage.size()).toBe(0);
  });

  it('an unknown stored value, no storage, or storage that throws: the system', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readThemePreference({ getItem: () => 'sepia' })).toBe('system');
    expect(readThemePreference(null)).toBe('system');
    expect(readThemePreference(throwing)).toBe('system');
    expect(() => writeThemePreference(throwing, 'dark')).not.toThrow();
    expect(() => writeThemePreference(null, 'dark')).not.toThrow();
  });
});
