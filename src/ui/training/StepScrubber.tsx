// The step slider under the gradient chart: drag back through the run to watch the gradient
// flow change as the networks train; "Latest" returns to following the newest step.

import { useId, type CSSProperties } from 'react';
import { useAppStore } from '../../store/store';
import { lastSnapshotStep } from '../../store/trainingSlice';

export function StepScrubber() {
  const id = useId();
  const scrub = useAppStore((s) => s.trainingScrub);
  const last = useAppStore((s) => lastSnapshotStep(s.trainingRun));
  const scrubTo = useAppStore((s) => s.scrubTraining);
  const shown = scrub === null ? last : Math.min(scrub, last);
  return (
    <div className="step-scrubber">
      <label className="control__label" htmlFor={id}>
        Step shown
      </label>
      <input
        id={id}
        className="slider step-scrubber__slider"
        type="range"
        min={0}
        max={Math.max(1, last)}
        step={1}
        value={shown}
        disabled={last === 0}
        style={{ '--fill': `${(100 * shown) / Math.max(1, last)}%` } as CSSProperties}
        aria-valuetext={`step ${shown}${scrub === null ? ', the latest' : ''}`}
        onChange={(e) => scrubTo(Number(e.currentTarget.value))}
      />
      <output className="control__value num step-scrubber__value" htmlFor={id}>
        {shown}
      </output>
      <button type="button" className="button button--small" onClick={() => scrubTo(null)} disabled={scrub === null}>
        Latest
      </button>
    </div>
  );
}
