// A formula built from an exercise's numbers, rendered by KaTeX (HTML for the eye, MathML for
// screen readers). The TeX comes from texMatrix.ts: numbers and fixed symbols only.

import katex from 'katex';
import 'katex/dist/katex.min.css';

const rendered = new Map<string, string>();

function html(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'T'}:${tex}`;
  let out = rendered.get(key);
  if (out === undefined) {
    out = katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml', trust: false, displayMode: display, fleqn: true });
    rendered.set(key, out);
  }
  return out;
}

interface ExerciseMathProps {
  tex: string;
  /** on a line of its own */
  display?: boolean;
}

export function ExerciseMath({ tex, display = false }: ExerciseMathProps) {
  const Tag = display ? 'div' : 'span';
  return <Tag className={display ? 'ex-math ex-math--display' : 'ex-math'} dangerouslySetInnerHTML={{ __html: html(tex, display) }} />;
}

interface GivensProps {
  /** one formula per given quantity; they wrap onto new lines instead of scrolling */
  items: readonly string[];
}

/** The quantities an exercise gives, side by side, wrapping on narrow screens. */
export function Givens({ items }: GivensProps) {
  return (
    <div className="ex-givens">
      {items.map((tex, i) => (
        <ExerciseMath key={i} tex={`\\displaystyle ${tex}${i < items.length - 1 ? ',' : ''}`} />
      ))}
    </div>
  );
}
