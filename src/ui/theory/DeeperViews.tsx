// The section under the small multiples: the views that explain the curves with theory, the
// phase diagram and the Jacobian spectrum, each opened on demand.

import { PhasePanel } from './PhasePanel';
import { SpectrumPanel } from './SpectrumPanel';
import './theory.css';

export function DeeperViews() {
  return (
    <section className="deeper-views" aria-labelledby="deeper-views-heading">
      <h2 id="deeper-views-heading" className="section-title">
        Deeper views
      </h2>
      <PhasePanel />
      <SpectrumPanel />
    </section>
  );
}
