// The Jacobian spectrum as one of the deeper views: closed, one line; open, the worker computes
// the four spectra (see store/theorySync.ts) and they are shown.

import { lazy, Suspense } from 'react';
import { useSectionStore } from '../layout/DeferredSection';
import { SPECTRUM_MAX_WIDTH } from '../../store/theoryPlan';
import { SpectrumLimit } from './SpectrumLimit';
import { ViewDisclosure } from './ViewDisclosure';
import { ViewLoading } from './ViewLoading';

// Loaded when first opened: the page's first load carries only what it shows.
const SpectrumView = lazy(() => import('./SpectrumView').then((m) => ({ default: m.SpectrumView })));

export function SpectrumPanel() {
  const open = useSectionStore((s) => s.spectrumOpen);
  const setOpen = useSectionStore((s) => s.setSpectrumOpen);
  const tooWide = useSectionStore((s) => s.params.width > SPECTRUM_MAX_WIDTH);
  return (
    <ViewDisclosure
      title="Jacobian spectrum: orthogonal versus Gaussian weights"
      summary="All singular values of the input–output Jacobian, for plain and residual networks under both initialisations."
      open={open}
      onToggle={setOpen}
    >
      {tooWide ? (
        <SpectrumLimit />
      ) : (
        <Suspense fallback={<ViewLoading />}>
          <SpectrumView />
        </Suspense>
      )}
    </ViewDisclosure>
  );
}
