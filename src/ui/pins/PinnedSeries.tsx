// Pinned runs on the main chart, drawn under the live curves: each a faded line in its
// architecture's colour and dash, with the pin's number on it. A pinned run deeper than the
// current network runs off the right edge, where the chart's clip ends it.

import type { ScaleLinear } from 'd3-scale';
import type { LayerScale } from '../chart/layerScale';
import { SeriesLine } from '../chart/SeriesLine';
import type { PinnedLine } from './pinnedLines';
import { PinTag } from './PinTag';

interface PinnedSeriesProps {
  /** the pinned curves, relative to their top layer like the live ones */
  lines: readonly PinnedLine[];
  x: LayerScale;
  y: ScaleLinear<number, number>;
}

/** Where along the drawn layers a pin's number sits: staggered so numbers do not stack. */
function tagLayer(tag: number, drawnDepth: number): number {
  return Math.round(drawnDepth * Math.min(0.9, 0.06 + 0.12 * (tag - 1)));
}

export function PinnedSeries({ lines, x, y }: PinnedSeriesProps) {
  const [, depth] = x.domain();
  const [lo, hi] = y.domain();
  return (
    <g className="pinned-series" aria-hidden="true">
      {lines.map((line) => {
        const k = tagLayer(line.tag, Math.min(depth, line.values.length - 1));
        const v = line.values[k];
        return (
          <g key={`${line.tag}-${line.arch}`} className="pinned" data-tag={line.tag}>
            <SeriesLine arch={line.arch} values={line.values} firstLayer={0} x={x} y={y} />
            {Number.isFinite(v) && v >= lo && v <= hi ? <PinTag tag={line.tag} arch={line.arch} cx={x(k)} cy={y(v)} /> : null}
          </g>
        );
      })}
    </g>
  );
}
