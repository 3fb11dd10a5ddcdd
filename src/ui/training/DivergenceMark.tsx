// Where a run diverged: a cross at its last finite loss and "diverged at step N" beside it,
// so a run that blew up ends visibly instead of trailing off into NaN.

import type { Arch } from '../../core';

interface DivergenceMarkProps {
  arch: Arch;
  step: number;
  /** x and y of the mark in pixels */
  cx: number;
  cy: number;
  /** put the label left of the mark (near the right edge) */
  flip: boolean;
}

export function DivergenceMark({ arch, step, cx, cy, flip }: DivergenceMarkProps) {
  const r = 8;
  return (
    <g className={`divergence-mark series--${arch}`}>
      <path className="divergence-mark__cross" d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`} />
      <text className="chart-note" x={cx + (flip ? -14 : 14)} y={cy + 5} textAnchor={flip ? 'end' : 'start'}>
        {arch} diverged at step {step}
      </text>
    </g>
  );
}
