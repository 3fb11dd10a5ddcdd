// One architecture's phase diagram: a cell per (σ_w, σ_b) or (σ_w, L) coloured by the measured
// ‖∇_{F_0}L‖/‖∇_{F_L}L‖, pending cells shown in their coarser neighbour's colour, the region
// within 10^±2 outlined, the order-to-chaos line and the current setting marked. A click, or
// arrow keys and Enter, picks a cell.

import { useMemo, useState, type KeyboardEvent } from 'react';
import { line } from 'd3-shape';
import type { PhaseAxes } from '../../core/theory';
import type { PhaseGridState } from '../../store/theorySlice';
import { formatFixed, formatLog10 } from '../format';
import { displayValue, fractionalIndex, trainableEdges } from './phaseGeometry';
import { phaseColor, phaseVerdict, TRAINABLE_DECADES } from './phaseColor';

interface PhaseHeatmapProps {
  /** e.g. "Plain network": heads the diagram and names it */
  title: string;
  axes: PhaseAxes;
  grid: PhaseGridState | undefined;
  /** the critical σ_w for each σ_b (plain only) */
  line: { sigmaBs: number[]; sigmaWs: number[] } | null;
  /** the current setting: σ_w and σ_b or L */
  current: { x: number; y: number };
  width: number;
  onPick(ix: number, iy: number): void;
}

const MARGIN = { left: 62, right: 10, top: 10, bottom: 46 };
const X_TICKS = [0.5, 1, 1.5, 2, 2.5, 3];
const SIGMA_B_TICKS = [0, 0.5, 1, 1.5, 2, 2.5, 3];
const DEPTH_TICKS = [1, 10, 100, 1000];

/** "σw = 1.25, σb = 0.4" or "σw = 1.25, L = 63". */
export function cellName(axes: PhaseAxes, ix: number, iy: number): string {
  const y = axes.y === 'depth' ? `L = ${axes.ys[iy]}` : `σb = ${formatFixed(axes.ys[iy], 1)}`;
  return `σw = ${formatFixed(axes.xs[ix], 3)}, ${y}`;
}

/** Cell size and the centre of fractional cell indices, with row 0 at the bottom. */
function plotGeometry(width: number, height: number, nx: number, ny: number) {
  const cw = (width - MARGIN.left - MARGIN.right) / nx;
  const ch = (height - MARGIN.top - MARGIN.bottom) / ny;
  const bottom = height - MARGIN.bottom;
  return { cw, ch, bottom, px: (fi: number) => MARGIN.left + (fi + 0.5) * cw, py: (fi: number) => bottom - (fi + 0.5) * ch };
}

/** A symbol with a subscript in SVG text: σ with w gives σ_w. */
function SvgSub({ base, sub }: { base: string; sub: string }) {
  return (
    <>
      {base}
      <tspan dy="0.35em" fontSize="75%">
        {sub}
      </tspan>
      <tspan dy="-0.35em">{'\u200b'}</tspan>
    </>
  );
}

export function PhaseHeatmap({ title, axes, grid, line: critical, current, width, onPick }: PhaseHeatmapProps) {
  const [focus, setFocus] = useState<[number, number] | null>(null);
  const nx = axes.xs.length;
  const ny = axes.ys.length;
  const log = axes.y === 'depth';
  const height = Math.round(Math.min(380, Math.max(230, width * 0.72)));
  const { cw, ch, bottom, px, py } = useMemo(() => plotGeometry(width, height, nx, ny), [width, height, nx, ny]);

  const edges = useMemo(() => (grid ? trainableEdges(grid, axes, TRAINABLE_DECADES) : []), [grid, axes]);
  const lineD = useMemo(() => {
    if (!critical) return '';
    const points = critical.sigmaWs.map((w, i) => {
      const fx = fractionalIndex(axes.xs, w);
      const fy = log ? null : fractionalIndex(axes.ys, critical.sigmaBs[i]);
      return fx === null ? null : ([fx, fy] as const);
    });
    if (log) {
      const fx = points[0]?.[0];
      return fx === undefined ? '' : `M${px(fx)},${MARGIN.top}V${bottom}`;
    }
    const path = line<(typeof points)[number]>()
      .defined((p) => p !== null && p[1] !== null)
      .x((p) => px(p![0]))
      .y((p) => py(p![1]!));
    return path(points) ?? '';
  }, [critical, axes, log, px, py, bottom]);

  const markX = fractionalIndex(axes.xs, current.x);
  const markY = fractionalIndex(axes.ys, current.y, log);
  const valueAt = (ix: number, iy: number) => (grid && grid.known[iy * nx + ix] ? grid.values[iy * nx + ix] : null);
  const describe = (ix: number, iy: number) => {
    const v = valueAt(ix, iy);
    return `${cellName(axes, ix, iy)}: ${v === null ? 'not measured yet' : `ratio ${formatLog10(v)}, ${phaseVerdict(v)}`}`;
  };

  const markerCell = (): [number, number] => [Math.round(markX ?? 0), Math.round(markY ?? 0)];
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const [fx, fy] = focus ?? markerCell();
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (e.key === 'Enter' || e.key === ' ') onPick(fx, fy);
    else if (moves[e.key]) setFocus([Math.min(nx - 1, Math.max(0, fx + moves[e.key][0])), Math.min(ny - 1, Math.max(0, fy + moves[e.key][1]))]);
    else if (e.key === 'Home') setFocus([0, fy]);
    else if (e.key === 'End') setFocus([nx - 1, fy]);
    else return;
    e.preventDefault();
  };

  const cells = [];
  for (let iy = 0; iy < ny; iy++) {
    for (let ix = 0; ix < nx; ix++) {
      const shown = grid ? displayValue(grid, nx, ix, iy) : null;
      const fill = shown === null ? undefined : Number.isNaN(shown.value) ? undefined : phaseColor(shown.value);
      const overflow = shown !== null && Number.isNaN(shown.value);
      cells.push(
        <rect
          key={`${ix},${iy}`}
          className={`phase-cell${shown === null ? ' phase-cell--pending' : ''}${overflow ? ' phase-cell--overflow' : ''}`}
          x={MARGIN.left + ix * cw}
          y={bottom - (iy + 1) * ch}
          width={cw + 0.5}
          height={ch + 0.5}
          style={fill ? { fill } : undefined}
          onClick={() => {
            setFocus([ix, iy]);
            onPick(ix, iy);
          }}
        >
          <title>{describe(ix, iy)}</title>
        </rect>,
      );
    }
  }

  const yTicks = log ? DEPTH_TICKS : SIGMA_B_TICKS;
  return (
    <figure className="phase-map">
      <figcaption className="phase-map__title">{title}</figcaption>
      <svg
        width={width}
        height={height}
        className="phase-map__svg"
        role="group"
        aria-label={`${title}: phase diagram over σw and ${log ? 'depth L' : 'σb'}. Arrow keys move between cells, Enter uses a cell's setting.`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => setFocus((f) => f ?? markerCell())}
        onBlur={() => setFocus(null)}
      >
        <g>{cells}</g>
        <g className="phase-map__edges" aria-hidden="true">
          {edges.map((e, i) => (
            <line key={i} x1={px(e.x1)} x2={px(e.x2)} y1={py(e.y1)} y2={py(e.y2)} />
          ))}
        </g>
        {lineD ? <path className="phase-map__critical" d={lineD} aria-hidden="true" /> : null}
        {markX !== null && markY !== null ? (
          <g className="phase-map__marker" transform={`translate(${px(markX)},${py(markY)})`} aria-hidden="true">
            <circle r={9} />
            <path d="M-4,0H4M0,-4V4" />
          </g>
        ) : null}
        {focus ? (
          <rect className="phase-map__focus" x={MARGIN.left + focus[0] * cw} y={bottom - (focus[1] + 1) * ch} width={cw} height={ch} aria-hidden="true" />
        ) : null}
        <g className="phase-map__axis" aria-hidden="true">
          {X_TICKS.map((t) => {
            const f = fractionalIndex(axes.xs, t);
            return f === null ? null : (
              <text key={t} x={px(f)} y={bottom + 20} textAnchor="middle">
                {t}
              </text>
            );
          })}
          <text x={MARGIN.left + (width - MARGIN.left - MARGIN.right) / 2} y={height - 4} textAnchor="middle" className="phase-map__axis-title">
            weight scale <SvgSub base="σ" sub="w" />
          </text>
          {yTicks.map((t) => {
            const f = fractionalIndex(axes.ys, t, log);
            return f === null ? null : (
              <text key={t} x={MARGIN.left - 8} y={py(f)} dy="0.35em" textAnchor="end">
                {t}
              </text>
            );
          })}
          <text transform={`translate(14,${MARGIN.top + (bottom - MARGIN.top) / 2}) rotate(-90)`} textAnchor="middle" className="phase-map__axis-title">
            {log ? 'depth L' : <>bias scale <SvgSub base="σ" sub="b" /></>}
          </text>
        </g>
      </svg>
      <div className="visually-hidden" aria-live="polite">
        {focus ? describe(focus[0], focus[1]) : ''}
      </div>
    </figure>
  );
}
