// The three warm-up exercises, each derived one step at a time: an affine map, a componentwise
// activation, and their composition by the chain rule.

import type { ProofStep } from './ProofSteps';
import { StepReveal } from './StepReveal';

const AFFINE: readonly ProofStep[] = [
  {
    key: 'def',
    text: 'Write g one output at a time.',
    math: ['jacobian.affine.def'],
  },
  {
    key: 'partial',
    text: <>Only the term A<sub>ij</sub>x<sub>j</sub> of g<sub>i</sub> moves with x<sub>j</sub>.</>,
    math: ['jacobian.affine.partial'],
  },
  {
    key: 'result',
    text: <>Entry (i, j) of the Jacobian is A<sub>ij</sub>: the Jacobian is A itself, at every x. The bias b drops out.</>,
    math: ['jacobian.affine'],
  },
];

const ACTIVATION: readonly ProofStep[] = [
  {
    key: 'def',
    text: 'σ acts on each coordinate alone.',
    math: ['jacobian.activation.def'],
  },
  {
    key: 'partial',
    text: <>h<sub>i</sub> depends on x<sub>i</sub> only, so every other partial derivative is 0.</>,
    math: ['jacobian.activation.partial'],
  },
  {
    key: 'result',
    text: 'The Jacobian is diagonal, with the slopes of σ on the diagonal.',
    math: ['jacobian.activation'],
  },
];

const CHAIN: readonly ProofStep[] = [
  {
    key: 'def',
    text: 'g is three maps in a row: an affine map, σ, and a linear map.',
    math: ['jacobian.chain.def'],
  },
  {
    key: 'rule',
    text: 'The chain rule: the Jacobian of a composition is the product of the Jacobians, each taken where its map is applied.',
    math: ['jacobian.chain.rule'],
  },
  {
    key: 'apply',
    text: 'Applied twice, to a ∘ (h ∘ c):',
    math: ['jacobian.chain.apply'],
  },
  {
    key: 'pieces',
    text: 'Each factor is one of the exercises above: (i) for c and a, (ii) for h at the point c(x) = Bx + b.',
    math: ['jacobian.chain.pieces'],
  },
  {
    key: 'result',
    text: 'Multiply them in order.',
    math: ['jacobian.chain'],
  },
];

export function JacobianExercises() {
  return (
    <ol className="exercises">
      <li className="exercise">
        <h4 className="derivations__h4">(i) An affine map</h4>
        <StepReveal proof="jacobian.affine" title="Exercise (i), the Jacobian of Ax + b" steps={AFFINE} />
      </li>
      <li className="exercise">
        <h4 className="derivations__h4">(ii) A componentwise activation</h4>
        <StepReveal proof="jacobian.activation" title="Exercise (ii), the Jacobian of σ applied componentwise" steps={ACTIVATION} />
      </li>
      <li className="exercise exercise--wide">
        <h4 className="derivations__h4">(iii) One layer, by the chain rule</h4>
        <StepReveal proof="jacobian.chain" title="Exercise (iii), the Jacobian of Aσ(Bx + b)" steps={CHAIN} />
      </li>
    </ol>
  );
}
