// The classroom slice: the guided tour (which scene, whether its answer is out), presentation
// mode and the colour theme. Scene and presentation travel in the URL through urlCodec; the
// theme is the reader's own and stays out of shared links. With a presenter view open, the
// parameters, the scene and a blanked screen are shared between the windows (src/presenter).

import { SCENES, sceneParams } from './classroomScenes';
import type { Params } from './params';
import type { SliceCreator } from './store';

/** Which window of a presentation: the projected page or the presenter view on the laptop. */
export type WindowRole = 'projector' | 'presenter';

/** What every window of a presentation shows alike. */
export interface SharedState {
  params: Params;
  /** index into SCENES, or null outside the tour */
  scene: number | null;
  revealed: boolean;
  /** the projected screen is blanked (B) */
  blank: boolean;
}

/** 'system' follows the operating system's light or dark setting. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export interface ClassroomSlice {
  /** index into SCENES of the scene on screen, or null outside the tour */
  scene: number | null;
  /** the current scene's answer is shown (and its chart unveiled) */
  sceneRevealed: boolean;
  /** Sets the scene from a link, which carries its own parameters: they are left alone. */
  setScene(scene: number | null): void;
  /** Shows scene `index` (clamped into the tour) with its setup; `revealed` when stepping back. */
  goToScene(index: number, revealed?: boolean): void;
  /** The next step: reveal this scene's answer, then the next scene. Nothing after the last. */
  stepForward(): void;
  /** The step before: the previous scene, answer shown. Nothing before the first. */
  stepBack(): void;
  revealAnswer(): void;
  leaveTour(): void;
  /** one figure and its controls fill the screen, in large type and high contrast */
  present: boolean;
  setPresent(present: boolean): void;
  theme: ThemeChoice;
  setTheme(theme: ThemeChoice): void;
  /** the projected screen shows nothing (the clicker's B key) */
  blank: boolean;
  setBlank(blank: boolean): void;
  /** in presentation mode, every control is shown (C), not only depth, weight scale and activation */
  moreControls: boolean;
  setMoreControls(open: boolean): void;
  /** the roles of the other windows of this presentation now open */
  linkedWindows: readonly WindowRole[];
  setLinkedWindows(roles: readonly WindowRole[]): void;
  /** Takes the state another window shares; the layer picked before is dropped if the scene changed. */
  applySharedState(state: SharedState): void;
}

/** `index` clamped into the tour, or null when it is not a number. */
export function clampScene(index: number): number | null {
  if (!Number.isFinite(index)) return null;
  return Math.min(SCENES.length - 1, Math.max(0, Math.round(index)));
}

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set, get) => ({
  scene: null,
  sceneRevealed: false,
  setScene: (scene) => {
    const next = scene === null ? null : clampScene(scene);
    if (next !== get().scene) set({ scene: next, sceneRevealed: false });
  },
  goToScene: (index, revealed = false) => {
    const scene = clampScene(index);
    if (scene === null) return;
    const s = get();
    s.setParams(sceneParams(scene));
    // A layer picked in the last scene may not exist in this one.
    s.setHoverLayer(null);
    s.setSelectedLayer(null);
    set({ scene, sceneRevealed: revealed });
  },
  stepForward: () => {
    const { scene, sceneRevealed } = get();
    if (scene === null) get().goToScene(0);
    else if (!sceneRevealed) get().revealAnswer();
    else if (scene < SCENES.length - 1) get().goToScene(scene + 1);
  },
  stepBack: () => {
    const { scene } = get();
    if (scene !== null && scene > 0) get().goToScene(scene - 1, true);
  },
  revealAnswer: () => {
    if (get().scene !== null) set({ sceneRevealed: true });
  },
  leaveTour: () => set({ scene: null, sceneRevealed: false }),
  present: false,
  setPresent: (present) => set({ present }),
  theme: 'system',
  setTheme: (theme) => {
    if (THEMES.includes(theme)) set({ theme });
  },
  blank: false,
  setBlank: (blank) => set({ blank }),
  moreControls: false,
  setMoreControls: (moreControls) => set({ moreControls }),
  linkedWindows: [],
  setLinkedWindows: (roles) => set({ linkedWindows: roles }),
  applySharedState: ({ params, scene, revealed, blank }) => {
    const s = get();
    s.setParams(params);
    if (scene !== s.scene) {
      s.setHoverLayer(null);
      s.setSelectedLayer(null);
    }
    const next = scene === null ? null : clampScene(scene);
    set({ scene: next, sceneRevealed: next !== null && revealed, blank });
  },
});
