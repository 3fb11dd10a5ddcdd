// Marks layers where a norm is exactly zero (log10 = -Infinity: e.g. every ReLU unit dead),
// which a log axis cannot show: a bar along the bottom edge under those layers.

import type { Arch } from '../../core/config';
import { runsWhere } from './log10Scale';
import type { LayerScale } from './layerScale';

interface ZeroRunsProps {
  arch: Arch;
  /** log10 values per layer, starting at layer `firstLayer` */
  values: ArrayLike<number>;
  firstLayer: number;
  x: LayerScale;
  /** bottom edge of the plot area in pixels */
  bottom: number;
  /** vertical offset so two architectures' bars do not overlap */
  lane: number;
  /** also write "exactly 0" above the first bar */
  labelled: boolean;
}

export function ZeroRuns({ arch, values, firstLayer, x, bottom, lane, labelled }: ZeroRunsProps) {
  const runs = runsWhere(values, (v) => v === -Infinity);
  if (runs.length === 0) return null;
  const y = bottom - 8 - lane * 10;
  const [first] = runs;
  const labelX = x(first[0] + firstLayer);
  const anchorEnd = labelX > (x.range()[0] + x.range()[1]) / 2;
  return (
    <g className={`zero-runs series--${arch}`}>
      {runs.map(([a, b]) => (
        <rect key={a} className="zero-bar" x={x(a + firstLayer) - 3} y={y} width={x(b + firstLayer) - x(a + firstLayer) + 6} height={6} rx={3} />
      ))}
      {labelled ? (
        <text className="chart-note" x={anchorEnd ? x(first[1] + firstLayer) : labelX} y={y - 8} textAnchor={anchorEnd ? 'end' : 'start'}>
          {arch}: exactly 0
        </text>
      ) : null}
    </g>
  );
}
