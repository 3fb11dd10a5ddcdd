// The overlay's curves for the chart: the theory's answer for the network on screen, for the
// architectures drawn that the theory covers, or none while the overlay is off.

import { useMemo } from 'react';
import type { ArchResult } from '../../core';
import { useAppStore } from '../../store/store';
import { meanFieldKey } from '../../store/theoryPlan';
import { overlayCurves, type OverlayCurve } from './overlayCurves';
import { missingTheory } from './theoryCoverage';

const NONE: OverlayCurve[] = [];

export function useTheoryCurves(archs: readonly ArchResult[]): OverlayCurve[] {
  const on = useAppStore((s) => s.theoryOverlay);
  const answers = useAppStore((s) => s.meanField.answers);
  const config = useAppStore((s) => s.result?.config);
  return useMemo(() => {
    if (!on || !config) return NONE;
    const covered = archs.filter((a) => missingTheory(config, a.arch) === null).map((a) => a.arch);
    if (covered.length === 0) return NONE;
    return overlayCurves(answers, meanFieldKey(config), archs[0].depth, covered, config.norm === 'batch');
  }, [on, answers, config, archs]);
}
