// A vertical line marking one layer: dashed for the hovered layer, solid for the selected one.

import { memo } from 'react';
import type { LayerScale } from './layerScale';

interface LayerCursorProps {
  x: LayerScale;
  /** layer to mark; nothing is drawn for null */
  layer: number | null;
  /** plot area's top and bottom in pixels */
  top: number;
  bottom: number;
  variant: 'hover' | 'selected';
}

/** Redrawn only when its props change (not with every result that leaves it as it was). */
export const LayerCursor = memo(function LayerCursor({ x, layer, top, bottom, variant }: LayerCursorProps) {
  if (layer === null || layer > x.domain()[1]) return null;
  const px = x(layer);
  return <line className={`layer-cursor layer-cursor--${variant}`} x1={px} x2={px} y1={top} y2={bottom} aria-hidden="true" />;
});
