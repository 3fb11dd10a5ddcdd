// The phase diagram's key: the diverging colour bar in powers of ten, and the marks drawn on it.

import { useId } from 'react';
import { PowerOfTen } from '../chart/PowerOfTen';
import { PHASE_LIMIT, PHASE_STOPS, PHASE_TICKS, TRAINABLE_DECADES } from './phaseColor';

interface PhaseLegendProps {
  /** whether the order-to-chaos line is drawn (it is, for the plain network) */
  showLine: boolean;
}

const BAR = { width: 300, height: 16, left: 30, top: 24 };

export function PhaseLegend({ showLine }: PhaseLegendProps) {
  const gradientId = useId();
  const x = (decades: number) => BAR.left + ((decades + PHASE_LIMIT) / (2 * PHASE_LIMIT)) * BAR.width;
  return (
    <div className="phase-legend">
      <svg width={BAR.left * 2 + BAR.width} height={72} role="img" aria-label={`Colour: the ratio from 10 to the −${PHASE_LIMIT} (blue, vanishing) through 1 (white) to 10 to the ${PHASE_LIMIT} (red, exploding)`}>
        <defs>
          <linearGradient id={gradientId}>
            {PHASE_STOPS.map((s) => (
              <stop key={s.offset} offset={s.offset} stopColor={s.color} />
            ))}
          </linearGradient>
        </defs>
        <text className="phase-legend__end" x={BAR.left} y={14}>
          ← vanishing
        </text>
        <text className="phase-legend__end" x={BAR.left + BAR.width} y={14} textAnchor="end">
          exploding →
        </text>
        <rect x={BAR.left} y={BAR.top} width={BAR.width} height={BAR.height} fill={`url(#${gradientId})`} className="phase-legend__bar" />
        {PHASE_TICKS.map((t) => (
          <g key={t} transform={`translate(${x(t)},${BAR.top + BAR.height})`}>
            <line y2={5} className="phase-legend__tick" />
            <text y={24} textAnchor="middle" className="phase-legend__label">
              {t === -PHASE_LIMIT ? '≤' : t === PHASE_LIMIT ? '≥' : ''}
              <PowerOfTen exponent={t} />
            </text>
          </g>
        ))}
      </svg>
      <ul className="phase-legend__marks">
        {showLine ? (
          <li>
            <svg width={30} height={12} aria-hidden="true">
              <line className="phase-map__critical" x1={1} x2={29} y1={6} y2={6} />
            </svg>
            order-to-chaos line (plain)
          </li>
        ) : null}
        <li>
          <svg width={30} height={14} aria-hidden="true">
            <rect className="phase-legend__trainable" x={2} y={2} width={26} height={10} />
          </svg>
          <span>
            within 10<sup>±{TRAINABLE_DECADES}</sup>
          </span>
        </li>
        <li>
          <svg width={22} height={22} aria-hidden="true" className="phase-map__marker">
            <circle cx={11} cy={11} r={8} />
            <path d="M7,11H15M11,7V15" />
          </svg>
          your setting
        </li>
        <li>
          <svg width={22} height={16} aria-hidden="true">
            <rect className="phase-cell phase-cell--overflow" x={2} y={2} width={18} height={12} />
          </svg>
          overflowed
        </li>
      </ul>
    </div>
  );
}
