// The presenter's notes invent no number: each scene has notes; their live marks name only the
// architectures the scene shows; every other number they quote is one the scene's own text
// states (which tests/store/classroomScenes.test.ts holds to the core) or the axis' 10⁰; the
// control they ask the class to move is one the page has.

import { describe, expect, it } from 'vitest';
import { SCENES, sceneParams } from '../../src/store/classroomScenes';
import { SCENE_NOTES } from '../../src/store/sceneNotes';
import { DEFAULT_PARAMS } from '../../src/store/params';
import { parseSceneText } from '../../src/ui/classroom/sceneText';

/** The plain-text numbers of a text, live marks removed. */
const numbers = (text: string) => (text.replace(/\{[a-z.]+\}/g, ' ').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

describe.each(SCENES.map((scene, i) => [i + 1, scene.id, i] as const))('scene %i (%s)', (_n, id, index) => {
  const scene = SCENES[index];
  const notes = SCENE_NOTES[id];

  it('has notes: a question, what to expect with a live number, what to point at', () => {
    expect(notes).toBeDefined();
    expect(notes.ask.trim().endsWith('?')).toBe(true);
    expect(notes.expect).toMatch(/\{(plain|residual)(\.verdict)?\}/);
    expect(notes.point).toMatch(/\{(plain|residual)\}|10⁰|flat/);
  });

  it('quotes live numbers only of the architectures the scene shows', () => {
    const shown = sceneParams(index).arch;
    for (const text of [notes.ask, notes.expect, notes.point]) {
      for (const token of parseSceneText(text)) {
        if (token.kind === 'live') expect(shown === 'both' || shown === token.arch, `${token.arch} in "${text}"`).toBe(true);
      }
    }
  });

  it('quotes no number its scene does not state', () => {
    const stated = new Set([...numbers(`${scene.title} ${scene.story} ${scene.question} ${scene.answer}`), 0, 1, 10]);
    for (const text of [notes.ask, notes.expect, notes.point]) {
      for (const n of numbers(text)) expect(stated.has(n), `${n} in "${text}"`).toBe(true);
    }
  });

  it('asks the class to move a control the page has', () => {
    expect(Object.keys(DEFAULT_PARAMS)).toContain(notes.move);
  });
});

it('has notes for no scene that does not exist', () => {
  const ids = new Set(SCENES.map((s) => s.id));
  expect(Object.keys(SCENE_NOTES).filter((id) => !ids.has(id))).toEqual([]);
});
