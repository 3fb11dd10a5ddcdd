// The fourth warm-up: the Jacobian of LayerNorm, derived one step at a time, then checked at
// the lab's point x (the same x as above: move it there) against central differences.

import { useMemo } from 'react';
import { useAppStore } from '../../store/store';
import { Log10Number } from '../Log10Number';
import { layerNormLab } from './layerNormLab';
import { MathTex } from './MathTex';
import { MatrixView } from './MatrixView';
import { fixedMinus } from './numbers';
import type { ProofStep } from './ProofSteps';
import { StepReveal } from './StepReveal';

const STEPS: readonly ProofStep[] = [
  {
    key: 'def',
    text: 'LN subtracts the mean m of the n features and divides by their spread s (ε keeps s away from 0).',
    math: ['jacobian.ln.def'],
  },
  {
    key: 'partials',
    text: <>Both m and s depend on every x<sub>j</sub>. Their derivatives (the deviations x − m1 sum to zero):</>,
    math: ['jacobian.ln.partials'],
  },
  {
    key: 'quotient',
    text: 'The quotient rule, with y = (x − m1)/s:',
    math: ['jacobian.ln.quotient'],
  },
  {
    key: 'result',
    text: 'Put the two derivatives in and write x̂ = (x − m1)/s:',
    math: ['norm.ln.jacobian'],
  },
  {
    key: 'kernel',
    text: 'J is symmetric and forgets two directions: shifting every feature at once, and (up to ε) scaling x. Those parts of a gradient stop at LN.',
    math: ['jacobian.ln.kernel'],
  },
];

function LayerNormCheck() {
  const labX = useAppStore((s) => s.labX);
  const lab = useMemo(() => layerNormLab(Float64Array.from(labX)), [labX]);
  const n = labX.length;
  const agree = lab.maxAbsDiff < 1e-6;
  return (
    <div className="lab" role="group" aria-labelledby="ln-lab-heading" data-testid="ln-lab">
      <h4 id="ln-lab-heading" className="derivations__h4">
        Try it: LN(x) at the lab’s point x, n = {n}
      </h4>
      <p className="lab__meta">
        s = <span className="num" data-ln-s={lab.s}>{fixedMinus(lab.s, 4)}</span>, ε = 10⁻⁵. Move x in the lab above.
      </p>
      <div className="lab__matrices">
        <MatrixView name="ln-x" label="lab.x" caption="x" rows={n} cols={1} data={labX} decimals={3} />
        <span className="lab__arrow" aria-hidden="true">→</span>
        <MatrixView name="ln-xhat" label="lab.xhat" caption="x̂ = LN(x)" rows={n} cols={1} data={lab.xHat} decimals={4} />
      </div>
      <div className="lab__compare">
        <MatrixView name="ln-analytic" label="lab.JLN" caption="the analytic Jacobian of LN" rows={n} cols={n} data={lab.analytic.data} decimals={4} />
        <span className="lab__vs" aria-hidden="true">
          vs
        </span>
        <MatrixView name="ln-numeric" label="lab.lnNumeric" caption="the central-difference Jacobian of LN, h = 10⁻⁶" rows={n} cols={n} data={lab.numeric.data} decimals={4} />
        <div className="lab__verdict">
          <MathTex id="lab.lnDiff" decorative />
          <p className="lab__diff num" data-ln-diff={lab.maxAbsDiff}>
            <span className="visually-hidden">largest absolute difference </span>= <Log10Number log10={Math.log10(lab.maxAbsDiff)} />
          </p>
          <p className="lab__verdict-text">
            {agree ? (
              <>
                <span className="lab__verdict-mark" aria-hidden="true">
                  ✓
                </span>{' '}
                They agree to well within 10⁻⁶ (h = 10⁻⁶).
              </>
            ) : (
              'They differ by more than 10⁻⁶: x is nearly constant, so s is close to √ε and LN is steep there.'
            )}
          </p>
        </div>
      </div>
    </div>
  );
}

export function LayerNormExercise() {
  return (
    <div className="exercise exercise--wide">
      <h4 className="derivations__h4">(iv) LayerNorm</h4>
      <StepReveal proof="jacobian.layernorm" title="Exercise (iv), the Jacobian of LayerNorm" steps={STEPS} />
      <LayerNormCheck />
    </div>
  );
}
