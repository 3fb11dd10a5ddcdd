// Connects the store to the two training workers for as long as the training panel is on the
// page. The workers themselves start only when the reader first reaches or uses the panel
// (trainingActive), so a visit that never scrolls down trains nothing.

import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { connectTraining } from '../../store/trainingSync';
import { createTrainingWorker, TrainingClient } from '../../worker/trainingClient';

export function useTrainingConnection(): void {
  useEffect(() => {
    const client = new TrainingClient(createTrainingWorker);
    const disconnect = connectTraining(useAppStore, client);
    return () => {
      disconnect();
      client.dispose();
    };
  }, []);
}
