// Which networks are being trained: the page's own settings, stated with the model's equation,
// so it is clear that moving a slider at the top restarts training on the new networks. The
// normalization and weight sharing are named too, and with BatchNorm what the measurements use.

import { useSectionStore } from '../layout/DeferredSection';
import { Tex } from '../equations/Tex';
import { NORM_LABELS } from '../normLabels';

const trim = (v: number) => String(Number(v.toPrecision(3)));

export function NetworkSummary() {
  const p = useSectionStore((s) => s.params);
  return (
    <div className="network-summary">
      <p className="network-summary__line">
        <strong>The networks:</strong> depth {p.depth}, width {p.width}, {p.activation}, σ<sub>w</sub> = {trim(p.sigmaW)}, σ
        <sub>b</sub> = {trim(p.sigmaB)}, residual α = {trim(p.branchScale)}, {p.init} init,{' '}
        <span className="network-summary__norm">{NORM_LABELS[p.norm]}</span>,{' '}
        <span className="network-summary__tied">{p.tied ? 'one W, b (and V) shared by every layer (recurrent)' : 'own weights per layer'}</span>, seed{' '}
        {p.seed}: the controls at the top, whose change restarts training.
      </p>
      {p.norm === 'batch' && (
        <p className="network-summary__line network-summary__batch">
          BatchNorm: each training step normalizes z<sub>k</sub> over its minibatch; the losses, accuracies and decision
          maps use the mean and variance of z<sub>k</sub> over the whole training set at the current weights.
        </p>
      )}
      <p className="network-summary__math">
        <Tex id="training.model" />
      </p>
    </div>
  );
}
