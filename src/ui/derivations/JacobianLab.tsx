// Section 1: the Jacobian lab. Three exercises, a small live layer to check them on, then
// LayerNorm's Jacobian checked at the same point.

import { JacobianExercises } from './JacobianExercises';
import { LabExample } from './LabExample';
import { LayerNormExercise } from './LayerNormExercise';

export function JacobianLab() {
  return (
    <section className="derivation" aria-labelledby="derivation-lab">
      <h3 id="derivation-lab" className="derivations__h3">
        <span className="derivations__num">1</span> The Jacobian lab
      </h3>
      <p className="derivations__prose">
        Backpropagation is the chain rule applied to Jacobians. Three small exercises hold everything the proofs below need:
        the Jacobian of an affine map, of an activation applied to each coordinate, and of one layer built from both. A fourth
        holds what a normalization layer adds.
      </p>
      <JacobianExercises />
      <LabExample />
      <LayerNormExercise />
    </section>
  );
}
