// Export in real Chromium: every chart as a standalone SVG with its caption and as a PNG at
// twice its size, and the data in the command line's format with the command line's numbers.

import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatCsv } from '../../src/cli/formatCsv';
import { formatJson } from '../../src/cli/formatJson';
import { computeGradients } from '../../src/core';
import { configOf, type Params } from '../../src/store/params';
import { openPage, type OpenedPage, withBrowser } from './browser';
import { chartLabel, storeState, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function openExport(hash: string): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width: 1440, height: 900 });
  await waitForSettled(opened.page);
  await opened.page.getByRole('button', { name: /^Export/ }).click();
  return opened;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Parses `svg` in the page and draws it as an image: its parse errors and its natural size. */
async function loadSvg(page: Page, svg: string): Promise<{ parseError: boolean; width: number; height: number }> {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const image = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    return { parseError: doc.querySelector('parsererror') !== null, width: image.naturalWidth, height: image.naturalHeight };
  }, svg);
}

function unescapeXml(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]);
}

const CHARTS = [
  { button: 'Main chart: gradient norm per layer', id: 'gradient', title: 'Gradient norm', label: '.main-figure svg[role="img"]' },
  { button: 'Forward signal', id: 'signal', title: 'Forward signal', label: 'svg[aria-label^="Activation norms"]' },
  { button: 'Weight gradient', id: 'weight-gradient', title: 'Weight gradient', label: 'svg[aria-label^="Weight-gradient norms"]' },
  { button: 'Mean activation slope', id: 'slope', title: 'Mean activation slope', label: 'svg[aria-label^="Mean slope"]' },
];

describe('chart export', () => {
  it.each(CHARTS)('$button: a standalone SVG with title, legend, caption and settings', async (chart) => {
    const { page, context, errors, foreignRequests } = await openExport('#depth=24&act=relu&sw=1.3');
    const label = (await page.locator(chart.label).getAttribute('aria-label')) ?? '';
    const { name, bytes } = await download(page, `${chart.button} as SVG`);
    expect(name).toBe(`gradient-flow-${chart.id}-both-L24-relu-sw1.3-seed1.svg`);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`<title>${chart.title}`);
    expect(svg).toContain('Plain network');
    expect(svg).toContain('Residual network');
    expect(svg).toContain('Settings: plain and residual networks, depth L = 24, width n = 64, ReLU, σ_w = 1.3');
    // The chart's own sentence, wrapped over lines, is in the caption word for word.
    const captionText = Array.from(svg.matchAll(/<text [^>]*font-weight="600"[^>]*>([^<]*)<\/text>/g), (m) => m[1]).join(' ');
    expect(unescapeXml(captionText)).toBe(label);
    // Standalone: no stylesheet classes, no CSS variables, nothing fetched, no KaTeX markup.
    expect(svg).not.toMatch(/class=|var\(--|href="http|<foreignObject|katex|<img/);
    expect(svg).toMatch(/<path [^>]*style="[^"]*stroke:rgb\(/);
    expect(svg).not.toMatch(/hit-area|NaN|undefined|Infinity/);
    const loaded = await loadSvg(page, svg);
    expect(loaded.parseError).toBe(false);
    expect(loaded.width).toBeGreaterThan(400);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it.each(CHARTS)('$button: a PNG at twice the size of the SVG', async (chart) => {
    const { page, context } = await openExport('#depth=24');
    const svg = (await download(page, `${chart.button} as SVG`)).bytes.toString('utf8');
    const { width, height } = await loadSvg(page, svg);
    const { name, bytes } = await download(page, `${chart.button} as PNG`);
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * width, 2 * height]);
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).innerText()).toBe(`Saved ${name}`);
    await context.close();
  });

  it('pinned runs appear in the exported chart and its legend', async () => {
    const { page, context } = await openExport('#depth=24');
    await page.getByRole('button', { name: 'Pin this run' }).click();
    await page.evaluate(() => {
      (globalThis as unknown as { gradientFlow: { store: { getState: () => { setParam: (k: string, v: number) => void } } } }).gradientFlow.store.getState().setParam('sigmaW', 1.5);
    });
    await waitForSettled(page);
    const svg = (await download(page, 'Main chart: gradient norm per layer as SVG')).bytes.toString('utf8');
    expect(svg).toContain('Pin 1: L = 24, tanh, σ_w = 1');
    expect(svg).toMatch(/opacity:0\.42/);
    await context.close();
  });

  it('is unavailable until the result of the current settings is in, and says so', async () => {
    const { page, context } = await openExport('#depth=24');
    await page.evaluate(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { setComputing: (b: boolean) => void } } } }).gradientFlow.store.getState();
      s.setComputing(true);
    });
    expect(await page.getByRole('button', { name: 'Data as JSON' }).isDisabled()).toBe(true);
    expect(await page.getByText('Waiting for the result of the current settings…').isVisible()).toBe(true);
    await context.close();
  });
});

describe('data export', () => {
  /**
   * Equal text up to the last digits of each number: the browser's and Node's Math functions
   * (log10, tanh, …) may round differently in the last bit, so numbers get a 1e-12 tolerance.
   */
  function expectSameReport(actual: string, expected: string): void {
    const numbers = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|-Infinity|NaN/g;
    expect(actual.replace(numbers, '#')).toBe(expected.replace(numbers, '#'));
    const a = actual.match(numbers) ?? [];
    const b = expected.match(numbers) ?? [];
    expect(a.length).toBe(b.length);
    a.forEach((text, i) => {
      const [x, y] = [Number(text), Number(b[i])];
      if (!Number.isFinite(x) || !Number.isFinite(y)) expect(text).toBe(b[i]);
      else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(y)));
    });
  }

  it.each(['both', 'residual'])('JSON and CSV are what the command line writes for the same settings (arch=%s)', async (arch) => {
    const { page, context } = await openExport(`#arch=${arch}&depth=12&width=16&act=tanh&sw=1.2&seed=7`);
    const params = (await storeState(page)).params as unknown as Params;
    const expected = computeGradients(configOf(params), params.arch);
    const json = await download(page, 'Data as JSON');
    expect(json.name).toBe(`gradient-flow-data-${arch}-L12-tanh-sw1.2-seed7.json`);
    expectSameReport(json.bytes.toString('utf8'), formatJson(expected, { arch: params.arch, ensemble: 1 }));
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed.config).toMatchObject({ depth: 12, width: 16, arch, ensemble: 1 });
    expect(parsed.residual.layers).toHaveLength(13);
    expect('plain' in parsed).toBe(arch === 'both');
    const csv = await download(page, 'Data as CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expectSameReport(csv.bytes.toString('utf8'), formatCsv(expected));
    expect(await chartLabel(page)).toContain('over 12 layers');
    await context.close();
  });
});
