// No user text ever reaches the DOM as HTML. The only HTML the page injects is KaTeX output
// (trust: false) of constant TeX sources looked up by id; this test reads every source file
// to hold that line, and renders every constant to check what KaTeX makes of it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { DERIVATION_TEX } from '../../../src/ui/derivations/derivationsTex';
import { TIED_TEX } from '../../../src/ui/equations/equationSets';
import { EQUATIONS } from '../../../src/ui/equations/tex';
import { THEORY_TEX } from '../../../src/ui/theory/theoryTex';
import { TEX_OPTIONS } from '../../../src/build/texPrerenderPlugin';
import { EQUATION_HTML, THEORY_HTML, TIED_EQUATION_HTML } from 'virtual:prerendered-tex';
import { texMatrix, texNumber, texVector } from '../../../src/ui/exercises/texMatrix';

const ROOT = join(__dirname, '../../..');

/** Each file allowed to inject HTML: the exact `__html` expression and the TeX it passes to KaTeX. */
const KATEX_RENDERERS: Record<string, { html: string; source: string }> = {
  'src/ui/equations/Tex.tsx': { html: 'texHtml(id, tied)', source: '(tied ? TIED_TEX : PANEL_TEX)[id]' },
  'src/ui/derivations/MathTex.tsx': { html: 'mathHtml(id, display, tied)', source: 'texSource(id, tied)' },
  'src/ui/theory/TheoryTex.tsx': { html: 'theoryTexHtml(id)', source: 'THEORY_TEX[id]' },
  // an exercise's given numbers: TeX built by texMatrix.ts from numbers and fixed symbols only
  'src/ui/exercises/ExerciseMath.tsx': { html: 'html(tex, display)', source: 'tex' },
};

/** Renderers of program-built TeX (numbers written by code, no reader text), not of a constant by id. */
const NUMBER_TEX = new Set(['src/ui/exercises/ExerciseMath.tsx']);

/** Renderers whose KaTeX output was made at build time (texPrerenderPlugin.ts): the map they read by id. */
const PRERENDERED: Record<string, string> = {
  'src/ui/equations/Tex.tsx': '(tied ? TIED_EQUATION_HTML : EQUATION_HTML)[id]',
  'src/ui/theory/TheoryTex.tsx': 'THEORY_HTML[id]',
};

/** Ways to turn a string into markup or code that no source file may use at all. */
const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML', /\.outerHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const FILES = sourceFiles(join(ROOT, 'src')).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));

describe('source files', () => {
  it('are all read', () => {
    expect(FILES.length).toBeGreaterThan(50);
    for (const path of Object.keys(KATEX_RENDERERS)) expect(FILES.map((f) => f.path)).toContain(path);
  });

  it.each(FORBIDDEN)('none uses %s', (_name, pattern) => {
    expect(FILES.filter((f) => pattern.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('inject HTML only in the KaTeX renderers, and only their cached KaTeX output', () => {
    for (const { path, text } of FILES) {
      const uses = text.match(/dangerouslySetInnerHTML=\{\{[^}]*\}\}/g) ?? [];
      if (uses.length === 0) continue;
      const renderer = KATEX_RENDERERS[path];
      expect(renderer, `${path} injects HTML`).toBeDefined();
      for (const use of uses) expect(use.replace(/\s+/g, ' ')).toBe(`dangerouslySetInnerHTML={{ __html: ${renderer.html} }}`);
    }
  });

  it.each(Object.entries(PRERENDERED))('%s returns only the build-time KaTeX output looked up by id', (path, lookup) => {
    const text = FILES.find((f) => f.path === path)!.text;
    expect(text).toMatch(/from 'virtual:prerendered-tex';/);
    expect(text).toContain(`return ${lookup};`);
    expect(text).not.toMatch(/\bkatex\.render/);
    expect(text).toMatch(/\bid: (EquationId|TheoryTexId)\b/);
  });

  it('the build step gives KaTeX only the constant tables, with trust: false', () => {
    const text = FILES.find((f) => f.path === 'src/build/texPrerenderPlugin.ts')!.text;
    expect([...text.matchAll(/katex\.(\w+)\(([^,]+),\s*(\w+)\)/g)].map((m) => m.slice(1))).toEqual([['renderToString', 'tex', 'TEX_OPTIONS']]);
    expect(TEX_OPTIONS).toEqual({ throwOnError: true, output: 'htmlAndMathml', trust: false });
    expect(text).toContain('renderAll(THEORY_TEX)');
    expect(text).toContain('renderAll(PANEL_TEX)');
    expect(text).toContain('renderAll(TIED_TEX)');
  });

  it.each(Object.entries(KATEX_RENDERERS).filter(([path]) => !(path in PRERENDERED)))('%s gives KaTeX only a constant looked up by id, with trust: false', (path, { source }) => {
    const text = FILES.find((f) => f.path === path)!.text;
    const calls = [...text.matchAll(/katex\.(renderToString|render)\(((?:[^,()]|\([^()]*\))+),\s*\{([^}]*)\}/g)];
    expect(calls.length).toBeGreaterThan(0);
    for (const [, fn, first, options] of calls) {
      expect(fn).toBe('renderToString');
      expect(first.trim()).toBe(source);
      expect(options).toMatch(/\btrust: false\b/);
      expect(options).toMatch(/\bthrowOnError: true\b/);
    }
    // The id is typed as a key of the constant table, never a string.
    if (!NUMBER_TEX.has(path)) expect(text).toMatch(/\bid: (EquationId|MathId|TheoryTexId)\b/);
  });
});

describe('the exercises\' TeX', () => {
  it('writes only numbers and bracket markup, whatever the numbers', () => {
    const values = [0, -0, 1.5, -3 / 4, 1e-9, 123456.78901, -2.5e-5, 7];
    for (const v of values) expect(texNumber(v)).toMatch(/^-?\d+(\.\d+)?(e[-+]\d+)?$/);
    const tex = texMatrix({ rows: 2, cols: 2, data: new Float64Array([1, -0.5, 2.25, 3]) }) + texVector([0.1, -7]);
    expect(tex.replace(/\\(begin|end)\{bmatrix\}|\\\\|&|-?\d+(\.\d+)?|\s/g, '')).toBe('');
  });
});

describe('the constants KaTeX renders', () => {
  const sources: [string, string][] = [
    ...Object.entries(EQUATIONS).map(([id, e]) => [id, e.tex] as [string, string]),
    ...Object.entries(TIED_TEX).map(([id, tex]) => [`tied ${id}`, tex] as [string, string]),
    ...Object.entries(DERIVATION_TEX),
    ...Object.entries(THEORY_TEX),
  ];

  it.each(sources)('%s renders to markup without links, scripts or handlers', (_id, tex) => {
    const html = katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml', trust: false, displayMode: true });
    expect(html).not.toMatch(/<script|<iframe|<object|<a\b|\son\w+=|\shref=|\ssrc=|javascript:/i);
  });

  it('the build-time HTML of every constant formula is what KaTeX renders for it', () => {
    const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml', trust: false });
    expect(Object.keys(EQUATION_HTML).sort()).toEqual(Object.keys(EQUATIONS).sort());
    expect(Object.keys(THEORY_HTML).sort()).toEqual(Object.keys(THEORY_TEX).sort());
    for (const [id, e] of Object.entries(EQUATIONS)) expect(EQUATION_HTML[id as keyof typeof EQUATIONS]).toBe(render(e.tex));
    for (const [id, tex] of Object.entries(TIED_TEX)) expect(TIED_EQUATION_HTML[id as keyof typeof TIED_TEX]).toBe(render(tex));
    for (const [id, tex] of Object.entries(THEORY_TEX)) expect(THEORY_HTML[id as keyof typeof THEORY_TEX]).toBe(render(tex));
  });

  it('trust: false keeps KaTeX from emitting links, even for TeX that asks for them', () => {
    for (const tex of ['\\href{javascript:alert(1)}{x}', '\\url{javascript:alert(1)}', '\\htmlId{x}{y}', '\\includegraphics{x.png}']) {
      const html = katex.renderToString(tex, { throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
      // The TeX itself survives only as escaped text (the MathML annotation), never as an attribute.
      expect(html).not.toMatch(/\shref=|\ssrc=|\sid="x"|="javascript:/i);
      expect(html).toContain('mathcolor="#cc0000"');
    }
  });
});
