// The classroom slice: stepping through the tour (reveal, then next; back shows the answer),
// scenes setting their whole configuration, and presentation and theme as plain settings.

import { describe, expect, it } from 'vitest';
import { SCENES, sceneParams } from '../../src/store/classroomScenes';
import { clampScene } from '../../src/store/classroomSlice';
import { DEFAULT_PARAMS } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';

const last = SCENES.length - 1;

describe('the tour', () => {
  it('starts outside the tour, in the normal page, following the system theme', () => {
    const s = createAppStore().getState();
    expect([s.scene, s.sceneRevealed, s.present, s.theme]).toEqual([null, false, false, 'system']);
  });

  it('stepForward enters at scene 1, then alternates reveal and next scene', () => {
    const store = createAppStore();
    const s = () => store.getState();
    const seen: [number | null, boolean][] = [];
    for (let i = 0; i < 2 * SCENES.length + 3; i++) {
      s().stepForward();
      seen.push([s().scene, s().sceneRevealed]);
    }
    expect(seen.slice(0, 4)).toEqual([
      [0, false],
      [0, true],
      [1, false],
      [1, true],
    ]);
    // stops at the last scene's answer
    expect(seen.slice(-3)).toEqual([
      [last, true],
      [last, true],
      [last, true],
    ]);
  });

  it('a scene sets its whole configuration, whatever was changed before', () => {
    const store = createAppStore();
    store.getState().setParams({ width: 17, seed: 99, batch: 3 });
    store.getState().goToScene(6);
    expect(store.getState().params).toEqual(sceneParams(6));
    expect(store.getState().params).toMatchObject({ width: DEFAULT_PARAMS.width, seed: DEFAULT_PARAMS.seed, ...SCENES[6].setup });
  });

  it('a scene clears the hovered and pinned layers, which may not exist in it', () => {
    const store = createAppStore();
    store.getState().setSelectedLayer(40);
    store.getState().setHoverLayer(40);
    store.getState().goToScene(0);
    expect([store.getState().selectedLayer, store.getState().hoverLayer]).toEqual([null, null]);
  });

  it('stepBack goes to the previous scene with its answer shown, and not before the first', () => {
    const store = createAppStore();
    store.getState().goToScene(3);
    store.getState().stepBack();
    expect([store.getState().scene, store.getState().sceneRevealed]).toEqual([2, true]);
    expect(store.getState().params).toEqual(sceneParams(2));
    store.getState().goToScene(0);
    store.getState().stepBack();
    expect([store.getState().scene, store.getState().sceneRevealed]).toEqual([0, false]);
  });

  it('goToScene clamps into the tour and ignores what is not a number', () => {
    const store = createAppStore();
    store.getState().goToScene(99);
    expect(store.getState().scene).toBe(last);
    store.getState().goToScene(-4);
    expect(store.getState().scene).toBe(0);
    store.getState().goToScene(NaN);
    expect(store.getState().scene).toBe(0);
    expect([clampScene(2.4), clampScene(Infinity), clampScene(-Infinity)]).toEqual([2, null, null]);
  });

  it('setScene (from a link) leaves the parameters alone and hides the answer of a new scene', () => {
    const store = createAppStore();
    store.getState().setParams({ depth: 7 });
    store.getState().setScene(4);
    expect(store.getState().params.depth).toBe(7);
    expect(store.getState().scene).toBe(4);
    store.getState().revealAnswer();
    store.getState().setScene(4);
    expect(store.getState().sceneRevealed).toBe(true);
    store.getState().setScene(5);
    expect(store.getState().sceneRevealed).toBe(false);
    store.getState().setScene(1000);
    expect(store.getState().scene).toBe(last);
  });

  it('leaveTour keeps the parameters on screen; revealAnswer outside the tour does nothing', () => {
    const store = createAppStore();
    store.getState().goToScene(2);
    store.getState().leaveTour();
    expect([store.getState().scene, store.getState().params]).toEqual([null, sceneParams(2)]);
    store.getState().revealAnswer();
    expect(store.getState().sceneRevealed).toBe(false);
  });
});

describe('presentation and theme', () => {
  it('setPresent and setTheme store what they are given; an unknown theme is ignored', () => {
    const store = createAppStore();
    store.getState().setPresent(true);
    store.getState().setTheme('dark');
    store.getState().setTheme('sepia' as 'dark');
    expect([store.getState().present, store.getState().theme]).toEqual([true, 'dark']);
  });

  it('neither recomputes: the parameters keep their object', () => {
    const store = createAppStore();
    const params = store.getState().params;
    store.getState().setPresent(true);
    store.getState().setTheme('light');
    expect(store.getState().params).toBe(params);
  });
});
