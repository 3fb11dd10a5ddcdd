// The 10–90 % spread of a per-layer series, as a translucent band behind its line.

import { useMemo } from 'react';
import { area } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import type { Arch } from '../../core/config';
import type { LayerScale } from './layerScale';

interface SeriesBandProps {
  arch: Arch;
  /** lower edge per layer (e.g. p10); -Infinity reaches the bottom of the plot */
  low: ArrayLike<number>;
  /** upper edge per layer (e.g. p90); the band stops where it is not finite */
  high: ArrayLike<number>;
  /** layer of low[0] and high[0] */
  firstLayer: number;
  x: LayerScale;
  y: ScaleLinear<number, number>;
}

export function SeriesBand({ arch, low, high, firstLayer, x, y }: SeriesBandProps) {
  const d = useMemo(() => {
    const [lo, hi] = y.domain();
    const pad = hi - lo;
    const clamp = (v: number) => Math.min(hi + pad, Math.max(lo - pad, v));
    const index = Array.from({ length: high.length }, (_, i) => i);
    const path = area<number>()
      .defined((i) => Number.isFinite(high[i]) && !Number.isNaN(low[i]))
      .x((i) => x(i + firstLayer))
      .y0((i) => y(clamp(low[i])))
      .y1((i) => y(clamp(high[i])));
    return path(index) ?? '';
  }, [low, high, firstLayer, x, y]);
  return <path className={`series-band series--${arch}`} d={d} />;
}
