// Accessibility in real Chromium: axe-core finds no violation on the page (light and dark, data
// tables open), in presentation mode, in embed mode and in every scene of the tour (question
// and answer); the keyboard reaches every control with a visible focus ring; sliders speak
// their value with its unit; every chart has its sentence and a table of its numbers.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCENES } from '../../src/store/classroomScenes';
import { openPage, type OpenedPage, type OpenOptions, withBrowser } from './browser';
import { MAIN_CHART, tourState, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
/** axe over the whole page (KaTeX, derivations, training) takes a while on a busy machine. */
const AXE_TIMEOUT = 600_000;
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', options: OpenOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width: 1280, height: 900, ...options });
  await waitForSettled(opened.page);
  return opened;
}

/** axe's violations, one line each, naming the rule and the elements; `within` limits the check to some parts. */
async function violations(page: Page, skip: string[] = [], within: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page }).disableRules(skip);
  for (const selector of within) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe finds no violation', () => {
  it.each(['light', 'dark'] as const)('on the page in the %s scheme, with every data table open', async (colorScheme) => {
    const { page, context } = await open('', { colorScheme });
    const figures = page.locator('.layout__figure');
    const toggles = figures.getByRole('button', { name: /^Show the numbers/ });
    const count = await toggles.count();
    expect(count).toBe(4);
    for (let i = 0; i < count; i++) await toggles.first().click();
    expect(await figures.getByRole('button', { name: /^Hide the numbers/ }).count()).toBe(4);
    expect(await violations(page)).toEqual([]);
    await context.close();
  }, AXE_TIMEOUT);

  it.each(['light', 'dark'] as const)('in presentation mode in the %s scheme', async (colorScheme) => {
    const { page, context } = await open('#present=1', { colorScheme, width: 1024, height: 768 });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('in embed mode', async () => {
    const { page, context } = await open('#embed=1');
    expect(await page.locator('.embed').count()).toBe(1);
    // An embedded figure is a part of its host page, whose heading outline it joins: the
    // best-practice rule that a page have its own <h1> does not apply inside the frame.
    expect(await violations(page, ['page-has-heading-one'])).toEqual([]);
    await context.close();
  });

  it('in every scene of the tour (the parts a scene changes), and behind the veil', async () => {
    const { page, context } = await open('#scene=1');
    const changed = ['.layout__figure', '.layout__equations'];
    // Before the reveal every scene shows the same veil; after it, all of its text is on screen.
    const found = (await violations(page, [], changed)).map((v) => `veiled: ${v}`);
    for (let n = 1; n <= SCENES.length; n++) {
      await page.keyboard.press('ArrowRight');
      await waitForSettled(page);
      expect(await tourState(page)).toEqual({ scene: n, revealed: true });
      for (const v of await violations(page, [], changed)) found.push(`scene ${n}: ${v}`);
      await page.keyboard.press('ArrowRight');
    }
    expect(found).toEqual([]);
    await context.close();
  }, AXE_TIMEOUT);

  it('in a scene in presentation mode, dark', async () => {
    const { page, context } = await open('#scene=6&present=1', { colorScheme: 'dark', width: 1024, height: 768 });
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  /** Tabs through the page; for each stop, its name and whether a focus ring is drawn. */
  async function tabStops(page: Page, max: number): Promise<{ name: string; ring: boolean }[]> {
    const stops: { name: string; ring: boolean }[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const own = getComputedStyle(el);
        // radio buttons and the theme switch draw the ring on the label text next to them
        const drawn = el.matches('input[type="radio"]') ? getComputedStyle(el.nextElementSibling ?? el) : own;
        const ring = (drawn.outlineStyle !== 'none' && parseFloat(drawn.outlineWidth) >= 2) || drawn.boxShadow !== 'none';
        const name = el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby') ?? (el.textContent ?? '').trim().slice(0, 40) ?? el.tagName;
        return { name: `${el.tagName.toLowerCase()} ${name || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || ''}`, ring };
      });
      if (!stop) break;
      stops.push(stop);
    }
    return stops;
  }

  it('Tab reaches the classroom buttons, the controls, the chart and its table toggle, each with a visible focus ring', async () => {
    const { page, context } = await open();
    const stops = await tabStops(page, 60);
    const names = stops.map((s) => s.name).join(' | ');
    for (const expected of ['Guided tour', 'Present', 'Auto', 'Gradient norms over', 'Show the numbers']) expect(names).toContain(expected);
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    await context.close();
  });

  it('the tour runs from the keyboard alone: Enter on Guided tour, then the clicker keys', async () => {
    const { page, context } = await open();
    await page.getByRole('button', { name: 'Guided tour' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.scene-panel__answer').innerText()).not.toBe('');
    await context.close();
  });

  it('the data table opens with the keyboard and lists every layer; its box scrolls from the keyboard', async () => {
    const { page, context } = await open('#depth=120');
    const toggle = page.locator('.main-figure').getByRole('button', { name: /the numbers of the gradient chart/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const table = page.getByRole('region', { name: /^Gradient norm at each layer/ });
    expect(await table.locator('tbody tr').count()).toBe(121);
    const header = await table.locator('thead th').allInnerTexts();
    expect(header).toEqual(['layer k', 'Plain median', 'Plain 10th pct.', 'Plain 90th pct.', 'Residual median', 'Residual 10th pct.', 'Residual 90th pct.']);
    expect(await table.locator('tbody').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    await table.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await context.close();
  });
});

describe('what a screen reader hears', () => {
  it('every slider speaks its value with its unit or name', async () => {
    const { page, context } = await open();
    const texts = await page.locator('.controls').getByRole('slider').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuetext') ?? ''));
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const text of texts) expect(text).toMatch(/^[a-z ]+ \d/);
    expect(texts).toContain('depth 50 layers');
    expect(texts).toContain('width 64 units');
    await context.close();
  });

  it('every chart has a sentence with its numbers, and a table toggle', async () => {
    const { page, context } = await open();
    const figures = page.locator('.main-figure, .small-multiples');
    const labels = await figures.locator('svg.chart-svg[role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBe(4);
    for (const label of labels) expect(label).toMatch(/\d/);
    expect(await page.locator(MAIN_CHART).getAttribute('aria-label')).toMatch(/^Gradient norms over 50 layers/);
    expect(await figures.getByRole('button', { name: /as a table$/ }).count()).toBe(4);
    await context.close();
  });

  it('a hidden answer is hidden from assistive technology too, and announced when revealed', async () => {
    const { page, context } = await open('#scene=3');
    const snapshot = await page.locator('.scene-veil').ariaSnapshot();
    expect(snapshot).not.toMatch(/Gradient norms over/);
    expect(await page.locator('.scene-panel__answer').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.scene-veil').ariaSnapshot()).toMatch(/Gradient norms over/);
    await context.close();
  });
});
