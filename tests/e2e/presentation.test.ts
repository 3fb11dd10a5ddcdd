// Presentation mode in real Chromium: P and the button enter it (and the URL says so), one
// figure and a strip of its primary controls fill a 1024×768 screen with body text of at least 24 px, chart
// labels of at least 20 px, thick lines and text contrast of at least 7:1, secondary panels
// hidden; full screen on request; light and dark in both modes, following the system unless
// the reader picks one, and that choice survives a reload.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, openPage, type OpenedPage, type OpenOptions, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', options: OpenOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width: 1024, height: 768, ...options });
  await waitForSettled(opened.page);
  return opened;
}

const present = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-present'));

/**
 * Font sizes (px) of every element with its own visible text: all of them, and the body text
 * (the sentences the class reads: takeaway, the scene's story, question and answer, notices).
 */
async function textSizes(page: Page): Promise<{ body: [string, number][]; all: [string, number][] }> {
  return page.evaluate(() => {
    const all: [string, number][] = [];
    const body: [string, number][] = [];
    const reading = '.takeaway, .scene-panel__story, .scene-panel__question, .scene-panel__answer, .scene-veil__text, .notice__text';
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || !(el instanceof HTMLElement || el instanceof SVGElement)) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, [aria-hidden="true"] .katex-mathml, .katex-mathml')) continue;
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      // sub- and superscripts are read with the text around them
      if (el.closest('sub, sup, .exponent, .katex')) continue;
      const entry: [string, number] = [`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${(el.textContent ?? '').trim().slice(0, 30)}`, parseFloat(style.fontSize)];
      all.push(entry);
      if (el.closest(reading)) body.push(entry);
    }
    return { all, body };
  });
}

describe('entering and leaving', () => {
  it('P enters presentation mode, the URL says so, and P or Escape leaves it', async () => {
    const { page, context, errors } = await open();
    await page.keyboard.press('p');
    expect(await present(page)).toBe(true);
    await expect.poll(() => page.url()).toMatch(/&present=1$/);
    await page.keyboard.press('P');
    expect(await present(page)).toBe(false);
    await page.getByRole('button', { name: /^Present(?!er)/ }).click();
    expect(await present(page)).toBe(true);
    // the toolbar folds away on the projected screen (C brings it back); its state is still right
    expect(await page.getByRole('button', { name: /^Present(?!er)/, includeHidden: true }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    expect(await present(page)).toBe(false);
    await expect.poll(() => page.url()).not.toMatch(/present=/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('P typed into the seed field is a digit of the seed’s field, not a mode switch; Ctrl+P is the browser’s', async () => {
    const { page, context } = await open();
    await page.getByRole('spinbutton').focus();
    await page.keyboard.press('p');
    expect(await present(page)).toBe(false);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+p').catch(() => undefined);
    expect(await present(page)).toBe(false);
    await context.close();
  });

  it('a link with present=1 opens in presentation mode', async () => {
    const { page, context } = await open('#present=1');
    expect(await present(page)).toBe(true);
    await context.close();
  });
});

describe('at 1024×768, as projected', () => {
  it('figure and controls fill the screen; equations, small multiples and every other panel are hidden', async () => {
    const { page, context, errors } = await open('#present=1');
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight - innerHeight,
      overflowX: document.documentElement.scrollWidth - innerWidth,
      chart: document.querySelector('.main-figure svg[role="img"]')!.getBoundingClientRect().toJSON() as DOMRect,
      controls: document.querySelector('.layout__controls')!.getBoundingClientRect().toJSON() as DOMRect,
    }));
    expect(layout.scroll).toBeLessThanOrEqual(0);
    expect(layout.overflowX).toBeLessThanOrEqual(0);
    expect(layout.chart.height).toBeGreaterThanOrEqual(500);
    expect(layout.chart.width).toBeGreaterThanOrEqual(960);
    // the controls are a strip along the bottom edge, under the chart
    expect(layout.controls.top).toBeGreaterThanOrEqual(layout.chart.bottom - 1);
    expect(layout.controls.bottom).toBeLessThanOrEqual(768);
    for (const hidden of ['.layout__equations', '.small-multiples', '.share-bar', '.app-subtitle', '.data-table-toggle']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const others = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.app > *:not(.app-header):not(.layout)')).filter((e) => e.getBoundingClientRect().height > 0).length,
    );
    expect(others).toBe(0);
    expect(await page.getByRole('slider', { name: /^Depth/ }).isVisible()).toBe(true);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await page.screenshot({ path: artifactPath('present-1024x768.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['the page', '#present=1'],
    ['a scene, before and after its answer', '#present=1&scene=6'],
  ])('in %s body text is at least 24 px, every text at least 20 px, chart labels 20 px, lines thick', async (_name, hash) => {
    const { page, context } = await open(hash);
    const check = async () => {
      const { body, all } = await textSizes(page);
      expect(body.length).toBeGreaterThan(0);
      expect(body.filter(([, px]) => px < 24)).toEqual([]);
      expect(all.filter(([, px]) => px < 20)).toEqual([]);
    };
    await check();
    if (hash.includes('scene')) {
      await page.keyboard.press('ArrowRight');
      await check();
    }
    const labels = await page.$$eval(`${MAIN_CHART} .axis-label, ${MAIN_CHART} .chart-note`, (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(labels.length).toBeGreaterThan(4);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(20);
    const strokes = await page.$$eval(`${MAIN_CHART} path.series-line`, (els) => els.map((e) => parseFloat(getComputedStyle(e).strokeWidth)));
    expect(Math.min(...strokes)).toBeGreaterThanOrEqual(4);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('in the %s scheme every text has a contrast of at least 7:1 (axe, WCAG AAA)', async (colorScheme) => {
    const { page, context } = await open('#present=1&scene=7', { colorScheme });
    await page.keyboard.press('ArrowRight');
    await waitForSettled(page);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced', 'color-contrast']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.find((p) => p.id === 'color-contrast-enhanced')?.nodes.length ?? 0).toBeGreaterThan(10);
    await page.screenshot({ path: artifactPath(`present-scene-${colorScheme}-1024x768.png`) });
    await context.close();
  });

  it('at 1920×1080 too the page is one screen, the chart large', async () => {
    const { page, context } = await open('#present=1&scene=8', { width: 1920, height: 1080 });
    await page.keyboard.press('ArrowRight');
    await waitForSettled(page);
    const { scroll, chartHeight } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight - innerHeight,
      chartHeight: document.querySelector('.main-figure svg[role="img"]')!.getBoundingClientRect().height,
    }));
    expect(scroll).toBeLessThanOrEqual(0);
    expect(chartHeight).toBeGreaterThanOrEqual(600);
    await page.screenshot({ path: artifactPath('present-scene-1920x1080.png') });
    await context.close();
  });
});

describe('full screen', () => {
  it('the Full screen button asks the browser for full screen and leaving presentation leaves it', async () => {
    const { page, context, errors } = await open('#present=1');
    // the toolbar is one key away on the projected screen
    await page.keyboard.press('c');
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    // the button follows the browser's fullscreenchange event, rendered in the next commit
    await expect.poll(() => page.getByRole('button', { name: 'Full screen' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: /^Present(?!er)/ }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    expect(await present(page)).toBe(false);
    expect(await page.getByRole('button', { name: 'Full screen' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('themes', () => {
  const scheme = (page: Page) =>
    page.evaluate(() => ({ scheme: document.documentElement.getAttribute('data-scheme'), background: getComputedStyle(document.body).backgroundColor }));

  it.each([
    ['light', '', 'rgb(245, 244, 240)'],
    ['dark', '', 'rgb(18, 19, 21)'],
    ['light', '#present=1', 'rgb(255, 255, 255)'],
    ['dark', '#present=1', 'rgb(0, 0, 0)'],
  ] as const)('a %s system gives that scheme (%s)', async (colorScheme, hash, background) => {
    const { page, context } = await open(hash, { colorScheme });
    expect(await scheme(page)).toEqual({ scheme: colorScheme, background });
    await context.close();
  });

  it('the reader’s choice overrides the system and survives a reload; Auto follows the system again', async () => {
    const { page, context } = await open('', { colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await scheme(page)).toEqual({ scheme: 'light', background: 'rgb(245, 244, 240)' });
    await page.reload();
    await waitForSettled(page);
    expect((await scheme(page)).scheme).toBe('light');
    expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Auto' }).check();
    expect((await scheme(page)).scheme).toBe('dark');
    await page.reload();
    await waitForSettled(page);
    expect((await scheme(page)).scheme).toBe('dark');
    await context.close();
  });

  it('the theme is the reader’s own: it never enters the URL', async () => {
    const { page, context } = await open();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForTimeout(300);
    expect(page.url()).not.toMatch(/theme|dark/);
    await context.close();
  });
});
