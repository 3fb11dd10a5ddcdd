// Small multiple: the mean of D_k = diag σ'(z_k) per layer on a 0..1 scale. Near 0 means the
// units pass no gradient: dead ReLUs, saturated tanh or sigmoid.

import { useMemo } from 'react';
import type { ArchResult } from '../../core/result';
import { formatFixed } from '../format';
import { Tex } from '../equations/Tex';
import type { LayerChartShared } from './ActivationNormChart';
import { describeEnds } from './describeSeries';
import { MiniLayerChart } from './MiniLayerChart';

interface MeanSlopeChartProps extends LayerChartShared {
  /** drawn architecture results */
  archs: readonly ArchResult[];
}

export function MeanSlopeChart({ archs, ...shared }: MeanSlopeChartProps) {
  const series = useMemo(() => archs.map((a) => ({ arch: a.arch, values: a.meanD })), [archs]);
  return (
    <MiniLayerChart
      {...shared}
      title={<>Mean activation slope <Tex id="readout.meanD" /> <span className="muted">(0 = dead or saturated)</span></>}
      label={`Mean slope of the activation: ${describeEnds(series, 1, (v) => formatFixed(v, 2))}.`}
      series={series}
      firstLayer={1}
      scale="unit"
    />
  );
}
