// One spectrum as a histogram of its singular values on a log axis, with 10⁰ (an isometry)
// marked, so spectra drawn on the same domain can be compared at a glance.

import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Arch } from '../../core';
import { PowerOfTen } from '../chart/PowerOfTen';
import { spectrumBins } from './spectrumStats';

interface SpectrumHistogramProps {
  arch: Arch;
  log10Singular: Float64Array;
  /** the log10 range shared by the spectra shown together */
  domain: [number, number];
  width: number;
  /** accessible description of what it shows */
  label: string;
}

const HEIGHT = 150;
const MARGIN = { left: 14, right: 14, top: 10, bottom: 34 };
const BINS = 36;

/** Every `step`-th integer power of ten inside the domain (always 10⁰, which the domain holds). */
function decadeTicks([lo, hi]: [number, number], step: number): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return ticks;
}

export function SpectrumHistogram({ arch, log10Singular, domain, width, label }: SpectrumHistogramProps) {
  const bins = useMemo(() => spectrumBins(log10Singular, domain, BINS), [log10Singular, domain]);
  const x = scaleLinear().domain(domain).range([MARGIN.left, width - MARGIN.right]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear().domain([0, maxCount]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  // about one label per 60 px
  const span = domain[1] - domain[0];
  const step = [1, 2, 4, 5, 10, 20, 50].find((s) => (span / s) * 60 <= width - MARGIN.left - MARGIN.right) ?? 100;
  const ticks = decadeTicks(domain, step);
  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={label} className="spectrum-hist">
      {ticks.map((t) => (
        <g key={t} transform={`translate(${x(t)},0)`} aria-hidden="true">
          <line className="grid-line" y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
          <text className="axis-label" y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle">
            <PowerOfTen exponent={t} />
          </text>
        </g>
      ))}
      <g className={`series--${arch}`}>
        {bins.map((b) =>
          b.count > 0 ? (
            <rect
              key={b.x0}
              className="spectrum-hist__bar"
              x={x(b.x0) + 0.5}
              width={Math.max(1, x(b.x1) - x(b.x0) - 1)}
              y={y(b.count)}
              height={y(0) - y(b.count)}
            />
          ) : null,
        )}
      </g>
      <line className="spectrum-hist__one" x1={x(0)} x2={x(0)} y1={MARGIN.top - 4} y2={HEIGHT - MARGIN.bottom} aria-hidden="true" />
      <line className="axis-line" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} aria-hidden="true" />
    </svg>
  );
}
