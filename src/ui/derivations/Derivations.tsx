// The derivations, under the figure: from the three Jacobian exercises through the backprop
// proofs of both networks, each symbol evaluated on the network above. It owns the workers
// that compute the linear case and the selected layer's Jacobian norm. The contents are buttons,
// not links: the page's hash holds its parameters.

import { JacobianLab } from './JacobianLab';
import { LayerPicker } from './LayerPicker';
import { LinearCase } from './LinearCase';
import { PlainDerivation } from './PlainDerivation';
import { ResidualDerivation } from './ResidualDerivation';
import { useDerivationJobs } from './useDerivationJobs';
import './derivations.css';

const CONTENTS = [
  ['derivation-lab', 'The Jacobian lab'],
  ['derivation-plain', 'Plain networks'],
  ['derivation-linear', 'The linear case'],
  ['derivation-residual', 'Residual networks'],
] as const;

export function Derivations() {
  useDerivationJobs();
  return (
    <section className="derivations" aria-labelledby="derivations-heading">
      <header className="derivations__header">
        <h2 id="derivations-heading" className="section-title">
          Derivations
        </h2>
        <p className="derivations__lead">
          Where the equations come from, one step at a time, with every symbol evaluated on the network above.
        </p>
        <nav aria-label="Derivations">
          <ol className="derivations__contents">
            {CONTENTS.map(([id, title]) => (
              <li key={id}>
                <button type="button" className="derivations__jump" onClick={() => document.getElementById(id)?.scrollIntoView({ block: 'start' })}>
                  {title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <JacobianLab />
      <div className="derivations__layer-bar">
        <LayerPicker />
      </div>
      <PlainDerivation />
      <LinearCase />
      <ResidualDerivation />
    </section>
  );
}

