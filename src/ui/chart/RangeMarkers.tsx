// Explicit marks for what a log axis cannot draw: values beyond float64 range (a triangle at
// the plot edge with the value), the float64 limit itself, and the layer where a forward
// pass overflowed (everything after it is NaN and not drawn).

import type { ScaleLinear } from 'd3-scale';
import type { Arch } from '../../core/config';
import { FLOAT64_LOG10_LIMIT, beyondFloatRange } from './log10Scale';
import type { LayerScale } from './layerScale';
import { SvgLog10Number } from './SvgLog10Number';

/** What RangeMarkers needs about one architecture. */
export interface RangeSeries {
  arch: Arch;
  /** plotted log10 values per layer k = 0..L */
  values: ArrayLike<number>;
  /** first layer whose forward values overflowed, or null */
  overflowLayer: number | null;
}

interface RangeMarkersProps {
  series: readonly RangeSeries[];
  x: LayerScale;
  y: ScaleLinear<number, number>;
  /** plot area's top and bottom in pixels */
  top: number;
  bottom: number;
  /** layer of values[0]: 1 for per-layer parameters (default 0) */
  firstLayer?: number;
  /** a short chart: notes stacked at the right edge, clear of the value axis, and no "float64 limit" label */
  compact?: boolean;
}

/** A value found at array index i sits at layer i + firstLayer. */
function shiftIndex(found: { index: number; value: number } | null, firstLayer: number): { index: number; value: number } | null {
  return found && { index: found.index + firstLayer, value: found.value };
}

function side(x: LayerScale, px: number): 'start' | 'end' {
  const [l, r] = x.range();
  return px > (l + r) / 2 ? 'end' : 'start';
}

export function RangeMarkers({ series, x, y, top, bottom, firstLayer = 0, compact = false }: RangeMarkersProps) {
  const [lo, hi] = y.domain();
  const limits = [FLOAT64_LOG10_LIMIT, -FLOAT64_LOG10_LIMIT].filter((v) => v > lo && v < hi);
  const [left, right] = x.range();
  /** Where a marker's note goes, relative to the marker at `px` (the lane-th of the series). */
  const note = (px: number, lane: number): { x: number; anchor: 'start' | 'end' } => {
    if (compact) return { x: right - 4 - px, anchor: 'end' };
    const end = side(x, px) === 'end';
    return { x: end ? -14 - lane * 20 : 14 + (series.length - 1 - lane) * 20, anchor: end ? 'end' : 'start' };
  };
  return (
    <g className="range-markers">
      {limits.map((v) => (
        <g key={v}>
          <line className="float-limit" x1={left} x2={right} y1={y(v)} y2={y(v)} />
          {!compact ? (
            <text className="chart-note chart-note--muted" x={right - 4} y={y(v) + (v > 0 ? 18 : -8)} textAnchor="end">
              float64 limit
            </text>
          ) : null}
        </g>
      ))}
      {series.map((s, lane) => {
        const above = shiftIndex(beyondFloatRange(s.values, 'above'), firstLayer);
        const below = shiftIndex(beyondFloatRange(s.values, 'below'), firstLayer);
        const ox = s.overflowLayer !== null ? x(s.overflowLayer) : null;
        const ax = above ? x(above.index) + lane * 20 * (side(x, x(above.index)) === 'end' ? -1 : 1) : 0;
        const bx = below ? x(below.index) + lane * 20 * (side(x, x(below.index)) === 'end' ? -1 : 1) : 0;
        return (
          <g key={s.arch} className={`series--${s.arch}`}>
            {above ? (
              <g transform={`translate(${ax},${top})`}>
                <path className="edge-marker" d="M0,0 L-8,13 L8,13 Z" />
                <text className="chart-note" x={note(ax, lane).x} y={32 + lane * 22} textAnchor={note(ax, lane).anchor}>
                  {s.arch}: beyond float64 range, up to <SvgLog10Number log10={above.value} />
                </text>
              </g>
            ) : null}
            {below ? (
              <g transform={`translate(${bx},${bottom})`}>
                <path className="edge-marker" d="M0,0 L-8,-13 L8,-13 Z" />
                <text className="chart-note" x={note(bx, lane).x} y={-22 - lane * 22} textAnchor={note(bx, lane).anchor}>
                  {s.arch}: beyond float64 range, down to <SvgLog10Number log10={below.value} />
                </text>
              </g>
            ) : null}
            {ox !== null ? (
              <g>
                <line className="overflow-line" x1={ox} x2={ox} y1={top} y2={bottom} />
                <text className="chart-note" x={side(x, ox) === 'end' ? ox - 8 : ox + 8} y={top + 44 + lane * 22} textAnchor={side(x, ox)}>
                  {s.arch}: forward pass overflowed at layer {s.overflowLayer}
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
