// The shared matrix's two rates in the live network's numbers: the spectral radius ρ(W) beside
// the spectral norm ‖W‖₂, from the linear-case job (the core's tiedSpectrum), and what they give
// over the page's L layers for σ the identity.

import { useSectionStore } from '../layout/DeferredSection';
import { Log10Number } from '../Log10Number';
import { LINEAR_CASE_MAX_WIDTH } from '../../worker/jobs/derivationJobs';
import { linearCaseKey } from './derivationJobs';
import { Factor } from './LnSentence';

export function TiedSentence() {
  const params = useSectionStore((s) => s.params);
  const job = useSectionStore((s) => s.linearCase);
  if (job.status === 'unavailable') {
    return (
      <p className="live-sentence" data-sentence="tied">
        ρ(W) and ‖W‖<sub>2</sub> are computed for width n ≤ {LINEAR_CASE_MAX_WIDTH}; the page’s n is {params.width}.
      </p>
    );
  }
  const spectrum = job.value !== null && job.valueKey === linearCaseKey(params) ? job.value.tied : null;
  if (!spectrum) return null;
  const { log10SpectralRadius: rho, log10SpectralNorm: norm } = spectrum;
  const L = params.depth;
  return (
    <p className="live-sentence" data-sentence="tied">
      For the page’s W, ρ(W) ={' '}
      <strong className="num" data-tied-radius={rho}>
        <Factor log10={rho} />
      </strong>{' '}
      beside ‖W‖<sub>2</sub> ={' '}
      <strong className="num" data-tied-norm={norm}>
        <Factor log10={norm} />
      </strong>
      : for σ the identity the gradient changes over L = {L} layers about like ρ(W)<sup>L</sup> ={' '}
      <strong className="num">
        <Log10Number log10={L * rho} digits={3} />
      </strong>
      , where ‖W‖<sub>2</sub>
      <sup>L</sup> = <Log10Number log10={L * norm} digits={3} /> only bounds it.
    </p>
  );
}
