// Shows one theory formula by id (never free text): KaTeX's HTML for the eye and MathML for
// screen readers, rendered once at build time (src/build/texPrerenderPlugin.ts).

import 'katex/dist/katex.min.css';
import { THEORY_HTML } from 'virtual:prerendered-tex';
import type { TheoryTexId } from './theoryTex';

/** KaTeX HTML + MathML for a theory formula. */
export function theoryTexHtml(id: TheoryTexId): string {
  return THEORY_HTML[id];
}

interface TheoryTexProps {
  id: TheoryTexId;
}

export function TheoryTex({ id }: TheoryTexProps) {
  return <span className="tex" data-math={id} dangerouslySetInnerHTML={{ __html: theoryTexHtml(id) }} />;
}
