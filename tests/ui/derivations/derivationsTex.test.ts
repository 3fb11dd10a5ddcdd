// Every formula of the derivations renders with KaTeX's throwOnError on, with MathML kept, and
// each has one source: none repeats an id or a formula of the equations panel.

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { EQUATIONS } from '../../../src/ui/equations/tex';
import { DERIVATION_TEX, texSource, type DerivationTexId } from '../../../src/ui/derivations/derivationsTex';
import { mathHtml } from '../../../src/ui/derivations/MathTex';

const IDS = Object.keys(DERIVATION_TEX) as DerivationTexId[];

describe('derivation formulas', () => {
  it.each(IDS)('%s renders inline and as a display line', (id) => {
    for (const displayMode of [false, true]) {
      const html = katex.renderToString(DERIVATION_TEX[id], { throwOnError: true, output: 'htmlAndMathml', trust: false, displayMode });
      expect(html).toContain('<math');
      expect(html).not.toContain('katex-error');
    }
  });

  it('the renderer caches each id and style and keeps MathML', () => {
    const a = mathHtml('jacobian.chain', true);
    expect(mathHtml('jacobian.chain', true)).toBe(a);
    expect(a).toContain('katex-display');
    expect(a).toContain('<math');
    expect(mathHtml('plain.backprop.F', false)).toContain('<math');
  });

  it('has one source per formula: no id or TeX shared with the equations panel', () => {
    for (const id of IDS) expect(Object.hasOwn(EQUATIONS, id)).toBe(false);
    const panel = new Set<string>(Object.values(EQUATIONS).map((e) => e.tex));
    for (const id of IDS) expect(panel.has(DERIVATION_TEX[id])).toBe(false);
    expect(new Set(Object.values(DERIVATION_TEX)).size).toBe(IDS.length);
  });

  it('finds the panel’s equations by the core’s labels', () => {
    expect(texSource('plain.backprop.F')).toBe(EQUATIONS['plain.backprop.F'].tex);
    expect(texSource('jacobian.chain')).toBe(DERIVATION_TEX['jacobian.chain']);
  });
});
