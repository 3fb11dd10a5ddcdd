// One network's decision map: what it predicts over the input square, with the training points
// on top, headed by the network's name, the step the map was taken at and its held-out score.

import type { Arch } from '../../core';
import type { ArchRun } from '../../store/trainingRun';
import type { TaskPoints } from '../../worker/trainingProtocol';
import { DataPoints } from './DataPoints';
import { formatLoss, formatPercent } from './formatTraining';
import { HeatmapCanvas } from './HeatmapCanvas';
import type { ColorScale } from './heatmapColors';

interface DecisionMapProps {
  arch: Arch;
  run: ArchRun;
  data: TaskPoints | null;
  /** side of the map in pixels */
  size: number;
  regionColor: ColorScale;
  targetColor: ColorScale;
}

const NAMES: Record<Arch, string> = { plain: 'Plain network', residual: 'Residual network' };

function score(run: ArchRun): string {
  const last = run.evaluations.at(-1);
  if (!last) return '';
  if (last.testAccuracy !== null) return `held-out accuracy ${formatPercent(last.testAccuracy)}`;
  return `held-out loss ${formatLoss(last.testLoss)}`;
}

export function DecisionMap({ arch, run, data, size, regionColor, targetColor }: DecisionMapProps) {
  const grid = run.grid;
  const caption = grid ? `step ${grid.step}${score(run) ? ` · ${score(run)}` : ''}` : 'not trained yet';
  return (
    <figure className="decision-map" style={{ width: size }}>
      <figcaption className="decision-map__head">
        <span className={`arch-name arch-name--${arch}`}>{NAMES[arch]}</span>
        <span className="decision-map__note num">{caption}</span>
      </figcaption>
      <div
        className="decision-map__plot"
        style={{ width: size, height: size }}
        role="img"
        aria-label={`${NAMES[arch]}: decision map at ${caption}${run.diverged !== null ? `; diverged at step ${run.diverged}` : ''}`}
      >
        {grid ? <HeatmapCanvas values={grid.values} res={grid.res} scale={regionColor} size={size} /> : <div className="chart-placeholder" style={{ width: size, height: size }} />}
        <svg className="decision-map__points" width={size} height={size} aria-hidden="true">
          {data ? <DataPoints data={data} size={size} targetColor={targetColor} /> : null}
          <rect className="decision-map__frame" x={0.5} y={0.5} width={size - 1} height={size - 1} />
        </svg>
        {run.diverged !== null ? <p className="decision-map__badge">diverged at step {run.diverged}</p> : null}
      </div>
    </figure>
  );
}
