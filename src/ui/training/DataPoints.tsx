// The training points over a decision map: class 0 as squares and class 1 as circles in the
// classes' dark colours (shape and colour both tell them apart), or regression targets as
// circles coloured on the map's own scale.

import { memo } from 'react';
import type { TaskPoints } from '../../worker/trainingProtocol';
import { CLASS_POINT, type ColorScale } from './heatmapColors';

interface DataPointsProps {
  data: TaskPoints;
  /** side of the square map in pixels; the input square [−1, 1]² fills it */
  size: number;
  /** point colour of a regression target */
  targetColor: ColorScale;
}

function DataPointsImpl({ data, size, targetColor }: DataPointsProps) {
  const px = (v: number) => ((v + 1) / 2) * size;
  const py = (v: number) => ((1 - v) / 2) * size;
  const r = size < 260 ? 2.6 : 3.4;
  const points = [];
  for (let i = 0; i < data.y.length; i++) {
    const cx = px(data.x[2 * i]);
    const cy = py(data.x[2 * i + 1]);
    if (data.kind === 'regression') {
      points.push(<circle key={i} cx={cx} cy={cy} r={r} fill={targetColor(data.y[i])} />);
    } else if (data.y[i] === 1) {
      points.push(<circle key={i} cx={cx} cy={cy} r={r} fill={CLASS_POINT[1]} />);
    } else {
      points.push(<rect key={i} x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={CLASS_POINT[0]} />);
    }
  }
  return <g className="data-points">{points}</g>;
}

/** Redrawn only when the data or the size change, not on every report. */
export const DataPoints = memo(DataPointsImpl);
