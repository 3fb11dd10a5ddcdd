// Lays out an exported figure as one standalone SVG: title, legend, the chart itself, and a
// caption under it, on a solid background, in the system sans font. Pure string work (text is
// measured through a function), so the layout is tested without a browser.

import { escapeXml } from './xml';
import { wrapText, type MeasureText } from './wrapText';

export interface LegendItem {
  label: string;
  /** SVG markup of a 34 × 14 swatch drawn at the origin, styles inlined */
  swatch: string;
}

export interface CaptionLine {
  text: string;
  /** the chart's own sentence is set in semibold, notes in the muted colour */
  strong?: boolean;
}

export interface FigureInput {
  /** the chart as a standalone <svg> element (styles inlined) and its size in pixels */
  chart: { markup: string; width: number; height: number };
  title: string;
  legend: readonly LegendItem[];
  caption: readonly CaptionLine[];
  colors: { background: string; text: string; muted: string };
  font: string;
  measure: MeasureText;
}

export interface ComposedFigure {
  svg: string;
  width: number;
  height: number;
}

const PAD = 24;
const TITLE_PX = 20;
const TEXT_PX = 15;
const SWATCH = { width: 34, height: 14, gap: 8, after: 24 };
/** Narrow charts still get a caption wide enough to read. */
const MIN_WIDTH = 480;

export function composeFigure(input: FigureInput): ComposedFigure {
  const { chart, colors, measure } = input;
  const width = Math.ceil(Math.max(MIN_WIDTH, chart.width + 2 * PAD));
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(input.title, textWidth, (t) => measure(t, TITLE_PX, 700))) {
    y += TITLE_PX;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${TITLE_PX}" font-weight="700" fill="${colors.text}">${escapeXml(line)}</text>`);
    y += Math.round(TITLE_PX * 0.35);
  }

  y += 10;
  let x = PAD;
  const rowHeight = Math.round(TEXT_PX * 1.6);
  for (const item of input.legend) {
    const itemWidth = Math.ceil(SWATCH.width + SWATCH.gap + measure(item.label, TEXT_PX, 400));
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    const top = y + (rowHeight - SWATCH.height) / 2;
    parts.push(`<g transform="translate(${x} ${top})">${item.swatch}</g>`);
    parts.push(
      `<text x="${x + SWATCH.width + SWATCH.gap}" y="${y + rowHeight / 2}" dominant-baseline="central" font-size="${TEXT_PX}" fill="${colors.text}">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth + SWATCH.after;
  }
  if (input.legend.length > 0) y += rowHeight;

  y += 8;
  const chartLeft = Math.round((width - chart.width) / 2);
  parts.push(`<g transform="translate(${chartLeft} ${y})">${chart.markup}</g>`);
  y += chart.height + 12;

  for (const paragraph of input.caption) {
    const weight = paragraph.strong ? 600 : 400;
    for (const line of wrapText(paragraph.text, textWidth, (t) => measure(t, TEXT_PX, weight))) {
      y += TEXT_PX;
      parts.push(
        `<text x="${PAD}" y="${y}" font-size="${TEXT_PX}" font-weight="${weight}" fill="${paragraph.strong ? colors.text : colors.muted}">${escapeXml(line)}</text>`,
      );
      y += Math.round(TEXT_PX * 0.45);
    }
    y += 6;
  }
  const height = Math.ceil(y + PAD - 6);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.font)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.caption.map((c) => c.text).join(' '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="${colors.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
