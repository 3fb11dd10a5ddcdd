// The main chart's numbers: for each drawn architecture the median and the 10th and 90th
// percentiles of ‖∇_{F_k} L‖ per layer, relative to the top layer exactly as plotted.

import { useMemo } from 'react';
import type { ArchResult } from '../../core/result';
import { relativeToTop } from '../chart/series';
import { Log10Number } from '../Log10Number';
import { LayerTable, type LayerColumn } from './LayerTable';

interface GradientTableProps {
  /** drawn architecture results, all of one depth */
  archs: readonly ArchResult[];
}

const NAMES = { plain: 'Plain', residual: 'Residual' } as const;

export function GradientTable({ archs }: GradientTableProps) {
  const columns = useMemo(
    () =>
      archs.flatMap((a): LayerColumn[] => {
        const spread = relativeToTop(a.gradF);
        const print = (v: number) => <Log10Number log10={v} />;
        return [
          { id: `${a.arch}-p50`, header: `${NAMES[a.arch]} median`, values: spread.p50, firstLayer: 0, format: print },
          { id: `${a.arch}-p10`, header: `${NAMES[a.arch]} 10th pct.`, values: spread.p10, firstLayer: 0, format: print },
          { id: `${a.arch}-p90`, header: `${NAMES[a.arch]} 90th pct.`, values: spread.p90, firstLayer: 0, format: print },
        ];
      }),
    [archs],
  );
  return (
    <LayerTable
      caption="Gradient norm at each layer relative to the top layer (over the inputs: median, 10th and 90th percentile)"
      depth={archs[0]?.depth ?? 0}
      columns={columns}
    />
  );
}
