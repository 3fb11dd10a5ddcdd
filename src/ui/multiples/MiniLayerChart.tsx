// A short layer chart for the small multiples: the same layer axis and margins as the main
// chart (so the crosshair lines up), a log or 0..1 value axis, one line (and band) per
// architecture, and the hovered values written in its heading.

import { useId, useMemo, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Arch } from '../../core/config';
import { DataTableToggle } from '../classroom/DataTableToggle';
import { MiniChartTable } from '../classroom/MiniChartTable';
import { formatFixed } from '../format';
import { Log10Number } from '../Log10Number';
import { PowerOfTen } from '../chart/PowerOfTen';
import { LayerAxis } from '../chart/LayerAxis';
import { LayerCursor } from '../chart/LayerCursor';
import { LayerHitArea } from '../chart/LayerHitArea';
import { useLayerScale } from '../chart/layerScale';
import { LineSwatch } from '../chart/LineSwatch';
import { beyondFloatRange, FLOAT64_LOG10_LIMIT, log10Domain, log10MinorTicks, log10Ticks, steppedLog10Domain } from '../chart/log10Scale';
import { RangeMarkers } from '../chart/RangeMarkers';
import { SeriesBand } from '../chart/SeriesBand';
import { SeriesLine } from '../chart/SeriesLine';
import { ValueAxis } from '../chart/ValueAxis';
import { ZeroRuns } from '../chart/ZeroRuns';

/** One architecture's values per layer (log10 for a log chart, plain for a 0..1 chart). */
export interface MiniSeries {
  arch: Arch;
  values: ArrayLike<number>;
  /** optional 10–90 % band edges */
  low?: ArrayLike<number>;
  high?: ArrayLike<number>;
}

export interface MiniLayerChartProps {
  /** heading shown above the plot */
  title: ReactNode;
  /** one sentence with the numbers: the accessible name */
  label: string;
  series: readonly MiniSeries[];
  /** layer of values[0]: 0 for activations, 1 for per-layer parameters */
  firstLayer: 0 | 1;
  depth: number;
  /** 'log10': values are log10 of norms; 'unit': plain values in 0..1 */
  scale: 'log10' | 'unit';
  width: number;
  hoverLayer: number | null;
  selectedLayer: number | null;
  onHover: (layer: number | null) => void;
  onSelect: (layer: number | null) => void;
}

const HEIGHT = 150;
const MARGIN = { top: 10, bottom: 34 };
const UNIT_DOMAIN = { lo: 0, hi: 1.04 };
const UNIT_TICKS = [0, 0.5, 1];
const UNIT_MINOR_TICKS = [0.25, 0.75];
const formatUnitTick = (v: number) => formatFixed(v, 1);
const powerOfTen = (v: number) => <PowerOfTen exponent={v} />;

export function MiniLayerChart(props: MiniLayerChartProps) {
  const { title, label, series, firstLayer, depth, scale, width, hoverLayer, selectedLayer, onHover, onSelect } = props;
  const clipId = useId();
  const x = useLayerScale(depth, width);
  const [left, right] = x.range();
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const domain = useMemo(() => {
    if (scale === 'unit') return UNIT_DOMAIN;
    // Values past the float64 range keep its limit in view, so their edge marks have a line to point past.
    const limits = [FLOAT64_LOG10_LIMIT, -FLOAT64_LOG10_LIMIT].filter((v) => series.some((s) => beyondFloatRange(s.values, v > 0 ? 'above' : 'below')));
    return steppedLog10Domain(log10Domain(series.flatMap((s) => [s.values, s.low ?? [], s.high ?? []]), limits, 2), 3);
  }, [scale, series]);
  // The scale, ticks and grid change only when the stepped domain does, not with every result.
  const { lo, hi } = domain;
  const y = useMemo(() => scaleLinear().domain([lo, hi]).range([bottom, top]), [lo, hi, bottom, top]);
  const ticks = useMemo(() => (scale === 'unit' ? UNIT_TICKS : log10Ticks({ lo, hi }, 3)), [scale, lo, hi]);
  const format = scale === 'unit' ? formatUnitTick : powerOfTen;
  const minor = useMemo(() => (scale === 'unit' ? UNIT_MINOR_TICKS : log10MinorTicks({ lo, hi }, 3)), [scale, lo, hi]);
  const print = scale === 'unit' ? (v: number) => formatFixed(v, 2) : (v: number) => <Log10Number log10={v} />;
  const i = hoverLayer === null ? -1 : hoverLayer - firstLayer;

  return (
    <div className="mini-chart">
      <div className="mini-chart__head">
        <h3 className="mini-chart__title">{title}</h3>
        {i >= 0 && i < (series[0]?.values.length ?? 0) ? (
          <p className="mini-chart__readout">
            <span className="muted">layer {hoverLayer}:</span>
            {series.map((s) => (
              <span key={s.arch} className="mini-chart__value">
                <LineSwatch arch={s.arch} width={22} />
                <span>{print(s.values[i])}</span>
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <svg className="chart-svg" width={width} height={HEIGHT} role="img" aria-label={label}>
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={top} width={Math.max(0, right - left)} height={Math.max(0, bottom - top)} />
          </clipPath>
        </defs>
        <ValueAxis y={y} ticks={ticks} minorTicks={minor} format={format} left={left} right={right} />
        <g clipPath={`url(#${clipId})`}>
          {series.map((s) =>
            s.low && s.high ? (
              <SeriesBand key={s.arch} arch={s.arch} low={s.low} high={s.high} firstLayer={firstLayer} x={x} y={y} />
            ) : null,
          )}
          {series.map((s) => (
            <SeriesLine key={s.arch} arch={s.arch} values={s.values} firstLayer={firstLayer} x={x} y={y} />
          ))}
        </g>
        {scale === 'log10'
          ? series.map((s, lane) => (
              <ZeroRuns key={s.arch} arch={s.arch} values={s.values} firstLayer={firstLayer} x={x} bottom={bottom} lane={lane} labelled={false} />
            ))
          : null}
        {scale === 'log10' ? (
          <RangeMarkers series={series.map((s) => ({ arch: s.arch, values: s.values, overflowLayer: null }))} x={x} y={y} top={top} bottom={bottom} firstLayer={firstLayer} compact />
        ) : null}
        <LayerCursor x={x} layer={selectedLayer} top={top} bottom={bottom} variant="selected" />
        <LayerCursor x={x} layer={hoverLayer} top={top} bottom={bottom} variant="hover" />
        <LayerAxis x={x} y={bottom} />
        <LayerHitArea x={x} top={top} bottom={bottom} onHover={onHover} onSelect={onSelect} />
      </svg>
      <DataTableToggle
        subject={label.split(':')[0].toLowerCase()}
        renderTable={() => <MiniChartTable caption={title} series={series} firstLayer={firstLayer} depth={depth} scale={scale} />}
      />
    </div>
  );
}
