// Loss against training step for both networks on one log axis: the evaluated training loss
// (thick), the held-out loss (thin, dotted), each minibatch's loss (faint), chance for a
// classifier, a cross where a run diverged, and the step the gradient chart below shows.

import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Arch } from '../../core';
import type { TrainingRunState } from '../../store/trainingSlice';
import { plotMargin } from '../chart/layerScale';
import { ValueAxis } from '../chart/ValueAxis';
import { DivergenceMark } from './DivergenceMark';
import { LossTick } from './LossTick';
import { CHANCE_LOG10, lossDomain, lossSeries, lossTicks, type LossLine } from './lossSeries';
import { StepAxis } from './StepAxis';

interface LossChartProps {
  run: TrainingRunState;
  /** the x axis runs to this step (the end of the current run) */
  goal: number;
  /** the step marked by a cursor, or null */
  cursor: number | null;
  /** classification draws the chance line */
  classification: boolean;
  width: number;
  height: number;
  /** the sentence that states the result: the chart's accessible name */
  label: string;
}

const MARGIN = { top: 16, bottom: 62 };
const ARCHS: readonly Arch[] = ['plain', 'residual'];

export function LossChart({ run, goal, cursor, classification, width, height, label }: LossChartProps) {
  const series = useMemo(() => ARCHS.map((a) => lossSeries(a, run[a])), [run]);
  const margin = plotMargin(width);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const lastStep = Math.max(goal, run.plain.step, run.residual.step, 1);
  const x = useMemo(() => scaleLinear().domain([0, lastStep]).range([margin.left, width - margin.right]), [lastStep, margin.left, margin.right, width]);
  const y = useMemo(() => {
    const d = lossDomain(series, classification);
    return scaleLinear().domain([d.lo, d.hi]).range([bottom, top]);
  }, [series, classification, bottom, top]);
  const [lo, hi] = y.domain();
  const [left, right] = x.range();
  const ticks = lossTicks({ lo, hi }, Math.floor((bottom - top) / 50));
  const path = (l: LossLine) =>
    line<number>()
      .x((_, i) => x(l.steps[i]))
      .y((v) => y(v))(l.log10) ?? '';

  return (
    <svg className="chart-svg loss-chart" width={width} height={height} role="img" aria-label={label}>
      <ValueAxis y={y} ticks={ticks.major} minorTicks={ticks.minor} format={(t) => <LossTick exponent={t} />} left={left} right={right} />
      {classification && CHANCE_LOG10 > lo && CHANCE_LOG10 < hi ? (
        <g className="reference">
          <line className="reference-line" x1={left} x2={right} y1={y(CHANCE_LOG10)} y2={y(CHANCE_LOG10)} />
          <text className="chart-note chart-note--muted" x={right - 6} y={y(CHANCE_LOG10) - 8} textAnchor="end">
            chance: ln 2 ≈ 0.69
          </text>
        </g>
      ) : null}
      {series.map((s) => (
        <g key={s.arch} className={`series--${s.arch}`}>
          <path className="loss-line loss-line--minibatch" d={path(s.minibatch)} />
          <path className={`loss-line loss-line--test series-line series--${s.arch}`} d={path(s.test)} />
          <path className={`series-line series--${s.arch}`} d={path(s.train)} />
          {s.train.steps.map((step, i) => (
            <circle key={step} className="loss-dot" cx={x(step)} cy={y(s.train.log10[i])} r={3.5} />
          ))}
        </g>
      ))}
      {cursor !== null ? <line className="training-cursor" x1={x(cursor)} x2={x(cursor)} y1={top} y2={bottom} /> : null}
      {series.map((s, i) => {
        if (!s.diverged) return null;
        const cy = s.diverged.log10 === null ? top + 14 : Math.min(bottom - 14, Math.max(top + 14, y(s.diverged.log10)));
        // two marks at once: the second one a line away (towards the middle), so both labels read
        const lane = i === 1 && series[0].diverged ? (cy > (top + bottom) / 2 ? -30 : 30) : 0;
        return <DivergenceMark key={s.arch} arch={s.arch} step={s.diverged.step} cx={x(s.diverged.step)} cy={cy + lane} flip={x(s.diverged.step) > (left + right) / 2} />;
      })}
      <StepAxis x={x} y={bottom} title="training step" />
    </svg>
  );
}
