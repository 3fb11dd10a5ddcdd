// Keeps the current set's progress in step with the browser's storage: read when the set
// changes (a corrupt record gives the section's notice), written after every change.

import { useEffect } from 'react';
import { browserProgressStorage, readProgress, writeProgress } from '../../store/exercisesStorage';
import { exerciseSeedOf } from '../../store/exercisesSlice';
import { useAppStore } from '../../store/store';

export function useExercisesStorage(): void {
  const seed = useAppStore(exerciseSeedOf);
  useEffect(() => {
    const storage = browserProgressStorage();
    const { progress, notice } = readProgress(storage, seed);
    useAppStore.getState().loadExProgress(progress, notice);
    return useAppStore.subscribe(
      (s) => s.exProgress,
      (progress) => writeProgress(storage, seed, progress),
    );
  }, [seed]);
}
