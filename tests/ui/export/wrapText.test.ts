// Word wrapping for SVG text: no line wider than the limit unless it is one long word, and
// nothing lost or reordered.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/ui/export/wrapText';

const width = (line: string) => line.length;

describe('wrapText', () => {
  it('breaks at spaces, keeps words whole, and loses nothing', () => {
    expect(wrapText('the gradient flows back', 12, width)).toEqual(['the gradient', 'flows back']);
    expect(wrapText('   ', 10, width)).toEqual([]);
    expect(wrapText('supercalifragilistic word', 5, width)).toEqual(['supercalifragilistic', 'word']);
  });

  it('any text: lines fit (or hold a single word) and rejoin to the same words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 60 }), fc.integer({ min: 1, max: 80 }), (words, max) => {
        const lines = wrapText(words.join(' '), max, width);
        expect(lines.join(' ').split(' ').filter((w) => w !== '')).toEqual(words);
        for (const line of lines) expect(line.length <= max || !line.includes(' ')).toBe(true);
      }),
    );
  });
});
