// What a link's `exercise=N` does: the page scrolls to exercise N and marks it, and <html>
// carries data-exercise so presentation mode can show that exercise alone. It also records part
// 6's outcome once the chart has answered (store/exercisePrediction.ts).

import { useEffect, useLayoutEffect } from 'react';
import { liveOutcome } from '../../store/exercisePrediction';
import { useAppStore } from '../../store/store';

export function useExerciseLink(): void {
  const open = useAppStore((s) => s.exerciseOpen);
  // The charts above take their height with the first result: scroll again then.
  const firstResult = useAppStore((s) => s.result !== null);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (open === null) root.removeAttribute('data-exercise');
    else root.setAttribute('data-exercise', String(open));
    return () => root.removeAttribute('data-exercise');
  }, [open]);
  useEffect(() => {
    if (open !== null) document.getElementById(`exercise-${open}`)?.scrollIntoView({ block: 'start' });
  }, [open, firstResult]);
  useEffect(
    () => useAppStore.subscribe((s) => {
      const outcome = liveOutcome(s);
      if (outcome) s.recordOutcome(outcome.growth, outcome.log10);
    }),
    [],
  );
}
