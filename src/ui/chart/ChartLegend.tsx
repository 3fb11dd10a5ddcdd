// Legend for the gradient chart: one entry per drawn architecture, the band, and the 10⁰ line.

import type { Arch } from '../../core/config';
import { LineSwatch } from './LineSwatch';

interface ChartLegendProps {
  /** architectures currently drawn, in drawing order */
  archs: readonly Arch[];
}

const NAMES: Record<Arch, string> = { plain: 'Plain network', residual: 'Residual network' };

export function ChartLegend({ archs }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {archs.map((a) => (
        <li key={a}>
          <LineSwatch arch={a} />
          {NAMES[a]}
        </li>
      ))}
      <li className="muted">
        <svg className="line-swatch" width={34} height={14} aria-hidden="true" focusable="false">
          <rect className="series-band series--neutral" x={1} y={1} width={32} height={12} />
        </svg>
        10–90 % of inputs
      </li>
    </ul>
  );
}
