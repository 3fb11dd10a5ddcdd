// Section 3: the linear case. With σ the identity and b = 0 the network is one matrix, and the
// three numbers the worker computes for the page's own W_k show how exponentially its size
// depends on the spectral norms as depth and σ_w move.

import { useSectionStore } from '../layout/DeferredSection';
import { DEPTH_TRACK, SIGMA_W_TRACK } from '../../store/sliderTracks';
import { LINEAR_CASE_MAX_WIDTH } from '../../worker/jobs/derivationJobs';
import { Log10Number } from '../Log10Number';
import { linearCaseKey } from './derivationJobs';
import { LinearCaseTable } from './LinearCaseTable';
import { MathTex } from './MathTex';
import { fixedMinus } from './numbers';
import { ParamStepper } from './ParamStepper';
import { TiedRates } from './TiedRates';
import { useControlOpen } from './useControlOpen';
import './linear.css';

export function LinearCase() {
  const params = useSectionStore((s) => s.params);
  const job = useSectionStore((s) => s.linearCase);
  const setParam = useSectionStore((s) => s.setParam);
  const widthOpen = useControlOpen('width');
  const current = job.value !== null && job.valueKey === linearCaseKey(params);

  return (
    <section className="derivation" aria-labelledby="derivation-linear">
      <h3 id="derivation-linear" className="derivations__h3">
        <span className="derivations__num">3</span> The linear case
      </h3>
      <p className="derivations__prose">
        Take σ the identity and b<sub>k</sub> = 0. Then D<sub>k</sub> = I, the network is a single matrix, and its gradient
        ∇<sub>F₀</sub>L = W<sub>1</sub>
        <sup>⊤</sup>⋯W<sub>L</sub>
        <sup>⊤</sup>∇<sub>F<sub>L</sub></sub>L is that matrix transposed. Its size is bounded by the product of the spectral
        norms, and each of those scales with σ<sub>w</sub>:
      </p>
      <div className="derivations__forward">
        <MathTex id="linear.forward" display />
        <MathTex id="linear.bound" display />
        <MathTex id="linear.scale" display />
      </div>
      <div className="linear-controls" role="group" aria-label="Depth and weight scale of the page’s network">
        <ParamStepper param="depth" track={DEPTH_TRACK} lessLabel="Fewer layers" moreLabel="More layers">
          L = {params.depth}
        </ParamStepper>
        <ParamStepper param="sigmaW" track={SIGMA_W_TRACK} lessLabel="Smaller weight scale" moreLabel="Larger weight scale">
          σ<sub>w</sub> = {fixedMinus(params.sigmaW, 2)}
        </ParamStepper>
        <span className="muted linear-controls__note">
          The page’s own W<sub>k</sub> (n = {params.width}, {params.init}), with σ and b set aside.
        </span>
      </div>
      {job.status === 'unavailable' ? (
        <p className="linear-unavailable" role="status">
          Not computed at width n = {params.width}: forming W<sub>L</sub>⋯W<sub>1</sub> costs L·n³ operations, so the page
          computes the linear case for width ≤ {LINEAR_CASE_MAX_WIDTH}.{' '}
          {widthOpen ? (
            <button type="button" className="button button--small" onClick={() => setParam('width', LINEAR_CASE_MAX_WIDTH)}>
              Use width {LINEAR_CASE_MAX_WIDTH}
            </button>
          ) : null}
        </p>
      ) : (
        <LinearCaseTable norms={job.value} current={current} status={job.status} message={job.message} />
      )}
      {params.tied ? <TiedRates spectrum={current ? (job.value?.tied ?? null) : null} /> : null}
      <p className="derivations__prose">
        A 10 % change in every ‖W<sub>k</sub>‖<sub>2</sub> multiplies the bound by 1.1<sup>L</sup> ={' '}
        <strong className="num">
          <Log10Number log10={params.depth * Math.log10(1.1)} digits={3} />
        </strong>{' '}
        at L = {params.depth}: in a deep network the spectral norms decide everything.
      </p>
    </section>
  );
}
