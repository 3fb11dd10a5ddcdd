// One symbol of an equation with its value on the live network: "‖∇_{F_k}L‖ = 3.2×10⁻⁴".
// Pointing at it (or focusing it) marks the layer and the series it refers to in the charts;
// it never recomputes anything.

import type { ReactNode } from 'react';
import type { SeriesHighlight } from '../../store/derivationsSlice';
import { useSectionStore } from '../layout/DeferredSection';
import type { MathId } from './derivationsTex';
import { MathTex } from './MathTex';

interface LiveTermProps {
  /** the symbol, by formula id */
  symbol: MathId;
  /** what it is, in words (read by screen readers in place of the symbol) */
  label: string;
  /** the formatted value */
  value: ReactNode;
  /** the layer the value belongs to (k or k − 1) */
  layer: number;
  /** the chart series it refers to */
  highlight: SeriesHighlight;
  /** a short test hook: which quantity this is */
  term: string;
  /** write the symbol with one W, V, b for every layer */
  tied?: boolean;
}

export function LiveTerm({ symbol, label, value, layer, highlight, term, tied = false }: LiveTermProps) {
  const setHoverLayer = useSectionStore((s) => s.setHoverLayer);
  const setHighlightSeries = useSectionStore((s) => s.setHighlightSeries);
  const point = () => {
    setHoverLayer(layer);
    setHighlightSeries(highlight);
  };
  const leave = () => {
    setHoverLayer(null);
    setHighlightSeries(null);
  };
  return (
    <span
      className={`term term--${highlight.arch}`}
      tabIndex={0}
      data-term={term}
      data-arch={highlight.arch}
      onMouseEnter={point}
      onMouseLeave={leave}
      onFocus={point}
      onBlur={leave}
    >
      <MathTex id={symbol} decorative tied={tied} />
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true">=</span>
      <span className="term__value num">{value}</span>
    </span>
  );
}
