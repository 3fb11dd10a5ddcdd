// One line on what the phase diagram measured and how: progress, the settings each cell
// shares (width capped for speed, a few inputs), or why it failed.

import { useSectionStore } from '../layout/DeferredSection';
import { PHASE_MAX_WIDTH, type PhaseMode } from '../../store/theoryPlan';
import { plural } from '../format';

interface PhaseStatusProps {
  mode: PhaseMode;
}

export function PhaseStatus({ mode }: PhaseStatusProps) {
  const phase = useSectionStore((s) => s.phase);
  const width = useSectionStore((s) => s.params.width);
  const depth = useSectionStore((s) => s.params.depth);
  const sigmaB = useSectionStore((s) => s.params.sigmaB);
  if (phase.status === 'error') {
    return (
      <p className="phase-status phase-status--error" role="alert">
        The phase diagram could not be computed: {phase.message}
      </p>
    );
  }
  if (!phase.axes) return <p className="phase-status muted">Starting…</p>;
  const total = phase.axes.xs.length * phase.axes.ys.length;
  const archs = Object.values(phase.grids);
  const measured = archs.reduce((sum, g) => sum + g.count, 0);
  const capped = width > PHASE_MAX_WIDTH ? ` (yours is ${width}; capped for speed)` : '';
  const fixed = mode === 'sigmaB' ? `depth ${depth}` : `σb = ${sigmaB}`;
  return (
    <p className="phase-status" aria-live="polite">
      <span className="num">
        {phase.status === 'done' ? 'Measured all ' : `Measuring… ${measured} of `}
        {archs.length * total} cells
      </span>
      {' · '}
      {phase.axes.xs.length} × {phase.axes.ys.length} per network type, each one network of width {phase.width}
      {capped}, {plural(phase.batch, 'input')}, {fixed}; coarse cells first, then refined.
    </p>
  );
}
