// Section 1: the Jacobian lab. Three exercises, then a small live layer to check them on.

import { JacobianExercises } from './JacobianExercises';
import { LabExample } from './LabExample';

export function JacobianLab() {
  return (
    <section className="derivation" aria-labelledby="derivation-lab">
      <h3 id="derivation-lab" className="derivations__h3">
        <span className="derivations__num">1</span> The Jacobian lab
      </h3>
      <p className="derivations__prose">
        Backpropagation is the chain rule applied to Jacobians. Three small exercises hold everything the proofs below need:
        the Jacobian of an affine map, of an activation applied to each coordinate, and of one layer built from both.
      </p>
      <JacobianExercises />
      <LabExample />
    </section>
  );
}
