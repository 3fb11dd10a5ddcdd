// Shows one of our constant equations (by id, never free text). The HTML comes only from KaTeX
// applied to the fixed sources in tex.ts (with shared weights, their
// index-free form), with `trust: false`, once, at build time
// (src/build/texPrerenderPlugin.ts): the page loads no KaTeX code for them.

import 'katex/dist/katex.min.css';
import { EQUATION_HTML, TIED_EQUATION_HTML } from 'virtual:prerendered-tex';
import type { EquationId } from './tex';

/** KaTeX HTML + MathML for an equation id (for a tied network when `tied`). */
export function texHtml(id: EquationId, tied = false): string {
  return (tied ? TIED_EQUATION_HTML : EQUATION_HTML)[id];
}

interface TexProps {
  /** which equation of tex.ts to show */
  id: EquationId;
  /** hide the formula from assistive technology (when a text label says the same) */
  decorative?: boolean;
  /** write one W, V, b for every layer (weights shared across layers) */
  tied?: boolean;
}

export function Tex({ id, decorative = false, tied = false }: TexProps) {
  return <span className="tex" aria-hidden={decorative || undefined} dangerouslySetInnerHTML={{ __html: texHtml(id, tied) }} />;
}
