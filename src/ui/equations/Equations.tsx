// The equations panel beside the chart: the forward and backward step of each architecture,
// the product that decides the gradient's fate, and live numbers for one layer.

import { useAppStore } from '../../store/store';
import { EquationGroup } from './EquationGroup';
import { LayerReadout } from './LayerReadout';
import { equationSet } from './equationSets';
import './equations.css';

export function Equations() {
  const arch = useAppStore((s) => s.params.arch);
  const norm = useAppStore((s) => s.params.norm);
  const tied = useAppStore((s) => s.params.tied);
  return (
    <aside className="equations" aria-labelledby="equations-heading">
      <h2 id="equations-heading" className="section-title">
        The equations
      </h2>
      <p className="equations__lead">
        Backpropagation multiplies the gradient by one matrix per layer. Whether that product shrinks, grows or keeps its size
        is the whole story.
      </p>
      {tied && (
        <p className="equations__lead" data-testid="equations-tied">
          Weights shared across layers: one W (and b, V) at every layer, so the plain network is a recurrent network unrolled
          over L time steps.
        </p>
      )}
      <EquationGroup
        arch="plain"
        title="Plain network"
        lines={equationSet('plain', norm, tied)}
        tied={tied}
        dimmed={arch === 'residual'}
      />
      <EquationGroup
        arch="residual"
        title="Residual network"
        lines={equationSet('residual', norm, tied)}
        tied={tied}
        dimmed={arch === 'plain'}
      />
      <LayerReadout />
    </aside>
  );
}
