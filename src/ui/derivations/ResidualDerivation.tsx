// Section 4: residual networks. Equation (1), the five backprop equations with the selected
// layer's numbers, the proof by the hint one step at a time, and why nothing vanishes.

import { RESIDUAL_FORWARD } from '../equations/tex';
import { MathTex } from './MathTex';
import { ResidualSentence } from './ResidualSentence';
import type { ProofStep } from './ProofSteps';
import { StepReveal } from './StepReveal';
import { TheoremBox, type TheoremLine } from './TheoremBox';

const THEOREM: readonly TheoremLine[] = [
  { id: 'residual.backprop.V', terms: ['gradV'] },
  { id: 'residual.backprop.z', terms: ['gradF', 'meanD'] },
  { id: 'residual.backprop.W', terms: ['gradW'] },
  { id: 'residual.backprop.b', terms: ['gradB'] },
  { id: 'residual.backprop.F', terms: ['gradFPrev', 'jacobian'] },
];

const PROOF: readonly ProofStep[] = [
  {
    key: 'h',
    text: (
      <>
        Hold everything above layer k fixed and look at the loss as a function of F<sub>k</sub> alone. Its gradient is the one
        we want, ∇h<sub>k</sub>(F<sub>k</sub>) = ∇<sub>F<sub>k</sub></sub>L.
      </>
    ),
    math: ['residual.proof.h'],
  },
  {
    key: 'recursion',
    text: (
      <>
        One layer lower, equation (1) writes F<sub>k</sub> in terms of F<sub>k−1</sub>:
      </>
    ),
    math: ['residual.proof.recursion'],
  },
  {
    key: 'jacobian',
    text: (
      <>
        The inner map is the identity plus exercise (iii) with A = αV<sub>k</sub> and B = W<sub>k</sub>. Jacobians of a sum
        add:
      </>
    ),
    math: ['residual.proof.jacobian'],
  },
  {
    key: 'chain',
    text: 'The chain rule, with the Jacobian transposed for a gradient:',
    math: ['residual.proof.chain'],
  },
  {
    key: 'split',
    text: (
      <>
        Expand the transpose (D<sub>k</sub> is diagonal) and give the branch part its name, ∇<sub>z<sub>k</sub></sub>L:
      </>
    ),
    math: ['residual.proof.split', 'residual.backprop.z', 'residual.backprop.F'],
  },
  {
    key: 'params',
    text: (
      <>
        The parameters. V<sub>k</sub> enters only through αV<sub>k</sub>s<sub>k</sub>; W<sub>k</sub> and b<sub>k</sub> enter
        only through z<sub>k</sub>, exactly as in the plain network:
      </>
    ),
    math: ['residual.proof.params', 'residual.backprop.V', 'residual.backprop.W', 'residual.backprop.b'],
  },
  {
    key: 'bound',
    text: (
      <>
        Why it does not vanish: every singular value of I + αW<sub>k</sub>
        <sup>⊤</sup>D<sub>k</sub>V<sub>k</sub>
        <sup>⊤</sup> lies within α‖W<sub>k</sub>
        <sup>⊤</sup>D<sub>k</sub>V<sub>k</sub>
        <sup>⊤</sup>‖<sub>2</sub> of 1, so one layer can shrink the gradient by at most that fraction:
      </>
    ),
    math: ['residual.proof.bound', 'residual.chain'],
  },
];

export function ResidualDerivation() {
  return (
    <section className="derivation" aria-labelledby="derivation-residual">
      <h3 id="derivation-residual" className="derivations__h3">
        <span className="derivations__num">4</span> Residual networks
      </h3>
      <p className="derivations__prose">
        A residual block adds a branch to an identity path: equation (1), with the page’s branch scale α (the exercise has α =
        1).
      </p>
      <div className="derivations__forward">
        {RESIDUAL_FORWARD.map((id) => (
          <MathTex key={id} id={id} display />
        ))}
      </div>
      <TheoremBox arch="residual" title="The five backprop equations" lines={THEOREM} />
      <h4 className="derivations__h4">Proof, by the hint</h4>
      <StepReveal proof="residual" title="Proof of the residual backprop equations" steps={PROOF} />
      <div className="why-box">
        <h4 className="derivations__h4">Why the identity term keeps the gradient alive</h4>
        <ResidualSentence />
      </div>
    </section>
  );
}
