// The guided tour tells the truth: every scene's setup, run through the real core, gives the
// numbers its text states, and every scene reads well (length, a question, live numbers only
// for the architectures it shows).

import { describe, expect, it } from 'vitest';
import { computeGradients } from '../../src/core';
import { SCENES, sceneParams } from '../../src/store/classroomScenes';
import { cleanParam, configOf, type ParamKey, type Params } from '../../src/store/params';

/** log10 of the median gradient norm at layer 0 over the one at the top layer. */
function bottomToTop(params: Params, arch: 'plain' | 'residual'): number {
  const result = computeGradients(configOf(params), arch)[arch];
  if (!result) throw new Error(`no ${arch} result`);
  const p50 = result.gradF.p50;
  return p50[0] - p50[p50.length - 1];
}

describe.each(SCENES.map((scene, i) => [i + 1, scene.id, i] as const))('scene %i (%s)', (_n, _id, index) => {
  const scene = SCENES[index];

  it.each(scene.checks.map((check) => [check.arch, JSON.stringify(check.with ?? {}), check] as const))(
    '%s with %s falls where the text says',
    (_arch, _with, check) => {
      const ratio = bottomToTop({ ...sceneParams(index), ...check.with }, check.arch);
      expect(ratio).toBeGreaterThanOrEqual(check.log10[0]);
      expect(ratio).toBeLessThanOrEqual(check.log10[1]);
    },
    60_000,
  );

  it('sets only valid parameters, which the store keeps as they are', () => {
    for (const [key, value] of Object.entries(scene.setup) as [ParamKey, unknown][]) {
      const clean = cleanParam(key, value);
      expect(clean, key).toBeDefined();
      expect(Math.abs(Number(clean) - Number(value)) <= 1e-5 * Math.abs(Number(value)) || clean === value, key).toBe(true);
    }
  });

  it('quotes live numbers only of the architectures it shows, and asks one question', () => {
    const shown = sceneParams(index).arch;
    const text = `${scene.story} ${scene.question} ${scene.answer}`;
    for (const arch of ['plain', 'residual'] as const) {
      if (shown !== 'both' && shown !== arch) expect(text, arch).not.toContain(`{${arch}`);
    }
    expect(scene.answer).toMatch(/\{(plain|residual)\}/);
    expect(scene.question.trim().endsWith('?')).toBe(true);
    expect(scene.story.split(/(?<=[.!?])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(3);
    expect(`${scene.story} ${scene.question}`.length).toBeLessThanOrEqual(300);
    expect(scene.answer.length).toBeLessThanOrEqual(300);
  });
});

describe('the tour', () => {
  it('has 8 to 15 scenes with distinct names and distinct setups', () => {
    expect(SCENES.length).toBeGreaterThanOrEqual(8);
    expect(SCENES.length).toBeLessThanOrEqual(15);
    expect(new Set(SCENES.map((s) => s.id)).size).toBe(SCENES.length);
    expect(new Set(SCENES.map((_, i) => JSON.stringify(sceneParams(i)))).size).toBe(SCENES.length);
  });
});
