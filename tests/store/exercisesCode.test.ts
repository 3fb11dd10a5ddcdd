// The completion code: every progress round-trips through the text an instructor pastes, and
// anything else gets one sentence naming what is wrong.

import { describe, expect, it } from 'vitest';
import { GROWTHS } from '../../src/core/exercises';
import { CODE_PREFIX, decodeCompletion, encodeCompletion } from '../../src/store/exercisesCode';
import { EMPTY_PROGRESS, ITEMS, STATUSES, type Progress } from '../../src/store/exercisesProgress';

/** A deterministic spread of progress records. */
function progressNumber(n: number): Progress {
  const status: Progress['status'] = {};
  ITEMS.forEach((item, i) => {
    if (item !== 'predict') status[item] = STATUSES[(n + i * 3) % STATUSES.length];
  });
  const kind = n % 4;
  const prediction: Progress['prediction'] = kind === 0 ? null : {
    said: GROWTHS[n % 3],
    decade: kind === 1 ? null : (n % 11) - 5,
    scene: n % 7,
    saw: kind === 3 ? null : { growth: GROWTHS[(n + 1) % 3], log10: Math.round(((n % 23) - 11) * 37.3) / 100 },
  };
  return { status, prediction };
}

describe('encodeCompletion / decodeCompletion', () => {
  it('round-trips every result of every item', () => {
    for (let n = 0; n < 200; n++) {
      const progress = progressNumber(n);
      const seed = n * 2654435761 % 2 ** 32;
      const code = encodeCompletion(seed, progress);
      const decoded = decodeCompletion(code);
      if (!('record' in decoded)) throw new Error(decoded.error);
      expect(decoded.record.seed).toBe(seed);
      for (const item of ITEMS) if (item !== 'predict') expect(decoded.record.status[item]).toBe(progress.status[item] ?? 'todo');
      const p = progress.prediction;
      expect(decoded.record.prediction).toEqual(p === null ? null : { said: p.said, decade: p.decade, saw: p.saw });
    }
  });

  it('reads as a summary a person can check by eye', () => {
    const code = encodeCompletion(4711, { status: { affine: 'right', activation: 'shown', why: 'wrong' }, prediction: { said: 'vanish', decade: -5, scene: 1, saw: { growth: 'vanish', log10: -4.873 } } });
    expect(code).toBe(`${CODE_PREFIX} seed=4711 1=right 2=shown 3=todo 4=todo 5=todo 5b=wrong 6=said:vanish@-5,saw:vanish@-4.87`);
    expect(encodeCompletion(1, EMPTY_PROGRESS)).toBe(`${CODE_PREFIX} seed=1 1=todo 2=todo 3=todo 4=todo 5=todo 5b=todo 6=todo`);
  });

  it('accepts extra spaces and line breaks from a copy', () => {
    const code = encodeCompletion(9, progressNumber(5)).replace(/ /g, '\n  ');
    expect('record' in decodeCompletion(`  ${code}  `)).toBe(true);
  });

  it.each([
    ['', /Paste a completion code/],
    ['hello world', /starts with GF-EX1/],
    ['GF-EX1', /seed/],
    ['GF-EX1 seed=abc 1=right', /seed/],
    ['GF-EX1 seed=99999999999 1=right', /seed/],
    ['GF-EX1 seed=3 1=right 2=todo 3=todo 4=todo 5=todo 5b=todo', /Part 6 is missing/],
    ['GF-EX1 seed=3 1=great 2=todo 3=todo 4=todo 5=todo 5b=todo 6=todo', /unknown result "great"/],
    ['GF-EX1 seed=3 1=right 1=right 2=todo 3=todo 4=todo 5=todo 5b=todo 6=todo', /appears twice/],
    ['GF-EX1 seed=3 1=right 2=todo 3=todo 4=todo 5=todo 5b=todo 6=todo 7=right', /unknown part "7"/],
    ['GF-EX1 seed=3 1=right 2=todo 3=todo 4=todo 5=todo 5b=todo 6=said:maybe,saw:pending', /vanish, keep or explode/],
    ['GF-EX1 seed=3 1=right 2=todo 3=todo 4=todo 5=todo 5b=todo 6=guess', /damaged/],
    ['GF-EX1 seed=3 right', /part=result/],
    ['GF-EX1 ' + 'x'.repeat(500), /longer than any/],
  ])('explains what is wrong with %j', (text, message) => {
    const decoded = decodeCompletion(text);
    expect('error' in decoded && decoded.error).toMatch(message);
  });
});
