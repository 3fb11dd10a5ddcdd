// The exported figure's layout: title, legend, chart and caption stacked without overlap,
// long text wrapped to the figure's width, and every text escaped for XML.

import { describe, expect, it } from 'vitest';
import { composeFigure, type FigureInput } from '../../../src/ui/export/composeFigure';

/** Every glyph 8 px wide at 15 px: easy to reason about. */
const measure = (text: string, px: number) => (text.length * 8 * px) / 15;

function input(overrides: Partial<FigureInput> = {}): FigureInput {
  return {
    chart: { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><path d="M0 0"/></svg>', width: 600, height: 300 },
    title: 'Gradient norm at each layer',
    legend: [
      { label: 'Plain network', swatch: '<line/>' },
      { label: 'Residual network', swatch: '<line/>' },
    ],
    caption: [{ text: 'Gradient norms over 50 layers.', strong: true }, { text: 'Settings: depth L = 50.' }],
    colors: { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', muted: 'rgb(90, 90, 90)' },
    font: 'system-ui, sans-serif',
    measure,
    ...overrides,
  };
}

/** y of every <text> element, in document order. */
const textYs = (svg: string) => Array.from(svg.matchAll(/<text [^>]*y="([\d.]+)"/g), (m) => Number(m[1]));

describe('composeFigure', () => {
  it('is a standalone SVG as wide as the chart plus margins, with a background', () => {
    const { svg, width, height } = composeFigure(input());
    expect(width).toBe(648);
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="648" height="${height}" viewBox="0 0 648 ${height}"`)).toBe(true);
    expect(svg).toContain(`<rect width="648" height="${height}" fill="rgb(255, 255, 255)"/>`);
    expect(svg).toContain('<title>Gradient norm at each layer</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('stacks title, legend, chart and caption from top to bottom inside the height', () => {
    const { svg, height } = composeFigure(input());
    const chartTop = Number(svg.match(/<g transform="translate\(24 ([\d.]+)\)"><svg/)![1]);
    const ys = textYs(svg);
    const captionYs = ys.slice(-2);
    expect(ys[0]).toBeLessThan(chartTop);
    expect(Math.min(...captionYs)).toBeGreaterThan(chartTop + 300);
    expect(Math.max(...ys)).toBeLessThan(height);
  });

  it('wraps a long caption into more lines, and the figure grows to hold them', () => {
    const short = composeFigure(input());
    const long = composeFigure(input({ caption: [{ text: 'word '.repeat(200), strong: true }] }));
    expect(long.height).toBeGreaterThan(short.height + 100);
    for (const line of long.svg.matchAll(/font-weight="600"[^>]*>([^<]*)</g)) expect(measure(line[1], 15)).toBeLessThanOrEqual(600);
  });

  it('a narrow chart still gets a readable width, and is centred', () => {
    const { width, svg } = composeFigure(input({ chart: { markup: '<svg/>', width: 200, height: 100 } }));
    expect(width).toBe(480);
    expect(svg).toContain('<g transform="translate(140 ');
  });

  it('wraps the legend onto a second row when it does not fit', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ label: `Pin ${i + 1}: L = 50, tanh, σ_w = 1.25`, swatch: '<line/>' }));
    const { svg, width } = composeFigure(input({ legend: many }));
    const items = Array.from(svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" dominant-baseline[^>]*>([^<]*)</g), (m) => ({ x: Number(m[1]), y: m[2], label: m[3] }));
    expect(items).toHaveLength(6);
    expect(new Set(items.map((i) => i.y)).size).toBeGreaterThan(1);
    for (const item of items) expect(item.x + measure(item.label, 15)).toBeLessThanOrEqual(width - 24);
  });

  it('escapes text so that no input can break the markup', () => {
    const { svg } = composeFigure(input({ title: '<script>"&\'', caption: [{ text: 'a < b & c > d' }] }));
    expect(svg).toContain('<title>&lt;script&gt;&quot;&amp;&apos;</title>');
    expect(svg).toContain('a &lt; b &amp; c &gt; d');
    expect(svg).not.toContain('<script>');
  });
});
