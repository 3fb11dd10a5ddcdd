// Transparent rectangle over a plot that turns pointer position into a layer: moving hovers
// that layer, clicking selects it, leaving clears the hover.

import { memo, type MouseEvent } from 'react';
import { layerAt, type LayerScale } from './layerScale';

interface LayerHitAreaProps {
  x: LayerScale;
  /** plot area's top and bottom in pixels */
  top: number;
  bottom: number;
  onHover: (layer: number | null) => void;
  onSelect: (layer: number) => void;
}

/** Redrawn only when its props change (not with every result that leaves it as it was). */
export const LayerHitArea = memo(function LayerHitArea({ x, top, bottom, onHover, onSelect }: LayerHitAreaProps) {
  const [left, right] = x.range();
  const toLayer = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return layerAt(x, left + ((e.clientX - box.left) / box.width) * (right - left));
  };
  return (
    <rect
      className="hit-area"
      x={left}
      y={top}
      width={Math.max(0, right - left)}
      height={Math.max(0, bottom - top)}
      onPointerMove={(e) => onHover(toLayer(e))}
      onPointerLeave={() => onHover(null)}
      onClick={(e) => onSelect(toLayer(e))}
    />
  );
});
