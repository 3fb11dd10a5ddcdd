// The constant formulas as KaTeX HTML + MathML, rendered at build time (texPrerenderPlugin.ts).
declare module 'virtual:prerendered-tex' {
  import type { EquationId } from '../ui/equations/tex';
  import type { TheoryTexId } from '../ui/theory/theoryTex';
  export const EQUATION_HTML: Record<EquationId, string>;
  export const TIED_EQUATION_HTML: Record<EquationId, string>;
  export const THEORY_HTML: Record<TheoryTexId, string>;
}
