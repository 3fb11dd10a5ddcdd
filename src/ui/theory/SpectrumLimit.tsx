// Said instead of the spectrum for a network wider than the Jacobian is formed for, with the
// one-click way to a width it can show.

import { useSectionStore } from '../layout/DeferredSection';
import { SPECTRUM_MAX_WIDTH } from '../../store/theoryPlan';

export function SpectrumLimit() {
  const width = useSectionStore((s) => s.params.width);
  const setParam = useSectionStore((s) => s.setParam);
  return (
    <div className="spectrum-view">
      <p className="spectrum-view__limit">
        The spectrum needs the whole {width} × {width} Jacobian multiplied through every layer, so it is computed for widths up to{' '}
        {SPECTRUM_MAX_WIDTH}. Your network is {width} wide.
      </p>
      <button type="button" className="button" onClick={() => setParam('width', SPECTRUM_MAX_WIDTH)}>
        Use width {SPECTRUM_MAX_WIDTH}
      </button>
    </div>
  );
}
