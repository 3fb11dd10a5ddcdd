// The two decision maps side by side on one colour scale, with a legend that says what the
// colours and shapes mean.

import { useMemo } from 'react';
import type { TrainingRunState } from '../../store/trainingSlice';
import { CLASS_POINT, probabilityScale, regressionPointScale, regressionScale, targetExtent } from './heatmapColors';
import { DecisionMap } from './DecisionMap';

interface DecisionMapsProps {
  run: TrainingRunState;
  /** width available to both maps, in pixels */
  width: number;
}

const GAP = 20;

export function DecisionMaps({ run, width }: DecisionMapsProps) {
  const data = run.data;
  const regression = data?.kind === 'regression';
  const extent = useMemo(() => (data && regression ? targetExtent(data.y) : 1), [data, regression]);
  const regionColor = useMemo(() => (regression ? regressionScale(extent) : probabilityScale()), [regression, extent]);
  const targetColor = useMemo(() => regressionPointScale(extent), [extent]);
  const overflowed = [run.plain.grid, run.residual.grid].some((g) => g !== null && g.values.some((v) => !Number.isFinite(v)));
  const size = Math.max(140, Math.min(360, Math.floor((width - GAP - 2) / 2)));
  return (
    <div className="decision-maps">
      <div className="decision-maps__pair" style={{ gap: GAP }}>
        <DecisionMap arch="plain" run={run.plain} data={data} size={size} regionColor={regionColor} targetColor={targetColor} />
        <DecisionMap arch="residual" run={run.residual} data={data} size={size} regionColor={regionColor} targetColor={targetColor} />
      </div>
      <p className="decision-maps__legend">
        {regression ? (
          <>
            Colour: the network’s output, <span className="swatch" style={{ background: CLASS_POINT[0] }} /> below 0 to{' '}
            <span className="swatch" style={{ background: CLASS_POINT[1] }} /> above 0. Dots: the teacher’s targets on the same scale.
          </>
        ) : (
          <>
            <span className="swatch swatch--square" style={{ background: CLASS_POINT[0] }} /> class 0,{' '}
            <span className="swatch swatch--round" style={{ background: CLASS_POINT[1] }} /> class 1. Background: where the
            network says each class (pale at 50 %).
          </>
        )}
        {overflowed ? ' Grey: the output overflowed.' : ''}
      </p>
    </div>
  );
}
