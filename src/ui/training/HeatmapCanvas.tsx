// A res×res grid of values drawn as a canvas image stretched to `size` pixels; the browser's
// smoothing blends neighbouring cells, so a 24×24 grid reads as a smooth field. React owns the
// canvas element; the effect only copies pixels into it.

import { useEffect, useRef } from 'react';
import { heatmapPixels, type ColorScale } from './heatmapColors';

interface HeatmapCanvasProps {
  /** row-major, row 0 at the top */
  values: Float32Array;
  res: number;
  scale: ColorScale;
  /** side in CSS pixels */
  size: number;
}

export function HeatmapCanvas({ values, res, scale, size }: HeatmapCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || values.length !== res * res) return;
    ctx.putImageData(new ImageData(heatmapPixels(values, scale) as Uint8ClampedArray<ArrayBuffer>, res, res), 0, 0);
  }, [values, res, scale]);
  return <canvas ref={ref} className="heatmap-canvas" width={res} height={res} style={{ width: size, height: size }} aria-hidden="true" />;
}
