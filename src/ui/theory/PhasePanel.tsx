// The phase diagram as one of the deeper views: closed, one line says what it shows; open, it
// asks the worker for its grid (see store/theorySync.ts) and shows it.

import { lazy, Suspense } from 'react';
import { useSectionStore } from '../layout/DeferredSection';
import { ViewDisclosure } from './ViewDisclosure';
import { ViewLoading } from './ViewLoading';

// Loaded when first opened: the page's first load carries only what it shows.
const PhaseView = lazy(() => import('./PhaseView').then((m) => ({ default: m.PhaseView })));

export function PhasePanel() {
  const mode = useSectionStore((s) => s.phaseMode);
  const setMode = useSectionStore((s) => s.setPhaseMode);
  return (
    <ViewDisclosure
      title="Phase diagram: where order turns into chaos"
      summary="The gradient's fate over a grid of weight and bias scales (or depths), measured, with the theory's critical line."
      open={mode !== null}
      onToggle={(open) => setMode(open ? 'sigmaB' : null)}
    >
      {mode ? (
        <Suspense fallback={<ViewLoading />}>
          <PhaseView mode={mode} />
        </Suspense>
      ) : null}
    </ViewDisclosure>
  );
}
