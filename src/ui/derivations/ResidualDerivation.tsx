// Section 4: residual networks. Equation (1), the backprop equations with the selected layer's
// numbers, the proof by the hint one step at a time, and why nothing vanishes (or, with
// Post-LN, why it can); with the page's normalization written in and, with shared weights, one
// V, W, b.

import { useSectionStore } from '../layout/DeferredSection';
import { derivationVariant } from './derivationVariant';
import { MathTex } from './MathTex';
import { residualProof } from './residualProof';
import { ResidualSentence } from './ResidualSentence';
import { StepReveal } from './StepReveal';
import { TheoremBox } from './TheoremBox';

export function ResidualDerivation() {
  const norm = useSectionStore((s) => s.params.norm);
  const tied = useSectionStore((s) => s.params.tied);
  const variant = derivationVariant('residual', norm, tied);
  const count = variant.theorem.length;
  const title = `The ${count === 5 ? 'five' : count === 6 ? 'six' : count === 7 ? 'seven' : count} backprop equations${variant.qualifier ? `, ${variant.qualifier}` : ''}`;
  return (
    <section className="derivation" aria-labelledby="derivation-residual" data-variant={variant.key}>
      <h3 id="derivation-residual" className="derivations__h3">
        <span className="derivations__num">4</span> Residual networks
      </h3>
      <p className="derivations__prose">
        A residual block adds a branch to an identity path: equation (1), with the page’s branch scale α (the exercise has α =
        1).
        {norm === 'pre-ln' ? <> With Pre-LN the branch reads LN(F<sub>k−1</sub>); the identity path is left alone.</> : null}
        {norm === 'post-ln' ? <> With Post-LN the sum G<sub>k</sub> of both paths is normalized.</> : null}
        {norm === 'batch' ? <> With BatchNorm the branch’s z<sub>k</sub> is normalized over the batch before σ.</> : null}
        {tied ? <> With shared weights every block uses the same V, W and b.</> : null}
      </p>
      <div className="derivations__forward">
        {variant.forward.map((id) => (
          <MathTex key={id} id={id} display tied={tied} />
        ))}
      </div>
      <TheoremBox arch="residual" title={title} lines={variant.theorem} tied={tied} batch={norm === 'batch'} />
      <h4 className="derivations__h4">Proof, by the hint</h4>
      <StepReveal proof="residual" title="Proof of the residual backprop equations" steps={residualProof(norm, tied)} tied={tied} />
      <div className="why-box">
        <h4 className="derivations__h4">
          {norm === 'post-ln' ? 'Why Post-LN can lose the gradient' : 'Why the identity term keeps the gradient alive'}
        </h4>
        <ResidualSentence />
      </div>
    </section>
  );
}
