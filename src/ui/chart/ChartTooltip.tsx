// The values at the hovered layer, shown next to the crosshair: median and 10–90 % range of
// each drawn architecture, in the same units as the axis.

import type { Arch } from '../../core/config';
import { formatLog10 } from '../format';
import { Log10Number } from '../Log10Number';
import { LineSwatch } from './LineSwatch';

/** One architecture's numbers at the hovered layer, as log10. */
export interface TooltipRow {
  arch: Arch;
  median: number;
  low: number;
  high: number;
}

interface ChartTooltipProps {
  layer: number;
  depth: number;
  rows: readonly TooltipRow[];
  /** crosshair position in pixels from the chart's left edge */
  left: number;
  /** place the box left of the crosshair (near the right edge) */
  flip: boolean;
  /** distance from the chart's top edge in pixels */
  top: number;
}

export function ChartTooltip({ layer, depth, rows, left, flip, top }: ChartTooltipProps) {
  return (
    <div className={`chart-tooltip${flip ? ' chart-tooltip--flip' : ''}`} style={{ left, top }} aria-hidden="true">
      <div className="chart-tooltip__title">
        Layer {layer}
        <span className="muted"> of {depth}</span>
      </div>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">median</th>
            <th scope="col">10–90 %</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.arch}>
              <th scope="row">
                <LineSwatch arch={r.arch} /> {r.arch}
              </th>
              <td className="num">
                <Log10Number log10={r.median} />
              </td>
              <td className="num muted">
                <Log10Number log10={r.low} /> – <Log10Number log10={r.high} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same numbers as one sentence, for the screen-reader announcement. */
export function tooltipSentence(layer: number, rows: readonly TooltipRow[]): string {
  const parts = rows.map((r) => `${r.arch} ${formatLog10(r.median)}`);
  return `Layer ${layer}: ${parts.join(', ')} times the top gradient.`;
}
