// Renders one of our constant equations (by id, never free text) with KaTeX. The HTML comes
// only from KaTeX applied to the fixed sources in tex.ts, with `trust: false`.

import katex from 'katex';
import 'katex/dist/katex.min.css';
import { EQUATIONS, type EquationId } from './tex';

const rendered = new Map<EquationId, string>();

/** KaTeX HTML + MathML for an equation id, rendered once and cached. */
export function texHtml(id: EquationId): string {
  let html = rendered.get(id);
  if (html === undefined) {
    html = katex.renderToString(EQUATIONS[id].tex, { throwOnError: true, output: 'htmlAndMathml', trust: false });
    rendered.set(id, html);
  }
  return html;
}

interface TexProps {
  /** which equation of tex.ts to show */
  id: EquationId;
  /** hide the formula from assistive technology (when a text label says the same) */
  decorative?: boolean;
}

export function Tex({ id, decorative = false }: TexProps) {
  return <span className="tex" aria-hidden={decorative || undefined} dangerouslySetInnerHTML={{ __html: texHtml(id) }} />;
}
