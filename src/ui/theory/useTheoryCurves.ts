// The overlay's curves for the chart: the mean-field answer for the network on screen, for
// the architectures drawn, or none while the overlay is off or the theory does not cover the
// setting (normalization, shared weights).

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
    if (!on || !config || archs.length === 0 || missingTheory(config) !== null) return NONE;
    return overlayCurves(answers, meanFieldKey(config), archs[0].depth, archs.map((a) => a.arch));
  }, [on, answers, config, archs]);
}
