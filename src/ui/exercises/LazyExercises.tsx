// The Exercises section, loaded on first render as its own chunk (the service worker keeps
// every chunk, so it works offline too). Nothing is shown while it loads.

import { lazy, Suspense } from 'react';

const ExercisesSection = lazy(() => import('./ExercisesSection'));

export function LazyExercises() {
  return (
    <Suspense fallback={null}>
      <ExercisesSection />
    </Suspense>
  );
}
