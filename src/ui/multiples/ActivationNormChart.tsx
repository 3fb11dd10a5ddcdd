// Small multiple: forward activation norms ‖F_k‖ per layer (log scale). Shows whether the
// signal itself dies out or blows up on the way forward.

import { useMemo } from 'react';
import type { ArchResult } from '../../core/result';
import { formatLog10 } from '../format';
import { Tex } from '../equations/Tex';
import { describeEnds } from './describeSeries';
import { MiniLayerChart, type MiniLayerChartProps } from './MiniLayerChart';

export type LayerChartShared = Pick<MiniLayerChartProps, 'depth' | 'width' | 'hoverLayer' | 'selectedLayer' | 'onHover' | 'onSelect'>;

interface ActivationNormChartProps extends LayerChartShared {
  /** drawn architecture results */
  archs: readonly ArchResult[];
}

export function ActivationNormChart({ archs, ...shared }: ActivationNormChartProps) {
  const series = useMemo(() => archs.map((a) => ({ arch: a.arch, values: a.normF.p50, low: a.normF.p10, high: a.normF.p90 })), [archs]);
  return (
    <MiniLayerChart
      {...shared}
      title={<>Forward signal <Tex id="readout.normF" /></>}
      label={`Activation norms: ${describeEnds(series, 0, formatLog10)}.`}
      series={series}
      firstLayer={0}
      scale="log10"
    />
  );
}
