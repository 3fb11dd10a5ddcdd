// Section 2: plain networks. The forward recursion, Theorem 10.1 with the selected layer's
// numbers, its proof one step at a time, and why a product of L Jacobians vanishes or explodes.

import { PLAIN_FORWARD } from '../equations/tex';
import { MathTex } from './MathTex';
import { PlainSentence } from './PlainSentence';
import type { ProofStep } from './ProofSteps';
import { StepReveal } from './StepReveal';
import { TheoremBox, type TheoremLine } from './TheoremBox';

const THEOREM: readonly TheoremLine[] = [
  { id: 'plain.backprop.z', terms: ['gradF', 'meanD'] },
  { id: 'plain.backprop.F', terms: ['gradFPrev', 'jacobian'] },
  { id: 'plain.backprop.W', terms: ['gradW'] },
  { id: 'plain.backprop.b', terms: ['gradB'] },
];

const PROOF: readonly ProofStep[] = [
  {
    key: 'z',
    text: (
      <>
        L depends on z<sub>k</sub> only through F<sub>k</sub> = σ(z<sub>k</sub>), whose Jacobian is D<sub>k</sub> by exercise
        (ii). A gradient goes back through the transposed Jacobian, and D<sub>k</sub> is diagonal, so D<sub>k</sub>
        <sup>⊤</sup> = D<sub>k</sub>:
      </>
    ),
    math: ['plain.proof.z', 'plain.backprop.z'],
  },
  {
    key: 'F',
    text: (
      <>
        L depends on F<sub>k−1</sub> only through z<sub>k</sub> = W<sub>k</sub>F<sub>k−1</sub> + b<sub>k</sub>, whose Jacobian
        is W<sub>k</sub> by exercise (i):
      </>
    ),
    math: ['plain.proof.F', 'plain.backprop.F'],
  },
  {
    key: 'W',
    text: (
      <>
        Entry (W<sub>k</sub>)<sub>ij</sub> appears only in (z<sub>k</sub>)<sub>i</sub>, multiplied by (F<sub>k−1</sub>)
        <sub>j</sub>. All these partial derivatives together form an outer product:
      </>
    ),
    math: ['plain.proof.W', 'plain.backprop.W'],
  },
  {
    key: 'b',
    text: (
      <>
        b<sub>k</sub> is added to z<sub>k</sub> as it is, so its Jacobian is the identity:
      </>
    ),
    math: ['plain.proof.b', 'plain.backprop.b'],
  },
  {
    key: 'unroll',
    text: 'The first two steps carry the gradient down one layer. Repeat from layer L down to layer 1:',
    math: ['plain.proof.step', 'plain.chain'],
  },
  {
    key: 'bound',
    text: (
      <>
        The norm of a product is at most the product of the norms. So ‖∇<sub>F₀</sub>L‖ is bounded by a product of L numbers,
        one per layer: if they sit around some c, the product is about c<sup>L</sup>. It vanishes for c &lt; 1 and can explode
        for c &gt; 1, exponentially in the depth.
      </>
    ),
    math: ['plain.proof.bound'],
    extra: <PlainSentence />,
  },
];

export function PlainDerivation() {
  return (
    <section className="derivation" aria-labelledby="derivation-plain">
      <h3 id="derivation-plain" className="derivations__h3">
        <span className="derivations__num">2</span> Plain networks: Theorem 10.1
      </h3>
      <p className="derivations__prose">
        Each layer applies an affine map, then σ; D<sub>k</sub> collects the slopes of σ at z<sub>k</sub>.
      </p>
      <div className="derivations__forward">
        {PLAIN_FORWARD.map((id) => (
          <MathTex key={id} id={id} display />
        ))}
      </div>
      <TheoremBox arch="plain" title="Theorem 10.1 (backpropagation)" lines={THEOREM} />
      <h4 className="derivations__h4">Proof</h4>
      <StepReveal proof="plain" title="Proof of Theorem 10.1" steps={PROOF} />
    </section>
  );
}
