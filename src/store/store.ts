// The app's one store, combined from slices. Components select one field at a time:
// `useAppStore((s) => s.params.depth)`. subscribeWithSelector lets sync.ts react to the
// parameters alone, so hover and notices never reach the worker.

import { create, type StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createClassroomSlice, type ClassroomSlice } from './classroomSlice';
import { createDerivationsSlice, type DerivationsSlice } from './derivationsSlice';
import { createExercisesSlice, type ExercisesSlice } from './exercisesSlice';
import { createParamsSlice, type ParamsSlice } from './paramsSlice';
import { createPinsSlice, type PinsSlice } from './pinsSlice';
import { createResultsSlice, type ResultsSlice } from './resultsSlice';
import { createShareSlice, type ShareSlice } from './shareSlice';
import { createTheorySlice, type TheorySlice } from './theorySlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = ParamsSlice & ResultsSlice & ViewSlice & ShareSlice & PinsSlice & ClassroomSlice & TrainingSlice & DerivationsSlice & TheorySlice & ExercisesSlice;

/** A slice sees the whole store through get(), and the middleware applied to it. */
export type SliceCreator<Slice> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], Slice>;

/** A fresh store; tests make one each, the app uses `useAppStore`. */
export function createAppStore() {
  return create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createParamsSlice(...a),
      ...createResultsSlice(...a),
      ...createViewSlice(...a),
      ...createShareSlice(...a),
      ...createPinsSlice(...a),
      ...createClassroomSlice(...a),
      ...createDerivationsSlice(...a),
      ...createTrainingSlice(...a),
      ...createTheorySlice(...a),
      ...createExercisesSlice(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The page's store. */
export const useAppStore: AppStore = createAppStore();
