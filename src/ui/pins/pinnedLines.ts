// The pinned runs as the main chart draws them: each curve relative to its own median at the
// top layer, like the live curves, so the 10⁰ line means "kept its size" for every one.

import type { Arch } from '../../core/config';
import type { PinnedRun } from '../../store/pinsSlice';

export interface PinnedLine {
  tag: number;
  arch: Arch;
  /** log10 of the median gradient norm at k = 0..L, minus its value at the top layer */
  values: Float64Array;
}

export function pinnedLines(pins: readonly PinnedRun[]): PinnedLine[] {
  return pins.flatMap((pin) =>
    pin.curves.map((curve) => {
      const top = curve.p50[curve.p50.length - 1];
      const offset = Number.isFinite(top) ? top : 0;
      return { tag: pin.tag, arch: curve.arch, values: curve.p50.map((v) => v - offset) };
    }),
  );
}
