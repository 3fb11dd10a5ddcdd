// Which networks are being trained: the page's own settings, stated with the model's equation,
// so it is clear that moving a slider at the top restarts training on the new networks.

import { useSectionStore } from '../layout/DeferredSection';
import { Tex } from '../equations/Tex';

const trim = (v: number) => String(Number(v.toPrecision(3)));

export function NetworkSummary() {
  const p = useSectionStore((s) => s.params);
  return (
    <div className="network-summary">
      <p className="network-summary__line">
        <strong>The networks:</strong> depth {p.depth}, width {p.width}, {p.activation}, σ<sub>w</sub> = {trim(p.sigmaW)}, σ
        <sub>b</sub> = {trim(p.sigmaB)}, residual α = {trim(p.branchScale)}, {p.init} init, seed {p.seed}: the controls at the
        top, whose change restarts training.
      </p>
      <p className="network-summary__math">
        <Tex id="training.model" />
      </p>
    </div>
  );
}
