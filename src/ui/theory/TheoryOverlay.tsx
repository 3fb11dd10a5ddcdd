// The mean-field prediction drawn over the measured curves: a thin dotted line in each series'
// colour, distinct from the residual's dashes, in the chart's own scales.

import { useMemo } from 'react';
import { line } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import type { LayerScale } from '../chart/layerScale';
import type { OverlayCurve } from './overlayCurves';

interface TheoryOverlayProps {
  /** predicted log10 ratios per architecture, layer 0..L */
  curves: readonly OverlayCurve[];
  x: LayerScale;
  y: ScaleLinear<number, number>;
}

export function TheoryOverlay({ curves, x, y }: TheoryOverlayProps) {
  const paths = useMemo(() => {
    const [lo, hi] = y.domain();
    const pad = hi - lo;
    const path = line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, k) => x(k))
      .y((v) => y(Math.min(hi + pad, Math.max(lo - pad, v))));
    return curves.map((c) => ({ arch: c.arch, d: path(Array.from(c.values)) ?? '' }));
  }, [curves, x, y]);
  return (
    <g className="theory-overlay" aria-hidden="true">
      {paths.map((p) => (
        <path key={p.arch} className={`theory-line series--${p.arch}`} d={p.d} />
      ))}
    </g>
  );
}
