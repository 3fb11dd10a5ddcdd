// Under the chart while the overlay is on and the network is a plain one with BatchNorm: what
// the dotted line is (Yang et al.'s gradient explosion rate at the batch size on screen), with
// λ_B and r₀ as numbers, and why the residual network, if shown, has no line.

import { formatFixed } from '../format';
import { Log10Number } from '../Log10Number';
import type { MeanFieldAnswer } from '../../store/theorySlice';
import { TheoryTex } from './TheoryTex';
import './theory.css';

interface BatchNormNoteProps {
  /** the answer whose BatchNorm rate matches the page's activation and batch, if in yet */
  answer: MeanFieldAnswer | undefined;
  batch: number;
  /** why the residual network has no line, when it is shown */
  residualNote: string | null;
  /** the theory job failed with this message */
  error: string | null;
}

/** A signed number with a true minus sign. */
const signed = (v: number, decimals: number) => formatFixed(v, decimals).replace('-', '−');

export function BatchNormNote({ answer, batch, residualNote, error }: BatchNormNoteProps) {
  const rate = answer?.batchNorm ?? null;
  const plain = answer?.curves.find((c) => c.arch === 'plain');
  return (
    <section className="theory-note" aria-labelledby="theory-note-heading" data-testid="theory-batchnorm">
      <h3 id="theory-note-heading" className="theory-note__title">
        Dotted line: BatchNorm’s gradient explosion, from mean-field theory
      </h3>
      <p>
        For a plain network with BatchNorm before φ, Yang et al. (2019) show that at initialization the gradient grows by the same
        factor at every layer going down, whatever σ<sub>w</sub> and σ<sub>b</sub>: for infinitely wide layers and a batch of B = {batch},
        the mean squared gradient grows by <TheoryTex id="bn.lambda" /> per layer, with u uniform on the unit sphere orthogonal to 𝟏,{' '}
        <TheoryTex id="bn.defs" /> and <TheoryTex id="bn.a" />. The dotted line rises by <TheoryTex id="bn.rate" /> per layer below
        a first step r<sub>0</sub> from the top.
      </p>
      {residualNote ? <p>{residualNote}</p> : null}
      {error !== null ? (
        <p className="theory-note__error" role="alert">
          The theory could not be computed: {error}
        </p>
      ) : rate && plain ? (
        <dl className="theory-note__numbers">
          <div>
            <dt>
              growth per layer, ½ log<sub>10</sub> λ<sub>B</sub>
            </dt>
            <dd className="num" data-bn-rate={0.5 * Math.log10(rate.lambda)}>
              {signed(0.5 * Math.log10(rate.lambda), 3)} (λ<sub>B</sub> = {formatFixed(rate.lambda, 3)})
            </dd>
          </div>
          <div>
            <dt>
              first step below the top, ½ log<sub>10</sub> r<sub>0</sub>
            </dt>
            <dd className="num">{signed(0.5 * Math.log10(rate.r0), 3)}</dd>
          </div>
          <div>
            <dt>
              predicted ‖∇F<sub>0</sub>‖ / ‖∇F<sub>L</sub>‖, plain
            </dt>
            <dd className="num">
              <Log10Number log10={plain.log10Grad[0]} />
            </dd>
          </div>
        </dl>
      ) : (
        <p className="muted">Computing the prediction…</p>
      )}
    </section>
  );
}
