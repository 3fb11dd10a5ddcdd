// Bottom axis of a layer chart: integer layer ticks and an optional title.

import { memo } from 'react';
import type { LayerScale } from './layerScale';
import { layerTicks } from './layerScale';

interface LayerAxisProps {
  /** shared layer scale (x) */
  x: LayerScale;
  /** y pixel of the axis line (bottom of the plot area) */
  y: number;
  /** axis title centred below the tick labels; omitted when empty */
  title?: string;
}

/** Redrawn only when its props change (not with every result that leaves it as it was). */
export const LayerAxis = memo(function LayerAxis({ x, y, title }: LayerAxisProps) {
  const [left, right] = x.range();
  return (
    <g className="axis axis--layer" aria-hidden="true">
      <line className="axis-line" x1={left} x2={right} y1={y} y2={y} />
      {layerTicks(x).map((t) => (
        <g key={t} transform={`translate(${x(t)},${y})`}>
          <line className="axis-tick" y2={6} />
          <text className="axis-label" y={24} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {title ? (
        <text className="axis-title" x={(left + right) / 2} y={y + 50} textAnchor="middle">
          {title}
        </text>
      ) : null}
    </g>
  );
});
