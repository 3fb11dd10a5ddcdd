// The explorable page in real Chromium, against the built site served under a sub-path.

import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { artifactPath, openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, chartLabel, MAIN_CHART, storeState, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', width = 1280, height = 800): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width, height });
  await waitForSettled(opened.page);
  return opened;
}

const SLIDERS = ['Depth', 'Weight scale', 'Width', 'Bias scale', 'Branch scale'];

describe('first load', () => {
  it('shows both curves with a sentence, no console error and no request off the origin', async () => {
    const { page, errors, foreignRequests, context } = await open();
    expect(await page.locator(`${MAIN_CHART} path`).count()).toBeGreaterThan(1);
    const label = await chartLabel(page);
    expect(label).toMatch(/^Gradient norms/);
    expect(label).toMatch(/plain/);
    expect(label).toMatch(/residual/);
    expect(await page.locator('.caption-sentence').innerText()).toBe(label);
    expect(page.url()).toMatch(/#arch=both&depth=50/);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it.each([
    [1920, 1080],
    [1024, 768],
  ])('renders at %i×%i without horizontal overflow (screenshot saved)', async (width, height) => {
    const { page, context } = await open('', width, height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath(`page-${width}x${height}.png`) });
    await context.close();
  });
});

describe('controls', () => {
  it.each(SLIDERS)('%s: an arrow key changes the value, the chart and the URL', async (name) => {
    const { page, context } = await open();
    const slider = page.getByRole('slider', { name: new RegExp(`^${name}`) });
    const curves = () => page.$$eval(`${MAIN_CHART} path.series-line`, (ps) => ps.map((p) => p.getAttribute('d')).join('|'));
    const before = { text: await slider.getAttribute('aria-valuetext'), url: page.url(), d: await curves() };
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((u) => location.href !== u, before.url);
    await waitForSettled(page);
    expect(await slider.getAttribute('aria-valuetext')).not.toBe(before.text);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${name.toLowerCase()}`));
    expect(await curves()).not.toBe(before.d);
    await context.close();
  });

  it('a mouse click on the depth track moves it and recomputes', async () => {
    const { page, context } = await open();
    const slider = page.getByRole('slider', { name: /^Depth/ });
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.95, box.y + box.height / 2);
    await waitForSettled(page);
    const depth = Number((await storeState(page)).params.depth);
    expect(depth).toBeGreaterThan(200);
    expect(page.url()).toContain(`depth=${depth}&`);
    expect(await chartLabel(page)).toContain(`over ${depth} layers`);
    await context.close();
  });

  it('activation, architecture and seed controls change the URL', async () => {
    const { page, context } = await open();
    await page.getByRole('combobox', { name: /^Activation/ }).selectOption('relu');
    await waitForSettled(page);
    expect(page.url()).toContain('act=relu');
    await page.getByRole('radio', { name: /^Residual/ }).check();
    await waitForSettled(page);
    expect(page.url()).toContain('arch=residual');
    expect(await chartLabel(page)).not.toMatch(/plain/);
    await page.getByRole('button', { name: /Re-roll/ }).click();
    await waitForSettled(page);
    expect(page.url()).toContain('seed=2');
    await context.close();
  });

  it('a fast drag of 100 steps ends with the chart showing the last value', async () => {
    const { page, context } = await open('#depth=50&width=128');
    const slider = page.getByRole('slider', { name: /^Depth/ });
    await slider.focus();
    for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
    await waitForSettled(page);
    const depth = Number((await storeState(page)).params.depth);
    expect(depth).toBeGreaterThan(50);
    expect(await slider.getAttribute('aria-valuetext')).toContain(String(depth));
    expect(await chartLabel(page)).toContain(`over ${depth} layers`);
    await context.close();
  });
});

describe('the URL', () => {
  it('reload restores the view', async () => {
    const { page, context } = await open('#arch=plain&depth=120&act=relu&sw=1.41&seed=9');
    const label = await chartLabel(page);
    await page.reload();
    await waitForSettled(page);
    expect(await chartLabel(page)).toBe(label);
    expect((await storeState(page)).params).toMatchObject({ arch: 'plain', depth: 120, activation: 'relu', sigmaW: 1.41, seed: 9 });
    await context.close();
  });

  it('a hand-edited bad URL shows a notice naming the key and a working page', async () => {
    const { page, errors, context } = await open('#depth=abc&sw=1e99&act=<script>&foo=1');
    const notices = await page.getByRole('status').allInnerTexts();
    const text = notices.join(' ');
    expect(text).toMatch(/depth/);
    expect(text).toMatch(/sw/);
    expect(await page.locator(`${MAIN_CHART} path`).count()).toBeGreaterThan(1);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('editing the hash in place recomputes', async () => {
    const { page, context } = await open();
    await page.evaluate(() => {
      location.hash = '#arch=both&depth=7&act=identity&sw=2';
    });
    await waitForSettled(page);
    expect(await chartLabel(page)).toContain('over 7 layers');
    await context.close();
  });
});
