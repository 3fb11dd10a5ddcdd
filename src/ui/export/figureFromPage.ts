// Gathers one exportable chart from the page into a standalone figure: the chart with its
// styles inlined, a legend drawn from the chart's own lines, its sentence, a note and every
// setting as the caption, in the colours the page shows now.

import type { Arch } from '../../core/config';
import type { AppState } from '../../store/store';
import { pinLabel } from '../pins/pinLabel';
import { composeFigure, type ComposedFigure, type LegendItem } from './composeFigure';
import type { ExportableChart } from './exportableCharts';
import { settingsSentence } from './settingsText';
import { standaloneSvg } from './standaloneSvg';

const ARCH_NAMES: Record<Arch, string> = { plain: 'Plain network', residual: 'Residual network' };

/** The figure for `chart`, or null when the chart is not on the page. */
export function figureFromPage(chart: ExportableChart, state: AppState): ComposedFigure | null {
  const source = document.querySelector<SVGSVGElement>(chart.selector);
  if (!source) return null;
  const style = getComputedStyle(source);
  const samples = state.result?.plain?.samples ?? state.result?.residual?.samples ?? state.params.batch;
  return composeFigure({
    chart: standaloneSvg(source, `gf-${chart.id}`),
    title: chart.title,
    legend: legendOf(source, state),
    caption: [
      { text: source.getAttribute('aria-label') ?? '', strong: true },
      { text: chart.note(samples) },
      { text: settingsSentence(state.params) },
    ],
    colors: { background: backgroundOf(source), text: style.color, muted: variable(source, '--text-muted', style.color) },
    font: style.fontFamily,
    measure: textMeasurer(),
  });
}

function legendOf(source: SVGSVGElement, state: AppState): LegendItem[] {
  const items: LegendItem[] = [];
  const live = Array.from(source.querySelectorAll('path.series-line')).filter((p) => p.closest('.pinned') === null);
  for (const arch of ['plain', 'residual'] as const) {
    const sample = live.find((p) => p.classList.contains(`series--${arch}`));
    if (sample) items.push({ label: ARCH_NAMES[arch], swatch: lineSwatch([sample]) });
  }
  const band = source.querySelector('.series-band');
  if (band) items.push({ label: '10–90 % of inputs', swatch: bandSwatch(band, variable(source, '--neutral', 'gray')) });
  for (const pin of state.pins) {
    const samples = Array.from(source.querySelectorAll(`.pinned[data-tag="${pin.tag}"] path.series-line`));
    if (samples.length > 0) items.push({ label: `Pin ${pin.tag}: ${pinLabel(pin.params)}`, swatch: lineSwatch(samples) });
  }
  return items;
}

/** Short lines styled like `samples` (one per architecture), stacked in the swatch. */
function lineSwatch(samples: readonly Element[]): string {
  return samples
    .map((sample, i) => {
      const s = getComputedStyle(sample);
      const y = samples.length === 1 ? 7 : 3 + (8 * i) / (samples.length - 1);
      const dash = s.strokeDasharray === 'none' ? '' : `;stroke-dasharray:${s.strokeDasharray}`;
      return `<line x1="1" x2="33" y1="${y}" y2="${y}" style="fill:none;stroke:${s.stroke};stroke-width:${s.strokeWidth};stroke-linecap:${s.strokeLinecap};opacity:${s.opacity}${dash}"/>`;
    })
    .join('');
}

/** The band's opacity in the neutral colour, as the page's legend shows it. */
function bandSwatch(sample: Element, neutral: string): string {
  return `<rect x="1" y="1" width="32" height="12" style="fill:${neutral};fill-opacity:${getComputedStyle(sample).fillOpacity}"/>`;
}

/** The first opaque background behind `element`, so the export looks as the page does. */
function backgroundOf(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = getComputedStyle(e).backgroundColor;
    if (color !== '' && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}

function variable(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

function textMeasurer(): (text: string, px: number, weight: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.body).fontFamily;
  return (text, px, weight) => {
    // Without a canvas, an average sans glyph is about 0.55 em wide.
    if (!context) return text.length * px * 0.55;
    context.font = `${weight} ${px}px ${family}`;
    return context.measureText(text).width;
  };
}
