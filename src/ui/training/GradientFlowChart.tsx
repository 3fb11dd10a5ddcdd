// log10 ‖∇_{F_k}ℓ‖ against layer k for both networks at the step the scrubber shows, over the
// step-0 curves drawn faint. The vertical axis covers every step kept, so dragging the
// scrubber moves the curves, never the axis. Same layer axis as the charts at the top.

import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Arch } from '../../core';
import { atOrBefore, type ArchRun } from '../../store/trainingRun';
import { LayerAxis } from '../chart/LayerAxis';
import { useLayerScale } from '../chart/layerScale';
import { log10Domain, log10MinorTicks, log10Ticks } from '../chart/log10Scale';
import { PowerOfTen } from '../chart/PowerOfTen';
import { SeriesLine } from '../chart/SeriesLine';
import { ValueAxis } from '../chart/ValueAxis';

interface GradientFlowChartProps {
  plain: ArchRun;
  residual: ArchRun;
  /** depth L of the networks */
  depth: number;
  /** the step to draw */
  step: number;
  width: number;
  height: number;
  /** the sentence that states what is drawn: the chart's accessible name */
  label: string;
}

const MARGIN = { top: 14, bottom: 66 };

export function GradientFlowChart({ plain, residual, depth, step, width, height, label }: GradientFlowChartProps) {
  const x = useLayerScale(depth, width);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const [left, right] = x.range();
  const runs = useMemo(() => [['plain', plain], ['residual', residual]] as [Arch, ArchRun][], [plain, residual]);
  const y = useMemo(() => {
    const rows = runs.flatMap(([, r]) => r.grads.values);
    const d = log10Domain(rows, [], 2);
    return scaleLinear().domain([d.lo, d.hi]).range([bottom, top]);
  }, [runs, bottom, top]);
  const [lo, hi] = y.domain();
  const shown = runs.map(([arch, r]) => ({ arch, row: atOrBefore(r.grads, step)?.value ?? null, start: r.grads.steps[0] === 0 ? r.grads.values[0] : null }));

  return (
    <svg className="chart-svg flow-chart" width={width} height={height} role="img" aria-label={label}>
      <ValueAxis y={y} ticks={log10Ticks({ lo, hi }, Math.floor((bottom - top) / 50))} minorTicks={log10MinorTicks({ lo, hi })} format={(t) => <PowerOfTen exponent={t} />} left={left} right={right} />
      {step > 0
        ? shown.map((s) => (s.start ? <g key={s.arch} className="flow-chart__start"><SeriesLine arch={s.arch} values={s.start} firstLayer={0} x={x} y={y} /></g> : null))
        : null}
      {shown.map((s) => (s.row ? <SeriesLine key={s.arch} arch={s.arch} values={s.row} firstLayer={0} x={x} y={y} /> : null))}
      <LayerAxis x={x} y={bottom} title={width < 640 ? 'layer k' : 'layer k   (the gradient flows from layer L back to layer 0)'} />
    </svg>
  );
}
