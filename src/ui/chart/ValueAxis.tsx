// Left axis of a chart with horizontal grid lines: the caller chooses the ticks and how
// to print them (10ⁿ for log10 values, plain decimals for a 0..1 scale).

import { memo, type ReactNode } from 'react';
import type { ScaleLinear } from 'd3-scale';

interface ValueAxisProps {
  /** vertical scale from value to pixels */
  y: ScaleLinear<number, number>;
  /** tick values (in the scale's units, e.g. log10 exponents) */
  ticks: readonly number[];
  /** prints one tick value */
  format: (t: number) => ReactNode;
  /** unlabelled, fainter grid lines (e.g. at 2× and 5× on a short log axis) */
  minorTicks?: readonly number[];
  /** plot area's left and right edges in pixels */
  left: number;
  right: number;
}

/** Redrawn only when its props change (not with every result that leaves it as it was). */
export const ValueAxis = memo(function ValueAxis({ y, ticks, format, left, right, minorTicks = [] }: ValueAxisProps) {
  return (
    <g className="axis axis--value" aria-hidden="true">
      {minorTicks.map((t) => (
        <line key={`minor${t}`} className="grid-line grid-line--minor" x1={left} x2={right} y1={y(t)} y2={y(t)} />
      ))}
      {ticks.map((t) => (
        <g key={t} transform={`translate(0,${y(t)})`}>
          <line className="grid-line" x1={left} x2={right} />
          <text className="axis-label" x={left - 10} dy="0.35em" textAnchor="end">
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
});
