// The numbers of a small multiple as a table: one column per architecture, printed the way
// the chart's readout prints them (a power of ten for norms, two decimals for slopes).

import type { ReactNode } from 'react';
import type { Arch } from '../../core/config';
import { formatFixed } from '../format';
import { Log10Number } from '../Log10Number';
import { LayerTable } from './LayerTable';

interface MiniChartTableProps {
  caption: ReactNode;
  series: readonly { arch: Arch; values: ArrayLike<number> }[];
  /** layer of values[0] */
  firstLayer: number;
  depth: number;
  /** 'log10': values are log10 of norms; 'unit': plain values */
  scale: 'log10' | 'unit';
}

const NAMES: Record<Arch, string> = { plain: 'Plain', residual: 'Residual' };

export function MiniChartTable({ caption, series, firstLayer, depth, scale }: MiniChartTableProps) {
  const format = scale === 'unit' ? (v: number) => formatFixed(v, 2) : (v: number) => <Log10Number log10={v} />;
  const columns = series.map((s) => ({ id: s.arch, header: NAMES[s.arch], values: s.values, firstLayer, format }));
  return <LayerTable caption={caption} depth={depth} columns={columns} />;
}
