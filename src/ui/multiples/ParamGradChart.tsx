// Small multiple: weight-gradient norms ‖∇_{W_k} L‖_F per layer (log scale): what a training
// step would actually change at each layer.

import { useMemo } from 'react';
import type { ArchResult } from '../../core/result';
import { formatLog10 } from '../format';
import { Tex } from '../equations/Tex';
import type { LayerChartShared } from './ActivationNormChart';
import { describeEnds } from './describeSeries';
import { MiniLayerChart } from './MiniLayerChart';

interface ParamGradChartProps extends LayerChartShared {
  /** drawn architecture results */
  archs: readonly ArchResult[];
}

export function ParamGradChart({ archs, ...shared }: ParamGradChartProps) {
  const series = useMemo(() => archs.map((a) => ({ arch: a.arch, values: a.gradW })), [archs]);
  return (
    <MiniLayerChart
      {...shared}
      title={<>Weight gradient <Tex id="readout.gradW" /></>}
      label={`Weight-gradient norms: ${describeEnds(series, 1, formatLog10)}.`}
      series={series}
      firstLayer={1}
      scale="log10"
    />
  );
}
