// Part 6, "predict, then drag", in the store: which scenes of the tour it asks about, and the
// outcome the chart shows once the scene's answer is revealed, from the live core result for
// exactly that scene's parameters (never from a result of other parameters).

import { classifyGrowth, drawExerciseSet, type Growth } from '../core/exercises';
import type { Arch } from '../core/config';
import { SCENES, sceneParams } from './classroomScenes';
import type { AppState } from './store';
import { paramsKey } from './urlCodec';

/** Scenes with one network on screen and an outcome far from the edges of "keeps its size". */
const PREDICT_SCENE_IDS = ['linear-explodes', 'linear-vanishes', 'tanh-vanishes', 'relu-vanishes', 'he-init', 'residual-explodes', 'orthogonal'];

/** Indices into SCENES that part 6 may ask about. */
export const PREDICT_SCENES: readonly number[] = PREDICT_SCENE_IDS.map((id) => SCENES.findIndex((s) => s.id === id)).filter((i) => i >= 0);

/** The scene (index into SCENES) that set `seed` asks about. */
export function predictionSceneOf(seed: number): number {
  return PREDICT_SCENES[drawExerciseSet(seed, PREDICT_SCENES.length).predictScene];
}

/** The network whose gradient the scene's question is about. */
export function sceneArch(scene: number): Arch {
  return SCENES[scene].checks[0].arch;
}

/**
 * What the chart answers for the prediction on record: available once that scene is on screen
 * with its answer revealed and the final result for its parameters has arrived.
 */
export function liveOutcome(s: AppState): { growth: Growth; log10: number } | null {
  const p = s.exProgress.prediction;
  if (p === null || p.saw !== null || s.scene !== p.scene || !s.sceneRevealed || !s.resultFinal || s.result === null) return null;
  if (s.resultParamsKey !== paramsKey(sceneParams(p.scene))) return null;
  const arch = s.result[sceneArch(p.scene)];
  if (!arch) return null;
  const p50 = arch.gradF.p50;
  const log10 = p50[0] - p50[p50.length - 1];
  return Number.isFinite(log10) ? { growth: classifyGrowth(log10), log10 } : null;
}
