// Why the identity term keeps the residual gradient from vanishing, said once with the live
// network's numbers: the selected layer's α‖W_kᵀD_kV_kᵀ‖₂ (with Pre-LN times ‖J_LN‖₂ = 1/s) and
// what the whole depth did. With Post-LN it says instead what J_LN does to the identity path, and
// with BatchNorm that no per-input size is quoted.

import { useSectionStore } from '../layout/DeferredSection';
import { Log10Number } from '../Log10Number';
import { depthSummary } from './depthSummary';
import { Factor } from './LnSentence';
import { fixedMinus } from './numbers';
import { useLayerNumbers } from './useLayerNumbers';

/** ‖W_kᵀD_kV_kᵀ‖₂ with α (and ‖J_LN‖₂ with Pre-LN), written out for a sentence. */
function BranchNorm({ ln = false }: { ln?: boolean }) {
  return (
    <>
      α{ln ? <>‖J<sub>LN</sub>‖<sub>2</sub></> : null}‖W<sub>k</sub>
      <sup>⊤</sup>D<sub>k</sub>V<sub>k</sub>
      <sup>⊤</sup>‖<sub>2</sub>
    </>
  );
}

export function ResidualSentence() {
  const residual = useSectionStore((s) => s.result?.residual ?? null);
  const plain = useSectionStore((s) => s.result?.plain ?? null);
  const norm = useSectionStore((s) => s.params.norm);
  const numbers = useLayerNumbers('residual');
  const summary = depthSummary(residual);
  const plainSummary = depthSummary(plain);
  if (!numbers || !summary) return null;
  const preLn = norm === 'pre-ln';
  const branchLog = numbers.jacobian === null || (preLn && numbers.lnGain === null) ? null : numbers.jacobian + (preLn ? numbers.lnGain! : 0);
  const branch = branchLog === null ? null : 10 ** branchLog;
  const change = summary.bottom - summary.top;
  const fate = change > 0.005 ? 'grown, not vanished' : change >= -0.005 ? 'kept its size' : change > -2 ? 'shrunk a little, not vanished' : 'shrunk';
  return (
    <p className="live-sentence live-sentence--residual" data-sentence="residual">
      {norm === 'batch' ? (
        <>
          At layer {numbers.k}, ∇<sub>F<sub>k−1</sub></sub>L is ∇<sub>F<sub>k</sub></sub>L itself plus a branch term through J
          <sub>BN</sub>, which couples the inputs of the batch, so the page quotes no per-input size for it; the identity term is
          there all the same.{' '}
        </>
      ) : norm === 'post-ln' ? (
        numbers.lnGain === null ? null : (
          <>
            At layer {numbers.k}, before anything else the whole gradient, identity path included, passes through J<sub>LN</sub>
            (G<sub>k</sub>), whose norm is 1/s ={' '}
            <strong className="num" data-ln-gain={numbers.lnGain}>
              <Factor log10={numbers.lnGain} />
            </strong>{' '}
            for the first input{numbers.lnGain < 0 ? ': LN alone passes on at most that fraction of it' : ''}.{' '}
          </>
        )
      ) : branch === null ? (
        <>
          At layer {numbers.k}, ∇<sub>F<sub>k−1</sub></sub>L is ∇<sub>F<sub>k</sub></sub>L itself plus a branch term, so the
          gradient could only vanish if the branch cancelled the identity term exactly (its size is being computed).{' '}
        </>
      ) : branch < 1 ? (
        <>
          At layer {numbers.k}, ∇<sub>F<sub>k−1</sub></sub>L is ∇<sub>F<sub>k</sub></sub>L itself plus a branch term at most{' '}
          <BranchNorm ln={preLn} /> = <strong>{fixedMinus(branch, 3)}</strong> times as large (first input), so this layer keeps at least{' '}
          <strong>{fixedMinus(100 * (1 - branch), 1)} %</strong> of the gradient and can never send it to 0.{' '}
        </>
      ) : (
        <>
          At layer {numbers.k}, ∇<sub>F<sub>k−1</sub></sub>L is ∇<sub>F<sub>k</sub></sub>L itself plus a branch term up to{' '}
          <BranchNorm ln={preLn} /> = <strong>{branch >= 100 ? <Log10Number log10={Math.log10(branch)} /> : fixedMinus(branch, 2)}</strong>{' '}
          times as large (first input): to make the gradient vanish the branch would have to cancel the identity term exactly,
          and a random branch does not, so the two add up.{' '}
        </>
      )}
      Over all {summary.depth} layers the median residual gradient went from <Log10Number log10={summary.top} digits={3} /> to{' '}
      <Log10Number log10={summary.bottom} digits={3} /> ({fate})
      {plainSummary ? (
        <>
          ; the plain one, without the identity term, ended at <Log10Number log10={plainSummary.bottom} digits={3} />
        </>
      ) : null}
      .
    </p>
  );
}
