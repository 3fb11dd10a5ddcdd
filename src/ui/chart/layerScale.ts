// The layer axis shared by every chart on the page: the same left and right margins and the
// same x scale, so that layer k sits at the same horizontal position in the main chart and in
// each small multiple stacked below it, and one crosshair lines up across all of them.

import { useMemo } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** Horizontal plot margins for a chart `width` pixels wide; every chart of one width shares them. */
export function plotMargin(width: number): { left: number; right: number } {
  return width < 520 ? { left: 64, right: 16 } : { left: 92, right: 28 };
}

export type LayerScale = ScaleLinear<number, number>;

/** x scale from layer 0..depth to the plot area of a chart `width` pixels wide. */
export function layerScale(depth: number, width: number): LayerScale {
  const margin = plotMargin(width);
  const right = Math.max(margin.left + 1, width - margin.right);
  return scaleLinear().domain([0, Math.max(1, depth)]).range([margin.left, right]);
}

/** Memoised `layerScale`. */
export function useLayerScale(depth: number, width: number): LayerScale {
  return useMemo(() => layerScale(depth, width), [depth, width]);
}

/** Integer layer ticks, about one per 90 px; both ends always labelled, none crowding the last. */
export function layerTicks(x: LayerScale): number[] {
  const [, depth] = x.domain();
  const [left, right] = x.range();
  const inner = x.ticks(Math.max(2, Math.floor((right - left) / 90))).filter((t) => Number.isInteger(t));
  const clear = inner.filter((t) => x(depth) - x(t) >= 48);
  return [...new Set([0, ...clear, depth])].sort((a, b) => a - b);
}

/** The layer nearest to a pixel position, clamped to 0..depth. */
export function layerAt(x: LayerScale, px: number): number {
  const [, depth] = x.domain();
  return Math.min(depth, Math.max(0, Math.round(x.invert(px))));
}
