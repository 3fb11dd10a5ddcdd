// Exercise progress in storage: it survives a write and a read, per set; anything corrupt, of
// another version or of the wrong shape is ignored with a notice, and storage that throws never
// throws further.

import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, type Progress } from '../../src/store/exercisesProgress';
import { readProgress, STORAGE_KEY, STORAGE_VERSION, writeProgress, type ProgressStorage } from '../../src/store/exercisesStorage';

function memoryStorage(initial?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(STORAGE_KEY, initial);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const SOME: Progress = { status: { affine: 'right', chain: 'shown', why: 'wrong' }, prediction: { said: 'explode', decade: 4, scene: 0, saw: { growth: 'explode', log10: 3.7 } } };

describe('exercise progress storage', () => {
  it('round-trips progress, one record per set', () => {
    const storage = memoryStorage();
    expect(writeProgress(storage, 4711, SOME)).toBe(true);
    expect(writeProgress(storage, 12, EMPTY_PROGRESS)).toBe(true);
    expect(readProgress(storage, 4711)).toEqual({ progress: SOME, notice: null });
    expect(readProgress(storage, 12)).toEqual({ progress: EMPTY_PROGRESS, notice: null });
    expect(readProgress(storage, 5)).toEqual({ progress: EMPTY_PROGRESS, notice: null });
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').version).toBe(STORAGE_VERSION);
  });

  it('reads nothing, silently, where nothing was stored or storage is unavailable', () => {
    expect(readProgress(memoryStorage(), 1)).toEqual({ progress: EMPTY_PROGRESS, notice: null });
    expect(readProgress(null, 1)).toEqual({ progress: EMPTY_PROGRESS, notice: null });
    expect(writeProgress(null, 1, SOME)).toBe(false);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['JSON but not an object', '[1,2]'],
    ['a null', 'null'],
    ['sets of the wrong type', '{"version":1,"sets":"x"}'],
    ['a status that is not one', '{"version":1,"sets":{"s7":{"status":{"affine":"excellent"},"prediction":null}}}'],
    ['a prediction of the wrong shape', '{"version":1,"sets":{"s7":{"status":{},"prediction":{"said":"boom","scene":1,"saw":null}}}}'],
    ['an outcome that is not a number', '{"version":1,"sets":{"s7":{"status":{},"prediction":{"said":"keep","scene":1,"decade":null,"saw":{"growth":"keep","log10":"x"}}}}}'],
  ])('ignores %s with a notice, and the next write replaces it', (_, stored) => {
    const storage = memoryStorage(stored);
    const read = readProgress(storage, 7);
    expect(read.progress).toEqual(EMPTY_PROGRESS);
    expect(read.notice).toMatch(/could not be read/);
    writeProgress(storage, 7, SOME);
    expect(readProgress(storage, 7)).toEqual({ progress: SOME, notice: null });
  });

  it('ignores progress of another version, saying so', () => {
    const read = readProgress(memoryStorage('{"version":99,"sets":{}}'), 1);
    expect(read.progress).toEqual(EMPTY_PROGRESS);
    expect(read.notice).toMatch(/another version/);
  });

  it('survives a storage that throws on every call', () => {
    const storage: ProgressStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
    };
    expect(readProgress(storage, 1).notice).toMatch(/does not let the page keep/);
    expect(writeProgress(storage, 1, SOME)).toBe(false);
  });

  it('keeps at most 50 sets, dropping the oldest', () => {
    const storage = memoryStorage();
    for (let seed = 100; seed < 160; seed++) writeProgress(storage, seed, SOME);
    expect(Object.keys(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').sets)).toHaveLength(50);
    expect(readProgress(storage, 100).progress).toEqual(EMPTY_PROGRESS);
    expect(readProgress(storage, 159).progress).toEqual(SOME);
  });
});
