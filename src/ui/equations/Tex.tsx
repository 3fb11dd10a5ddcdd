// Renders one of our constant equations (by id, never free text) with KaTeX. The HTML comes
// only from KaTeX applied to the fixed sources in tex.ts (with shared weights, their
// index-free form), with `trust: false`.

import katex from 'katex';
import 'katex/dist/katex.min.css';
import { PANEL_TEX, TIED_TEX } from './equationSets';
import type { EquationId } from './tex';

const rendered = new Map<string, string>();

/** KaTeX HTML + MathML for an equation id (for a tied network when `tied`), rendered once and cached. */
export function texHtml(id: EquationId, tied = false): string {
  const key = `${tied ? 'T' : 'U'}:${id}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = katex.renderToString((tied ? TIED_TEX : PANEL_TEX)[id], { throwOnError: true, output: 'htmlAndMathml', trust: false });
    rendered.set(key, html);
  }
  return html;
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
