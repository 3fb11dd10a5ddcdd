// Reads the two marks a scene's text may carry (see store/classroomScenes.ts): subscripts
// `_x` and `_{…}`, and live numbers `{plain}`, `{residual.verdict}`. Everything else is text.

import type { Arch } from '../../core/config';

export type SceneToken =
  | { kind: 'text'; text: string }
  | { kind: 'sub'; children: SceneToken[] }
  | { kind: 'live'; arch: Arch; what: 'ratio' | 'verdict' };

const LIVE = /^\{(plain|residual)(\.verdict)?\}/;

/** The tokens of `text`; an unmatched brace or a lone underscore is kept as text. */
export function parseSceneText(text: string): SceneToken[] {
  const tokens: SceneToken[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') tokens.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const live = LIVE.exec(rest);
    if (live) {
      flush();
      tokens.push({ kind: 'live', arch: live[1] as Arch, what: live[2] ? 'verdict' : 'ratio' });
      i += live[0].length;
      continue;
    }
    if (text[i] === '_' && i + 1 < text.length) {
      const close = text[i + 1] === '{' ? matchingBrace(text, i + 1) : -1;
      if (close > 0) {
        flush();
        tokens.push({ kind: 'sub', children: parseSceneText(text.slice(i + 2, close)) });
        i = close + 1;
        continue;
      }
      const char = Array.from(text.slice(i + 1))[0];
      if (/[\p{L}\p{N}]/u.test(char)) {
        flush();
        tokens.push({ kind: 'sub', children: [{ kind: 'text', text: char }] });
        i += 1 + char.length;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  flush();
  return tokens;
}

/** Index of the '}' closing the '{' at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The text as a screen reader or a test sees it, with live numbers filled in by `live`. */
export function sceneTextString(tokens: readonly SceneToken[], live: (arch: Arch, what: 'ratio' | 'verdict') => string): string {
  return tokens.map((t) => (t.kind === 'text' ? t.text : t.kind === 'sub' ? sceneTextString(t.children, live) : live(t.arch, t.what))).join('');
}
