// Build step: the page's constant formulas (src/ui/equations/tex.ts, src/ui/theory/theoryTex.ts)
// rendered by KaTeX once, at build time, into the module `virtual:prerendered-tex`. The page
// then inserts ready HTML + MathML and loads no KaTeX code before its first chart; only the
// derivations, which build TeX from live numbers, still load KaTeX (after the first chart).

import katex from 'katex';
import type { Plugin } from 'vite';
import { PANEL_TEX, TIED_TEX } from '../ui/equations/equationSets';
import { THEORY_TEX } from '../ui/theory/theoryTex';

export const PRERENDERED_TEX = 'virtual:prerendered-tex';
const RESOLVED = `\0${PRERENDERED_TEX}`;

/** The options every constant formula is rendered with (as Tex and TheoryTex did at run time). */
export const TEX_OPTIONS = { throwOnError: true, output: 'htmlAndMathml', trust: false } as const;

function renderAll(sources: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).map(([id, tex]) => [id, katex.renderToString(tex, TEX_OPTIONS)]));
}

/** The module's source: three id → HTML maps (the panel's equations, their tied forms, theory). */
export function prerenderedTexModule(): string {
  const equations = renderAll(PANEL_TEX);
  const tied = renderAll(TIED_TEX);
  const theory = renderAll(THEORY_TEX);
  return [
    `export const EQUATION_HTML = ${JSON.stringify(equations)};`,
    `export const TIED_EQUATION_HTML = ${JSON.stringify(tied)};`,
    `export const THEORY_HTML = ${JSON.stringify(theory)};`,
    '',
  ].join('\n');
}

export function texPrerenderPlugin(): Plugin {
  return {
    name: 'gradient-flow-prerendered-tex',
    resolveId: (id) => (id === PRERENDERED_TEX ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? prerenderedTexModule() : undefined),
  };
}
