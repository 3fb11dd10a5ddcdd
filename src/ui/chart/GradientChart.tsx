// The main figure: log10 ‖∇_{F_k} L‖ against layer k for each drawn architecture, relative to
// its median at the top layer, with 10–90 % bands, the 10⁰ "no change" line and explicit marks
// for values a log axis cannot show. Pointer and keyboard both move a crosshair along layers.

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Arch } from '../../core/config';
import type { ArchResult } from '../../core/result';
import { ChartTooltip, tooltipSentence, type TooltipRow } from './ChartTooltip';
import { PowerOfTen } from './PowerOfTen';
import { LayerAxis } from './LayerAxis';
import { LayerCursor } from './LayerCursor';
import { LayerHitArea } from './LayerHitArea';
import { PinnedSeries } from '../pins/PinnedSeries';
import type { PinnedLine } from '../pins/pinnedLines';
import { nextLayer } from './layerKeys';
import { useLayerScale } from './layerScale';
import { log10Domain, log10MinorTicks, log10Ticks, steppedLog10Domain } from './log10Scale';
import { RangeMarkers } from './RangeMarkers';
import { SeriesBand } from './SeriesBand';
import { SeriesLine } from './SeriesLine';
import { relativeToTop } from './series';
import { ValueAxis } from './ValueAxis';
import { TheoryOverlay } from '../theory/TheoryOverlay';
import type { OverlayCurve } from '../theory/overlayCurves';
import { ZeroRuns } from './ZeroRuns';

interface GradientChartProps {
  /** architecture results to draw, in drawing order (all of the same depth) */
  archs: readonly ArchResult[];
  /** number of layers L of the results */
  depth: number;
  /** size of the chart in pixels */
  width: number;
  height: number;
  /** layer under the pointer or keyboard cursor */
  hoverLayer: number | null;
  /** layer pinned by a click or Enter (the parent toggles it off when chosen again) */
  selectedLayer: number | null;
  onHover: (layer: number | null) => void;
  onSelect: (layer: number | null) => void;
  /** one sentence stating the result with numbers: the chart's accessible name */
  label: string;
  /** pinned runs drawn faded behind the live curves, relative to their own top layer */
  pinned?: readonly PinnedLine[];
  /** the architecture an equation term points at: its curve drawn stronger, the others faded */
  emphasis?: Arch | null;
  /** the mean-field prediction, drawn dotted over the measured curves (none when empty) */
  theory?: readonly OverlayCurve[];
  /** space above and below the plot area in pixels (presentation mode keeps it tight) */
  margin?: { top: number; bottom: number };
}

const MARGIN = { top: 20, bottom: 70 };
const powerOfTen = (t: number) => <PowerOfTen exponent={t} />;
const NO_PINS: readonly PinnedLine[] = [];
const NO_THEORY: readonly OverlayCurve[] = [];

export function GradientChart(props: GradientChartProps) {
  const { archs, depth, width, height, hoverLayer, selectedLayer, onHover, onSelect, label, pinned = NO_PINS, emphasis = null, theory = NO_THEORY, margin = MARGIN } = props;
  const clipId = useId();
  const [focused, setFocused] = useState(false);
  const x = useLayerScale(depth, width);
  const top = margin.top;
  const bottom = height - margin.bottom;
  const [left, right] = x.range();
  const tickCount = Math.floor((bottom - top) / 60);

  const series = useMemo(() => archs.map((a) => ({ arch: a.arch, spread: relativeToTop(a.gradF), overflowLayer: a.overflowLayer })), [archs]);
  const domain = useMemo(() => {
    const pins = pinned.map((p) => p.values.subarray(0, depth + 1));
    return steppedLog10Domain(log10Domain([...series.flatMap((s) => [s.spread.p10, s.spread.p50, s.spread.p90]), ...pins], [0]), tickCount);
  }, [series, pinned, depth, tickCount]);
  // The scale, ticks and grid change only when the stepped domain does, not with every result.
  const { lo, hi } = domain;
  const y = useMemo(() => scaleLinear().domain([lo, hi]).range([bottom, top]), [lo, hi, bottom, top]);
  const ticks = useMemo(() => log10Ticks({ lo, hi }, tickCount), [lo, hi, tickCount]);
  const minorTicks = useMemo(() => log10MinorTicks({ lo, hi }), [lo, hi]);

  const rows: TooltipRow[] =
    hoverLayer === null || hoverLayer > depth
      ? []
      : series.map((s) => ({ arch: s.arch, median: s.spread.p50[hoverLayer], low: s.spread.p10[hoverLayer], high: s.spread.p90[hoverLayer] }));

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      onSelect(hoverLayer);
    } else if (e.key === 'Escape') {
      onHover(null);
    } else {
      const k = nextLayer(e.key, hoverLayer, depth);
      if (k === null) return;
      onHover(k);
    }
    e.preventDefault();
  };

  return (
    <div className="chart-wrap" style={{ height }}>
      <svg
        className="chart-svg"
        width={width}
        height={height}
        role="img"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          if (hoverLayer === null) onHover(selectedLayer ?? depth);
        }}
        onBlur={() => {
          setFocused(false);
          onHover(null);
        }}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={top} width={Math.max(0, right - left)} height={Math.max(0, bottom - top)} />
          </clipPath>
        </defs>
        <ValueAxis y={y} ticks={ticks} minorTicks={minorTicks} format={powerOfTen} left={left} right={right} />
        {lo < 0 && hi > 0 ? (
          <g className="reference">
            <line className="reference-line" x1={left} x2={right} y1={y(0)} y2={y(0)} />
            <text className="chart-note chart-note--muted" x={left + 8} y={y(0) - 8}>
              <PowerOfTen exponent={0} /> = no change from the top
            </text>
          </g>
        ) : null}
        <g clipPath={`url(#${clipId})`} className={emphasis ? `series-emphasis series-emphasis--${emphasis}` : undefined}>
          <PinnedSeries lines={pinned} x={x} y={y} />
          {series.map((s) => (
            <SeriesBand key={s.arch} arch={s.arch} low={s.spread.p10} high={s.spread.p90} firstLayer={0} x={x} y={y} />
          ))}
          {series.map((s) => (
            <SeriesLine key={s.arch} arch={s.arch} values={s.spread.p50} firstLayer={0} x={x} y={y} />
          ))}
          <TheoryOverlay curves={theory} x={x} y={y} />
        </g>
        {series.map((s, i) => (
          <ZeroRuns key={s.arch} arch={s.arch} values={s.spread.p50} firstLayer={0} x={x} bottom={bottom} lane={i} labelled />
        ))}
        <RangeMarkers series={series.map((s) => ({ arch: s.arch, values: s.spread.p50, overflowLayer: s.overflowLayer }))} x={x} y={y} top={top} bottom={bottom} />
        <LayerCursor x={x} layer={selectedLayer} top={top} bottom={bottom} variant="selected" />
        <LayerCursor x={x} layer={hoverLayer} top={top} bottom={bottom} variant="hover" />
        {rows.map((r) =>
          Number.isFinite(r.median) && r.median >= lo && r.median <= hi ? (
            <circle key={r.arch} className={`hover-dot series--${r.arch}`} cx={x(hoverLayer ?? 0)} cy={y(r.median)} r={6} />
          ) : null,
        )}
        <LayerAxis x={x} y={bottom} title={width < 640 ? 'layer k' : 'layer k   (the gradient flows from layer L back to layer 0)'} />
        <LayerHitArea x={x} top={top} bottom={bottom} onHover={onHover} onSelect={onSelect} />
      </svg>
      {hoverLayer !== null && rows.length > 0 ? (
        <ChartTooltip layer={hoverLayer} depth={depth} rows={rows} left={x(hoverLayer)} flip={x(hoverLayer) > width * 0.55} top={top + 8} />
      ) : null}
      <div className="visually-hidden" aria-live="polite">
        {focused && hoverLayer !== null ? tooltipSentence(hoverLayer, rows) : ''}
      </div>
    </div>
  );
}
