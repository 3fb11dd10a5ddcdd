// Section 2: plain networks. The forward recursion, Theorem 10.1 with the selected layer's
// numbers, its proof one step at a time, and why a product of L Jacobians vanishes or explodes;
// with the page's normalization written into each step and, with shared weights, one W.

import { useSectionStore } from '../layout/DeferredSection';
import { derivationVariant } from './derivationVariant';
import { MathTex } from './MathTex';
import { plainProof } from './plainProof';
import { StepReveal } from './StepReveal';
import { TheoremBox } from './TheoremBox';

export function PlainDerivation() {
  const norm = useSectionStore((s) => s.params.norm);
  const tied = useSectionStore((s) => s.params.tied);
  const variant = derivationVariant('plain', norm, tied);
  const title = `Theorem 10.1 (backpropagation${variant.qualifier ? `, ${variant.qualifier}` : ''})`;
  return (
    <section className="derivation" aria-labelledby="derivation-plain" data-variant={variant.key}>
      <h3 id="derivation-plain" className="derivations__h3">
        <span className="derivations__num">2</span> Plain networks: Theorem 10.1
      </h3>
      <p className="derivations__prose">
        Each layer applies an affine map, then σ; D<sub>k</sub> collects the slopes of σ at z<sub>k</sub>.
        {norm === 'pre-ln' ? (
          <> With Pre-LN the affine map takes LN(F<sub>k−1</sub>): each input normalized over its n features first.</>
        ) : null}
        {norm === 'post-ln' ? <> With Post-LN each layer’s output is normalized over its n features.</> : null}
        {norm === 'batch' ? (
          <> With BatchNorm each feature of z<sub>k</sub> is normalized over the batch before σ.</>
        ) : null}
        {tied ? <> With shared weights every layer uses the same W and b: a recurrent network unrolled over L steps.</> : null}
      </p>
      <div className="derivations__forward">
        {variant.forward.map((id) => (
          <MathTex key={id} id={id} display tied={tied} />
        ))}
      </div>
      <TheoremBox arch="plain" title={title} lines={variant.theorem} tied={tied} batch={norm === 'batch'} />
      <h4 className="derivations__h4">Proof</h4>
      <StepReveal proof="plain" title="Proof of Theorem 10.1" steps={plainProof(norm, tied)} tied={tied} />
    </section>
  );
}
