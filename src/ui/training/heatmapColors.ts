// Colours of the decision maps, measured with d3: a purple–white–green scale (colour-blind
// safe, and distinct from the orange and blue that mark plain and residual everywhere else)
// for P(class 1), or for the regression output around 0; and the pixels of one map.

import { scaleLinear } from 'd3-scale';

/** Class 0 and class 1 as points (dark) and as the regions they claim (light). */
export const CLASS_POINT = ['#762a83', '#1b7837'] as const;
const REGION = ['#b996c9', '#f4f4f2', '#8fcf8a'] as const;
/** Where the network's output is not a number (a forward overflow). */
const MISSING_RGB: readonly [number, number, number] = [150, 150, 150];

export type ColorScale = (value: number) => string;

/** The region colour of P(class 1) ∈ [0, 1]. */
export function probabilityScale(): ColorScale {
  return scaleLinear<string>().domain([0, 0.5, 1]).range(REGION).clamp(true);
}

/** The colour of a regression value, symmetric around 0 out to ±`extent`. */
export function regressionScale(extent: number): ColorScale {
  const m = Number.isFinite(extent) && extent > 0 ? extent : 1;
  return scaleLinear<string>().domain([-m, 0, m]).range(REGION).clamp(true);
}

/** The dark point colour of a regression target, on the same diverging scale as the map. */
export function regressionPointScale(extent: number): ColorScale {
  const m = Number.isFinite(extent) && extent > 0 ? extent : 1;
  return scaleLinear<string>().domain([-m, 0, m]).range([CLASS_POINT[0], '#5f5f5f', CLASS_POINT[1]]).clamp(true);
}

/** Largest |y| over the targets (1 when there are none). */
export function targetExtent(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) m = Math.max(m, Math.abs(values[i]));
  return m > 0 ? m : 1;
}

/** "rgb(r, g, b)" or "#rrggbb" → [r, g, b]. */
export function parseRgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [...MISSING_RGB];
}

/** RGBA pixels of a res×res grid (row 0 at the top), for a canvas ImageData. */
export function heatmapPixels(values: ArrayLike<number>, scale: ColorScale): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  const cache = new Map<string, [number, number, number]>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let rgb = MISSING_RGB;
    if (Number.isFinite(v)) {
      const color = scale(v);
      rgb = cache.get(color) ?? parseRgb(color);
      cache.set(color, rgb as [number, number, number]);
    }
    out[4 * i] = rgb[0];
    out[4 * i + 1] = rgb[1];
    out[4 * i + 2] = rgb[2];
    out[4 * i + 3] = 255;
  }
  return out;
}
