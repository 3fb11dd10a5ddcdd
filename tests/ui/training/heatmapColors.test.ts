import { describe, expect, it } from 'vitest';
import { CLASS_POINT, heatmapPixels, parseRgb, probabilityScale, regressionScale, targetExtent } from '../../../src/ui/training/heatmapColors';

describe('heatmap colours', () => {
  it('P = 0 and 1 take the two class tints, 0.5 the pale middle', () => {
    const scale = probabilityScale();
    const [c0, mid, c1] = [0, 0.5, 1].map((p) => parseRgb(scale(p)));
    expect(mid[0]).toBeGreaterThan(230);
    expect(c0[0]).toBeGreaterThan(c0[1]); // purple: more red than green
    expect(c1[1]).toBeGreaterThan(c1[0]); // green
    expect(parseRgb(scale(7))).toEqual(c1); // clamped
  });

  it('pixels: RGBA per cell, opaque, grey where the output is not a number', () => {
    const px = heatmapPixels(Float32Array.of(0, 1, Number.NaN), probabilityScale());
    expect(px).toHaveLength(12);
    expect([px[3], px[7], px[11]]).toEqual([255, 255, 255]);
    expect(Array.from(px.subarray(8, 11))).toEqual([150, 150, 150]);
  });

  it('regression is symmetric around 0 out to the largest |target|', () => {
    expect(targetExtent(Float64Array.of(-0.3, 2, Number.NaN))).toBe(2);
    expect(targetExtent([])).toBe(1);
    const scale = regressionScale(2);
    expect(parseRgb(scale(0))).toEqual(parseRgb(probabilityScale()(0.5)));
    expect(parseRgb(scale(-5))).toEqual(parseRgb(probabilityScale()(0)));
  });

  it('reads hex and rgb() strings', () => {
    expect(parseRgb(CLASS_POINT[1])).toEqual([0x1b, 0x78, 0x37]);
    expect(parseRgb('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
  });
});
