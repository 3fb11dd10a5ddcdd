// Bottom axis of the loss chart: training steps, about one tick per 100 px, and a title.

import type { ScaleLinear } from 'd3-scale';

interface StepAxisProps {
  /** step → x pixels */
  x: ScaleLinear<number, number>;
  /** y pixel of the axis line */
  y: number;
  title: string;
}

export function StepAxis({ x, y, title }: StepAxisProps) {
  const [left, right] = x.range();
  const ticks = x.ticks(Math.max(2, Math.floor((right - left) / 100))).filter(Number.isInteger);
  return (
    <g className="axis axis--layer" aria-hidden="true">
      <line className="axis-line" x1={left} x2={right} y1={y} y2={y} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${x(t)},${y})`}>
          <line className="axis-tick" y2={6} />
          <text className="axis-label" y={24} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      <text className="axis-title" x={(left + right) / 2} y={y + 48} textAnchor="middle">
        {title}
      </text>
    </g>
  );
}
