// The cache of final results: exact objects back by key, least recently used out first once
// over its budget of bytes, and a result larger than the whole budget never held.

import { describe, expect, it } from 'vitest';
import { resultBytes, ResultCache } from '../../src/store/resultCache';
import { fakeResult } from '../worker/fakes';

// fakeResult has depth 3: per architecture 8 spreads of 4 and 3 (plain) or 4 (residual) arrays of 3
const ONE = resultBytes(fakeResult());

describe('resultBytes', () => {
  it('adds up the bytes of every array of both architectures', () => {
    expect(ONE).toBe((8 * 4 + 3 * 3) * 8 + (8 * 4 + 4 * 3) * 8);
    expect(resultBytes({ ...fakeResult(), residual: null })).toBe((8 * 4 + 3 * 3) * 8);
  });
});

describe('ResultCache', () => {
  it('gives back the very result it was given, with its time', () => {
    const cache = new ResultCache(10 * ONE);
    const result = fakeResult(1);
    cache.set('a', { result, ms: 7 });
    expect(cache.get('a')?.result).toBe(result);
    expect(cache.get('a')?.ms).toBe(7);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.has('a')).toBe(true);
    expect(cache.bytes).toBe(ONE);
  });

  it('drops the least recently used first once over budget; a read counts as a use', () => {
    const cache = new ResultCache(3 * ONE);
    for (const key of ['a', 'b', 'c']) cache.set(key, { result: fakeResult(), ms: 1 });
    cache.get('a');
    cache.set('d', { result: fakeResult(), ms: 1 });
    expect(['a', 'b', 'c', 'd'].filter((k) => cache.has(k))).toEqual(['a', 'c', 'd']);
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(3 * ONE);
  });

  it('replacing a key keeps one entry and its bytes counted once', () => {
    const cache = new ResultCache(3 * ONE);
    cache.set('a', { result: fakeResult(1), ms: 1 });
    cache.set('a', { result: fakeResult(2), ms: 2 });
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(ONE);
    expect(cache.get('a')?.ms).toBe(2);
  });

  it('holds at most its number of entries, however small they are', () => {
    const cache = new ResultCache(100 * ONE, 2);
    for (const key of ['a', 'b', 'c']) cache.set(key, { result: fakeResult(), ms: 1 });
    expect(['a', 'b', 'c'].filter((k) => cache.has(k))).toEqual(['b', 'c']);
    expect(cache.bytes).toBe(2 * ONE);
  });

  it('never holds a result larger than its whole budget', () => {
    const cache = new ResultCache(ONE - 1);
    cache.set('a', { result: fakeResult(), ms: 1 });
    expect(cache.has('a')).toBe(false);
    expect(cache.bytes).toBe(0);
  });
});
