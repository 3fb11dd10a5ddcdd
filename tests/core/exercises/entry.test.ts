// Reading a typed entry (decimals, fractions, minus signs, garbage) and the stated tolerance,
// right at its edges; and part 6's verdicts.

import { describe, expect, it } from 'vitest';
import { checkEntry, checkGrid, classifyGrowth, nearestDecade, parseEntry, withinTolerance } from '../../../src/core/exercises';

describe('parseEntry', () => {
  it.each([
    ['0.75', 0.75], ['-0.75', -0.75], ['.5', 0.5], ['3', 3], ['+2', 2], ['1e-3', 0.001], ['  -1.25 ', -1.25],
    ['−0.5', -0.5], ['0,25', 0.25], ['-3/4', -0.75], ['3/4', 0.75], [' 1 / 3 ', 1 / 3], ['−2/5', -0.4], ['-0', -0],
  ])('reads %j as %d', (raw, value) => {
    expect(parseEntry(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['', '   '])('reads %j as empty', (raw) => expect(parseEntry(raw)).toEqual({ kind: 'empty' }));

  it.each(['abc', '1/0', '1//2', '3/-4', '--1', '1.2.3', '1e999', 'NaN', 'Infinity', '0x10', '1/2/3', '½', '1 2', '9'.repeat(50), 'a/b'])(
    'reads %j as not a number',
    (raw) => expect(parseEntry(raw)).toEqual({ kind: 'invalid' }),
  );
});

describe('tolerance: relative 1e-2 or absolute 1e-3', () => {
  it('accepts an error up to 1e-3 near zero and 1 % for larger values', () => {
    expect(withinTolerance(0.0009, 0)).toBe(true);
    expect(withinTolerance(0.0011, 0)).toBe(false);
    expect(withinTolerance(-0.0011, 0)).toBe(false);
    expect(withinTolerance(10.099, 10)).toBe(true);
    expect(withinTolerance(10.101, 10)).toBe(false);
    expect(withinTolerance(-9.901, -10)).toBe(true);
    expect(withinTolerance(-9.899, -10)).toBe(false);
    expect(withinTolerance(0.0505, 0.05)).toBe(true);
    expect(withinTolerance(0.0512, 0.05)).toBe(false);
  });

  it('marks each cell of a grid: right, wrong, empty, not a number', () => {
    expect(checkGrid(['1', '2.5', '', 'x', '-3/4'], [1, 2.4, 0, 0, -0.75])).toEqual(['right', 'wrong', 'empty', 'invalid', 'right']);
    expect(checkEntry('0.7864', 1 - Math.tanh(0.5) ** 2)).toBe('right');
    expect(checkEntry('0.78', 1 - Math.tanh(0.5) ** 2)).toBe('right');
    expect(checkEntry('0.77', 1 - Math.tanh(0.5) ** 2)).toBe('wrong');
  });
});

describe('part 6 verdicts', () => {
  it('calls a change beyond a factor of ten vanishing or exploding', () => {
    expect(classifyGrowth(-4.8)).toBe('vanish');
    expect(classifyGrowth(-1.01)).toBe('vanish');
    expect(classifyGrowth(-1)).toBe('keep');
    expect(classifyGrowth(0)).toBe('keep');
    expect(classifyGrowth(1)).toBe('keep');
    expect(classifyGrowth(1.01)).toBe('explode');
    expect(nearestDecade(-4.6)).toBe(-5);
    expect(nearestDecade(0.2)).toBe(0);
    expect(Object.is(nearestDecade(-0.2), 0)).toBe(true);
  });
});
