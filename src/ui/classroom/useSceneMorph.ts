// The main chart's curves morph between scenes of the tour: after a scene change (or the
// reveal of its answer) each new result is reached over MORPH_MS instead of at once. Outside
// the tour, while a slider is dragged and whenever the reader prefers reduced motion, the
// chart shows each result at once. Behind a scene's veil the last frame shown stays, so the
// reveal morphs from the previous scene's curves.

import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ArchResult } from '../../core/result';
import { useAppStore } from '../../store/store';
import { paramsKey } from '../../store/urlCodec';
import { SeriesMorph } from './seriesMorph';
import { usePrefersReducedMotion } from './useMediaQuery';

/** The frame to draw for `target`, the architectures the chart would draw right now. */
export function useSceneMorph(target: readonly ArchResult[]): readonly ArchResult[] {
  const scene = useAppStore((s) => s.scene);
  const revealed = useAppStore((s) => s.sceneRevealed);
  // the result on screen is the final one for the parameters on screen
  const settled = useAppStore((s) => s.resultFinal && s.resultParamsKey === paramsKey(s.params));
  const reduced = usePrefersReducedMotion();
  const [morph] = useState(() => new SeriesMorph(target));
  const frame = useSyncExternalStore(morph.subscribe, morph.snapshot, morph.snapshot);
  // the step of the tour last seen, and whether its result is still to be morphed to
  const arming = useRef<{ step: string | null; armed: boolean }>({ step: null, armed: false });
  const hold = scene !== null && !revealed;
  const step = scene === null ? null : `${scene}:${revealed}`;

  useLayoutEffect(() => {
    const a = arming.current;
    if (step !== a.step) {
      a.step = step;
      a.armed = step !== null;
    }
    // Behind the veil nothing changes, unless there is nothing yet to morph from.
    if (hold) {
      if (morph.snapshot().length === 0) morph.jump(target);
      return;
    }
    if (reduced || !a.armed) {
      morph.jump(target);
      return;
    }
    morph.animate(target);
    if (settled) a.armed = false;
  }, [morph, target, hold, step, reduced, settled]);

  useEffect(() => () => morph.stop(), [morph]);
  return frame;
}
