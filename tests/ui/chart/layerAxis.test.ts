import { describe, expect, it } from 'vitest';
import { nextLayer } from '../../../src/ui/chart/layerKeys';
import { layerAt, layerScale, layerTicks, plotMargin } from '../../../src/ui/chart/layerScale';
import { describeEnds } from '../../../src/ui/multiples/describeSeries';

describe('layerScale', () => {
  it('maps layer 0 and L to the shared margins, so charts of one width line up', () => {
    for (const width of [360, 800, 1200]) {
      const m = plotMargin(width);
      for (const depth of [1, 50, 1000]) {
        const x = layerScale(depth, width);
        expect(x(0)).toBe(m.left);
        expect(x(depth)).toBe(width - m.right);
      }
    }
  });
  it('labels both ends with integer ticks and none crowding the last', () => {
    for (const depth of [1, 7, 50, 333, 1000]) {
      const x = layerScale(depth, 900);
      const t = layerTicks(x);
      expect(t[0]).toBe(0);
      expect(t[t.length - 1]).toBe(depth);
      for (const v of t) expect(Number.isInteger(v)).toBe(true);
      for (let i = 1; i < t.length - 1; i++) expect(x(depth) - x(t[i])).toBeGreaterThanOrEqual(48);
    }
  });
  it('turns a pixel into the nearest layer, clamped', () => {
    const x = layerScale(10, 1000);
    expect(layerAt(x, x(3) + 1)).toBe(3);
    expect(layerAt(x, -100)).toBe(0);
    expect(layerAt(x, 5000)).toBe(10);
  });
});

describe('nextLayer', () => {
  it('steps, pages and jumps within 0..L', () => {
    expect(nextLayer('ArrowLeft', 5, 50)).toBe(4);
    expect(nextLayer('ArrowRight', 50, 50)).toBe(50);
    expect(nextLayer('ArrowLeft', 0, 50)).toBe(0);
    expect(nextLayer('PageDown', 30, 50)).toBe(25);
    expect(nextLayer('PageUp', 48, 50)).toBe(50);
    expect(nextLayer('Home', 12, 50)).toBe(0);
    expect(nextLayer('End', 12, 50)).toBe(50);
  });
  it('starts at the top layer and ignores other keys', () => {
    expect(nextLayer('ArrowLeft', null, 50)).toBe(50);
    expect(nextLayer('a', 3, 50)).toBeNull();
  });
});

describe('describeEnds', () => {
  it('names the first and last layer values', () => {
    const text = describeEnds([{ arch: 'plain', values: [1, 2, 3] }], 1, String);
    expect(text).toBe('plain from 1 at layer 1 to 3 at layer 3');
  });
});
