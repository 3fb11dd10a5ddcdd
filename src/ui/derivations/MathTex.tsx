// Renders one formula of the derivations by id, never free text, with KaTeX: HTML for the eye
// and MathML for screen readers. Display lines are left-aligned so a proof reads down the page.

import katex from 'katex';
import 'katex/dist/katex.min.css';
import { texSource, type MathId } from './derivationsTex';
import './math.css';

const rendered = new Map<string, string>();

/** KaTeX HTML + MathML for a formula (its one-W form when `tied`), rendered once per id and style, and cached. */
export function mathHtml(id: MathId, display: boolean, tied = false): string {
  const key = `${display ? 'D' : 'T'}${tied ? 'W' : ''}:${id}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = katex.renderToString(texSource(id, tied), { throwOnError: true, output: 'htmlAndMathml', trust: false, displayMode: display, fleqn: true });
    rendered.set(key, html);
  }
  return html;
}

interface MathTexProps {
  /** which formula */
  id: MathId;
  /** a display line (a step of a proof) rather than inline */
  display?: boolean;
  /** hidden from assistive technology, when a text label says the same */
  decorative?: boolean;
  /** extra class, e.g. to mark a proof's result */
  className?: string;
  /** one W, V, b for every layer (weights shared across layers) */
  tied?: boolean;
}

export function MathTex({ id, display = false, decorative = false, className, tied = false }: MathTexProps) {
  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={[display ? 'dmath dmath--display' : 'dmath', className].filter(Boolean).join(' ')}
      data-math={id}
      aria-hidden={decorative || undefined}
      dangerouslySetInnerHTML={{ __html: mathHtml(id, display, tied) }}
    />
  );
}
