// Legend of the loss chart: the two networks, and which line is which loss.

import { LineSwatch } from '../chart/LineSwatch';

export function LossLegend() {
  return (
    <ul className="chart-legend loss-legend" aria-label="Legend">
      <li>
        <LineSwatch arch="plain" /> Plain
      </li>
      <li>
        <LineSwatch arch="residual" /> Residual
      </li>
      <li className="muted">thick: training set · dotted: held-out · faint: each minibatch</li>
    </ul>
  );
}
