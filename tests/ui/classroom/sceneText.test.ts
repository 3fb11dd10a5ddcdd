// The marks of a scene's text: subscripts and live numbers are found, everything else is kept
// as written; and every scene of the tour reads without a stray mark.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../../src/store/classroomScenes';
import { parseSceneText, sceneTextString } from '../../../src/ui/classroom/sceneText';

const flat = (text: string) => sceneTextString(parseSceneText(text), (arch, what) => `<${arch}:${what}>`);

describe('parseSceneText', () => {
  it('reads subscripts of one character or in braces, nested too', () => {
    expect(parseSceneText('σ_w = 1')).toEqual([
      { kind: 'text', text: 'σ' },
      { kind: 'sub', children: [{ kind: 'text', text: 'w' }] },
      { kind: 'text', text: ' = 1' },
    ]);
    expect(parseSceneText('∇_{F_{k−1}}L')).toEqual([
      { kind: 'text', text: '∇' },
      { kind: 'sub', children: [{ kind: 'text', text: 'F' }, { kind: 'sub', children: [{ kind: 'text', text: 'k−1' }] }] },
      { kind: 'text', text: 'L' },
    ]);
  });

  it('reads live numbers and verdicts of either architecture', () => {
    expect(parseSceneText('{plain} and {residual.verdict}')).toEqual([
      { kind: 'live', arch: 'plain', what: 'ratio' },
      { kind: 'text', text: ' and ' },
      { kind: 'live', arch: 'residual', what: 'verdict' },
    ]);
  });

  it('keeps what is not a mark as text: unknown braces, a lone or trailing underscore, an open brace', () => {
    for (const text of ['{other}', 'a _ b', 'end_', 'x_{open', 'snake_case', '{plain.other}', '']) {
      expect(flat(text)).toBe(text.replace(/_(?=[\p{L}\p{N}])/gu, ''));
    }
  });

  it('never throws and never loses a character that is not part of a mark', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const out = flat(text);
        expect(out.replaceAll(/<(plain|residual):(ratio|verdict)>/g, '').length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the scenes', () => {
  it.each(SCENES.map((s) => [s.id, s] as const))('%s: no stray mark is left in its text', (_id, scene) => {
    for (const text of [scene.title, scene.story, scene.question, scene.answer]) {
      const shown = flat(text);
      expect(shown).not.toMatch(/[_{}]/);
      expect(shown).not.toMatch(/\b(NaN|Infinity|undefined|null)\b/);
    }
  });
});
