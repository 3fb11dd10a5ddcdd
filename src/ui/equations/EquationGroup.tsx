// One architecture's equations: forward step, backward step, and the product over all layers
// that decides whether the gradient vanishes, explodes or survives.

import type { Arch } from '../../core/config';
import { LineSwatch } from '../chart/LineSwatch';
import type { EquationSet } from './equationSets';
import { EQUATIONS, type EquationId } from './tex';
import { Tex } from './Tex';

interface EquationGroupProps {
  arch: Arch;
  title: string;
  /** the lines for the current normalization and weight sharing */
  lines: EquationSet;
  /** one W, V, b for every layer */
  tied: boolean;
  /** drawn faintly when the chart is not showing this architecture */
  dimmed: boolean;
}

function EquationList({ ids, tied }: { ids: readonly EquationId[]; tied: boolean }) {
  return (
    <ul className="eq-list">
      {ids.map((id) => (
        <li key={id} className="eq" data-eq={id}>
          <Tex id={id} tied={tied} />
          <span className="eq__note">{EQUATIONS[id].note}</span>
        </li>
      ))}
    </ul>
  );
}

export function EquationGroup({ arch, title, lines, tied, dimmed }: EquationGroupProps) {
  const { forward, backward, chain, after } = lines;
  return (
    <section className={`eq-group eq-group--${arch}${dimmed ? ' eq-group--dimmed' : ''}`}>
      <h3 className="eq-group__title">
        <LineSwatch arch={arch} width={28} /> {title}
      </h3>
      <h4 className="eq-group__step">Forward</h4>
      <EquationList ids={forward} tied={tied} />
      <h4 className="eq-group__step">Backward</h4>
      <EquationList ids={backward} tied={tied} />
      <div className="eq-chain" data-eq={chain}>
        <Tex id={chain} tied={tied} />
        <p className="eq__note">{EQUATIONS[chain].note}</p>
      </div>
      {after.length > 0 && <EquationList ids={after} tied={tied} />}
    </section>
  );
}
