// Renders one theory formula by id (never free text) with KaTeX, HTML for the eye and MathML
// for screen readers; rendered once per id and cached.

import katex from 'katex';
import 'katex/dist/katex.min.css';
import { THEORY_TEX, type TheoryTexId } from './theoryTex';

const rendered = new Map<TheoryTexId, string>();

/** KaTeX HTML + MathML for a theory formula. */
export function theoryTexHtml(id: TheoryTexId): string {
  let html = rendered.get(id);
  if (html === undefined) {
    html = katex.renderToString(THEORY_TEX[id], { throwOnError: true, output: 'htmlAndMathml', trust: false });
    rendered.set(id, html);
  }
  return html;
}

interface TheoryTexProps {
  id: TheoryTexId;
}

export function TheoryTex({ id }: TheoryTexProps) {
  return <span className="tex" data-math={id} dangerouslySetInnerHTML={{ __html: theoryTexHtml(id) }} />;
}
