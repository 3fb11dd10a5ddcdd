// One per-layer series drawn as a line; gaps where the value is not finite (exactly zero or
// lost to an overflow), which other marks then explain.

import { useMemo } from 'react';
import { line } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import type { Arch } from '../../core/config';
import type { LayerScale } from './layerScale';

interface SeriesLineProps {
  /** which architecture: sets colour and dash pattern */
  arch: Arch;
  /** value per layer, starting at layer `firstLayer` */
  values: ArrayLike<number>;
  /** layer of values[0]: 0 for per-activation series, 1 for per-weight series */
  firstLayer: number;
  x: LayerScale;
  y: ScaleLinear<number, number>;
}

export function SeriesLine({ arch, values, firstLayer, x, y }: SeriesLineProps) {
  const d = useMemo(() => {
    const [lo, hi] = y.domain();
    const pad = hi - lo;
    const path = line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => x(i + firstLayer))
      .y((v) => y(Math.min(hi + pad, Math.max(lo - pad, v))));
    return path(Array.from(values)) ?? '';
  }, [values, firstLayer, x, y]);
  return <path className={`series-line series--${arch}`} d={d} />;
}
