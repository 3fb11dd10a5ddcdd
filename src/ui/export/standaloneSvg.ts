// A copy of a chart on the page that needs no stylesheet: each element carries the computed
// values of the properties that draw it (colours resolved from the theme's variables), the
// pointer-only parts are left out, and ids are renamed so that two exports never collide.

/** Properties that decide how SVG looks; all inherit except those in NOT_INHERITED. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'opacity',
] as const;

/** Written whenever they differ from these initial values, whatever the parent has. */
const NOT_INHERITED: Partial<Record<(typeof PROPERTIES)[number], string>> = { opacity: '1', 'dominant-baseline': 'auto' };

/** Parts of a chart that only serve the pointer or the keyboard cursor. */
const INTERACTIVE = '.hit-area, .layer-cursor--hover, .hover-dot';

/** Attributes that mean nothing outside the page. */
const PAGE_ONLY_ATTRIBUTES = /^(class|style|tabindex|role|aria-.*|data-.*|focusable)$/;

export interface StandaloneChart {
  markup: string;
  width: number;
  height: number;
}

/** The chart `source` as standalone SVG markup; ids get `idPrefix`. */
export function standaloneSvg(source: SVGSVGElement, idPrefix: string): StandaloneChart {
  const clone = source.cloneNode(true) as SVGSVGElement;
  copyStyles(source, clone, null);
  renameIds(clone, idPrefix);
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('overflow', 'visible');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Walks source and clone in step, inlining computed styles and dropping what is not drawn. */
function copyStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of PROPERTIES) {
    const value = style.getPropertyValue(property);
    const initial = NOT_INHERITED[property];
    const needed = initial !== undefined ? value !== initial : parent === null || parent.getPropertyValue(property) !== value;
    if (needed && value !== '') declarations.push(`${property}:${value}`);
  }
  for (const name of clone.getAttributeNames()) {
    if (PAGE_ONLY_ATTRIBUTES.test(name)) clone.removeAttribute(name);
  }
  if (declarations.length > 0) clone.setAttribute('style', declarations.join(';'));

  const sourceChildren = Array.from(source.children);
  const cloneChildren = Array.from(clone.children);
  sourceChildren.forEach((child, i) => {
    const copy = cloneChildren[i];
    const childStyle = getComputedStyle(child);
    const drawn = child.closest('defs') !== null || (childStyle.display !== 'none' && childStyle.visibility !== 'hidden');
    if (child.matches(INTERACTIVE) || !drawn) copy.remove();
    else copyStyles(child, copy, style);
  });
}

function renameIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  root.querySelectorAll('[id]').forEach((element, i) => {
    const next = `${prefix}-${i + 1}`;
    renamed.set(element.id, next);
    element.id = next;
  });
  if (renamed.size === 0) return;
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (!value.includes('#')) continue;
      const next = value.replace(/url\(#([^)]+)\)|^#(.+)$/g, (match, inUrl?: string, bare?: string) => {
        const id = renamed.get(inUrl ?? bare ?? '');
        if (id === undefined) return match;
        return inUrl !== undefined ? `url(#${id})` : `#${id}`;
      });
      if (next !== value) element.setAttribute(name, next);
    }
  }
}
