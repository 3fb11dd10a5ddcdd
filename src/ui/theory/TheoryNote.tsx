// Under the chart while the overlay is on: where the dotted lines come from, in one short
// paragraph with the recursions, and the numbers of the current setting (q*, χ(q*), ξ); for a
// plain network with BatchNorm, BatchNormNote; where no theory covers the setting, why.

import { useAppStore } from '../../store/store';
import { ARCH_ORDER } from '../chart/series';
import { Log10Number } from '../Log10Number';
import { BatchNormNote } from './BatchNormNote';
import { chiText, depthScaleText, qStarText } from './fixedPointText';
import { missingTheory } from './theoryCoverage';
import { TheoryTex } from './TheoryTex';
import './theory.css';

export function TheoryNote() {
  const on = useAppStore((s) => s.theoryOverlay);
  const meanField = useAppStore((s) => s.meanField);
  const archChoice = useAppStore((s) => s.params.arch);
  const norm = useAppStore((s) => s.params.norm);
  const tied = useAppStore((s) => s.params.tied);
  const batch = useAppStore((s) => s.params.batch);
  const activation = useAppStore((s) => s.params.activation);
  const loss = useAppStore((s) => s.params.loss);
  if (!on) return null;
  const setting = { norm, tied, batch, activation, loss };
  const shown = ARCH_ORDER.filter((arch) => archChoice === 'both' || archChoice === arch);
  const missing = new Map(shown.map((arch) => [arch, missingTheory(setting, arch)]));
  if (norm === 'batch' && !tied && missing.get('plain') === null) {
    const answer = meanField.answers.find((a) => a.batchNorm?.B === batch && a.batchNorm.activation === activation);
    const error = meanField.status === 'error' ? meanField.message ?? 'unknown error' : null;
    return <BatchNormNote answer={answer} batch={batch} residualNote={missing.get('residual') ?? null} error={error} />;
  }
  const reasons = [...new Set([...missing.values()].filter((m): m is string => m !== null))];
  if (reasons.length > 0) {
    return (
      <section className="theory-note" aria-labelledby="theory-note-heading" data-testid="theory-missing">
        <h3 id="theory-note-heading" className="theory-note__title">
          No theory line for this setting
        </h3>
        {reasons.map((reason) => (
          <p key={reason}>{reason}</p>
        ))}
      </section>
    );
  }
  const answer = meanField.answers[0];
  return (
    <section className="theory-note" aria-labelledby="theory-note-heading">
      <h3 id="theory-note-heading" className="theory-note__title">
        Dotted lines: what mean-field theory predicts
      </h3>
      <p>
        The theory tracks the variance of one unit through the layers and the factor <TheoryTex id="meanfield.chi" /> by which
        each layer scales the squared gradient, so that <TheoryTex id="meanfield.grad" />. With <TheoryTex id="meanfield.z" />:
      </p>
      <div className="theory-note__formulas">
        <span className="theory-note__arch series--plain">plain</span>
        <span>
          <TheoryTex id="meanfield.q" />, <TheoryTex id="meanfield.plain.p" />, <TheoryTex id="meanfield.plain.chi" />
        </span>
        <span className="theory-note__arch series--residual">residual</span>
        <span>
          <TheoryTex id="meanfield.q" />, <TheoryTex id="meanfield.residual.p" />, <TheoryTex id="meanfield.residual.chi" />
        </span>
      </div>
      <p>
        It comes from Poole et al. (2016) and Schoenholz et al. (2017), and Yang &amp; Schoenholz (2017) for residual networks,
        and it describes the average over infinitely wide networks. At finite width the mean of the log-norms sits slightly below
        it and single networks scatter around it, the more so the deeper and narrower the network (the spread grows like
        depth/width; Hanin 2018): the shaded band shows that scatter.
      </p>
      {meanField.status === 'error' ? (
        <p className="theory-note__error" role="alert">
          The theory could not be computed: {meanField.message}
        </p>
      ) : answer ? (
        <dl className="theory-note__numbers">
          <div>
            <dt>
              fixed point <TheoryTex id="meanfield.fixedpoint" />
            </dt>
            <dd className="num">q* = {qStarText(answer.fixed.qStar)}</dd>
          </div>
          <div>
            <dt>gradient factor there</dt>
            <dd className="num">χ(q*) = {chiText(answer.fixed.chiStar)}</dd>
          </div>
          <div>
            <dt>
              depth scale <TheoryTex id="meanfield.depthscale" /> (plain)
            </dt>
            <dd className="num">ξ = {depthScaleText(answer.fixed)}</dd>
          </div>
          {answer.curves.map((c) => (
            <div key={c.arch}>
              <dt>
                predicted ‖∇F<sub>0</sub>‖ / ‖∇F<sub>L</sub>‖, {c.arch}
              </dt>
              <dd className="num">
                <Log10Number log10={c.log10Grad[0]} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">Computing the prediction…</p>
      )}
    </section>
  );
}
