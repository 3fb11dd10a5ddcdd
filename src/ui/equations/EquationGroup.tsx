// One architecture's equations: forward step, backward step, and the product over all layers
// that decides whether the gradient vanishes, explodes or survives.

import type { Arch } from '../../core/config';
import { LineSwatch } from '../chart/LineSwatch';
import { EQUATIONS, type EquationId } from './tex';
import { Tex } from './Tex';

interface EquationGroupProps {
  arch: Arch;
  title: string;
  forward: readonly EquationId[];
  backward: readonly EquationId[];
  /** the whole backward pass as one product */
  chain: EquationId;
  /** drawn faintly when the chart is not showing this architecture */
  dimmed: boolean;
}

function EquationList({ ids }: { ids: readonly EquationId[] }) {
  return (
    <ul className="eq-list">
      {ids.map((id) => (
        <li key={id} className="eq" data-eq={id}>
          <Tex id={id} />
          <span className="eq__note">{EQUATIONS[id].note}</span>
        </li>
      ))}
    </ul>
  );
}

export function EquationGroup({ arch, title, forward, backward, chain, dimmed }: EquationGroupProps) {
  return (
    <section className={`eq-group eq-group--${arch}${dimmed ? ' eq-group--dimmed' : ''}`}>
      <h3 className="eq-group__title">
        <LineSwatch arch={arch} width={28} /> {title}
      </h3>
      <h4 className="eq-group__step">Forward</h4>
      <EquationList ids={forward} />
      <h4 className="eq-group__step">Backward</h4>
      <EquationList ids={backward} />
      <div className="eq-chain" data-eq={chain}>
        <Tex id={chain} />
        <p className="eq__note">{EQUATIONS[chain].note}</p>
      </div>
    </section>
  );
}
