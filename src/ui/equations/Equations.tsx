// The equations panel beside the chart: the forward and backward step of each architecture,
// the product that decides the gradient's fate, and live numbers for one layer.

import { useAppStore } from '../../store/store';
import { EquationGroup } from './EquationGroup';
import { LayerReadout } from './LayerReadout';
import { PLAIN_BACKWARD, PLAIN_FORWARD, RESIDUAL_BACKWARD, RESIDUAL_FORWARD } from './tex';
import './equations.css';

export function Equations() {
  const arch = useAppStore((s) => s.params.arch);
  return (
    <aside className="equations" aria-labelledby="equations-heading">
      <h2 id="equations-heading" className="section-title">
        The equations
      </h2>
      <p className="equations__lead">
        Backpropagation multiplies the gradient by one matrix per layer. Whether that product shrinks, grows or keeps its size
        is the whole story.
      </p>
      <EquationGroup
        arch="plain"
        title="Plain network"
        forward={PLAIN_FORWARD}
        backward={PLAIN_BACKWARD}
        chain="plain.chain"
        dimmed={arch === 'residual'}
      />
      <EquationGroup
        arch="residual"
        title="Residual network"
        forward={RESIDUAL_FORWARD}
        backward={RESIDUAL_BACKWARD}
        chain="residual.chain"
        dimmed={arch === 'plain'}
      />
      <LayerReadout />
    </aside>
  );
}
