// Keyboard movement along the layer axis: arrows step one layer, Page keys a tenth of the
// network, Home/End jump to the ends. Pure, so the chart's key handler stays trivial.

/** The layer a key press moves to, or null if the key does not move along layers. */
export function nextLayer(key: string, current: number | null, depth: number): number | null {
  const big = Math.max(1, Math.round(depth / 10));
  const from = current ?? depth;
  const clamp = (k: number) => Math.min(depth, Math.max(0, k));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? depth : clamp(from - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? depth : clamp(from + 1);
    case 'PageDown':
      return clamp(from - big);
    case 'PageUp':
      return clamp(from + big);
    case 'Home':
      return 0;
    case 'End':
      return depth;
    default:
      return null;
  }
}
