// The Exercises section as its own chunk (the service worker keeps every chunk, so it works
// offline too). On the page it sits in a DeferredSection that renders it once the first chart
// is in, so its code and KaTeX load after the chart; in embed mode it is the whole page.
// Nothing is shown while it loads.

import { lazy, Suspense } from 'react';

const ExercisesSection = lazy(() => import('./ExercisesSection'));

export function LazyExercises() {
  return (
    <Suspense fallback={null}>
      <ExercisesSection />
    </Suspense>
  );
}
