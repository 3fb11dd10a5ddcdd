// The panel's figures, sized to the space they get: loss curves beside the two decision maps
// on wide screens (stacked on narrow ones), then the gradient flow at the chosen step with its
// scrubber. Each figure states its result in a sentence that is also its accessible name.

import { useAppStore } from '../../store/store';
import { lastSnapshotStep } from '../../store/trainingSlice';
import { atOrBefore } from '../../store/trainingRun';
import { useElementWidth } from '../chart/useElementWidth';
import { DataTableToggle } from '../classroom/DataTableToggle';
import { MiniChartTable } from '../classroom/MiniChartTable';
import { DecisionMaps } from './DecisionMaps';
import { describeFlow, type FlowRow } from './describeFlow';
import { describeTraining } from './describeTraining';
import { GradientFlowChart } from './GradientFlowChart';
import { LossChart } from './LossChart';
import { LossLegend } from './LossLegend';
import { LossTable } from './LossTable';
import { StepScrubber } from './StepScrubber';

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));

export function TrainingViews() {
  const run = useAppStore((s) => s.trainingRun);
  const goal = useAppStore((s) => s.trainingGoal);
  const scrub = useAppStore((s) => s.trainingScrub);
  const clipOn = useAppStore((s) => s.trainingSettings.clipOn);
  const task = useAppStore((s) => s.trainingSettings.task);
  const [ref, width] = useElementWidth<HTMLDivElement>();

  const wide = width >= 860;
  const mapsWidth = wide ? clamp(width * 0.46, 380, 740) : width;
  const lossWidth = wide ? width - mapsWidth - 28 : width;
  const lossHeight = clamp(lossWidth * 0.62, 260, 400);
  const shown = scrub ?? lastSnapshotStep(run);
  const flowRows: FlowRow[] = [
    { name: 'plain', values: atOrBefore(run.plain.grads, shown)?.value ?? null },
    { name: 'residual', values: atOrBefore(run.residual.grads, shown)?.value ?? null },
  ];
  const flowLabel = describeFlow(shown, flowRows);

  return (
    <div ref={ref} className="training-views">
      {width > 0 ? (
        <>
          <div className={wide ? 'training-views__row' : 'training-views__stack'}>
            <figure className="training-figure training-figure--loss">
              <div className="figure-head">
                <h3 className="figure-title">Loss (log scale)</h3>
                <LossLegend />
              </div>
              <LossChart
                run={run}
                goal={goal}
                cursor={scrub}
                classification={task !== 'teacher'}
                width={lossWidth}
                height={lossHeight}
                label={describeTraining(run, { goal, clipOn })}
              />
              <DataTableToggle subject="the loss chart" renderTable={() => <LossTable run={run} classification={task !== 'teacher'} />} />
            </figure>
            <figure className="training-figure training-figure--maps" style={wide ? { width: mapsWidth } : undefined}>
              <div className="figure-head">
                <h3 className="figure-title">What each network predicts</h3>
              </div>
              <DecisionMaps run={run} width={mapsWidth} />
            </figure>
          </div>
          <figure className="training-figure">
            <div className="figure-head">
              <h3 className="figure-title">Gradient norm at each layer during training</h3>
            </div>
            <GradientFlowChart
              plain={run.plain}
              residual={run.residual}
              depth={Math.max(1, run.depth)}
              step={shown}
              width={width}
              height={clamp(width * 0.3, 260, 380)}
              label={flowLabel}
            />
            <StepScrubber />
            <figcaption className="training-caption">{flowLabel}</figcaption>
            <DataTableToggle
              subject="the training run's gradient norms"
              renderTable={() => (
                <MiniChartTable
                  caption={`Gradient norm at each layer, step ${shown}`}
                  series={flowRows.flatMap((r) => (r.values ? [{ arch: r.name, values: r.values }] : []))}
                  firstLayer={0}
                  depth={Math.max(1, run.depth)}
                  scale="log10"
                />
              )}
            />
            <p className="training-note">
              RMS over the points of each step’s minibatch of ‖∇<sub>F<sub>k</sub></sub>ℓ‖ (before training: over 64
              training points); faint lines: step 0.
            </p>
          </figure>
        </>
      ) : null}
    </div>
  );
}
