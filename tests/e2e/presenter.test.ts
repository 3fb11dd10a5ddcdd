// The lecture hall in real Chromium: in presentation mode the chart's plot area covers at least
// 55 % of a 1024×768, 1280×720 and 1920×1080 screen with headline and primary controls in view
// and every text at least 20 px (body and formulas 24 px); S opens the presenter view as a
// second window of the same page, and the two stay in step through BroadcastChannel in both
// directions; closing either leaves the other working. Also: a phone's header and 320 px.

import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchBrowser, openPage } from './browser';
import { MAIN_CHART, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
const measured: Record<string, unknown> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  writeFileSync(artifactPath('presentation-measures.json'), JSON.stringify(measured, null, 2));
  await browser?.close();
});

interface Shared {
  scene: number | null;
  revealed: boolean;
  depth: number;
  blank: boolean;
  linked: string[];
}

const shared = (page: Page) =>
  page.evaluate(() => {
    const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => Record<string, never> } } }).gradientFlow.store.getState() as unknown as {
      scene: number | null; sceneRevealed: boolean; params: { depth: number }; blank: boolean; linkedWindows: string[];
    };
    return { scene: s.scene, revealed: s.sceneRevealed, depth: s.params.depth, blank: s.blank, linked: [...s.linkedWindows] } satisfies Shared;
  });

/** Plot area (inside the axes) over the viewport, and what else is in view. */
async function measure(page: Page) {
  return page.evaluate((chart) => {
    const svg = document.querySelector(chart)!;
    const clip = svg.querySelector('clipPath rect')!;
    const plot = Number(clip.getAttribute('width')) * Number(clip.getAttribute('height'));
    const inView = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight + 0.5 && r.left >= 0 && r.right <= innerWidth + 0.5;
    };
    let min = Infinity;
    let minText = '';
    let katexMin = Infinity;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, .katex-mathml')) continue;
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      if (el.classList.contains('katex')) katexMin = Math.min(katexMin, parseFloat(style.fontSize));
      // sub- and superscripts, and the parts of a formula, are read with what is around them
      if (!own || el.closest('sub, sup, .exponent, .katex')) continue;
      const px = parseFloat(style.fontSize);
      if (px < min) {
        min = px;
        minText = (el.textContent ?? '').trim().slice(0, 30);
      }
    }
    return {
      fraction: plot / (innerWidth * innerHeight),
      scroll: document.documentElement.scrollHeight - innerHeight,
      headline: inView('.takeaway'),
      controls: ['depth', 'sigmaW', 'activation'].map((p) => inView(`.controls [data-param="${p}"]`)),
      minText: min,
      minTextOf: minText,
      katexMin,
    };
  }, MAIN_CHART);
}

describe('the projected screen', () => {
  it.each([
    [1024, 768],
    [1280, 720],
    [1920, 1080],
  ])('at %i×%i the plot area covers at least 55 percent of the screen, with headline and primary controls in view', async (width, height) => {
    const { page, context, errors } = await openPage(browser, `${baseUrl}#present=1`, { width, height });
    await waitForSettled(page);
    const m = await measure(page);
    measured[`${width}x${height}`] = m;
    expect(m.fraction).toBeGreaterThanOrEqual(0.55);
    expect(m.scroll).toBeLessThanOrEqual(0);
    expect(m.headline).toBe(true);
    expect(m.controls).toEqual([true, true, true]);
    expect(m.minText).toBeGreaterThanOrEqual(20);
    expect(m.katexMin).toBeGreaterThanOrEqual(24);
    const strokes = await page.$$eval(`${MAIN_CHART} path.series-line`, (els) => els.map((e) => parseFloat(getComputedStyle(e).strokeWidth)));
    expect(Math.min(...strokes)).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: artifactPath(`projected-${width}x${height}.png`) });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every scene frames its claim, its chart and the control it asks the class to move at 1024×768', async () => {
    const { page, context } = await openPage(browser, `${baseUrl}#present=1&scene=1`, { width: 1024, height: 768 });
    await waitForSettled(page);
    for (let scene = 0; scene < 11; scene++) {
      await page.keyboard.press('ArrowRight');
      await waitForSettled(page);
      const framed = await page.evaluate((chart) => {
        const inView = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight + 0.5;
        };
        const move = document.documentElement.getAttribute('data-scene-control');
        return {
          scroll: document.documentElement.scrollHeight - innerHeight,
          claim: inView(document.querySelector('.scene-panel__answer p')),
          chart: inView(document.querySelector(chart)),
          control: inView(document.querySelector(`.controls [data-param="${move}"]`)),
        };
      }, MAIN_CHART);
      expect(framed, `scene ${scene + 1}`).toEqual({ scroll: 0, claim: true, chart: true, control: true });
      if (scene < 10) await page.keyboard.press('ArrowRight');
    }
    await context.close();
  });

  it('C shows every control, Escape hides them again; the hovered layer reads out in large type', async () => {
    const { page, context } = await openPage(browser, `${baseUrl}#present=1`, { width: 1024, height: 768 });
    await waitForSettled(page);
    expect(await page.getByRole('slider', { name: 'Width' }).isVisible()).toBe(false);
    await page.keyboard.press('c');
    expect(await page.getByRole('slider', { name: 'Width' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('slider', { name: 'Width' }).isVisible()).toBe(false);
    await page.locator(MAIN_CHART).focus();
    await page.keyboard.press('ArrowLeft');
    const readout = await page.$eval('.chart-tooltip', (e) => ({ text: e.textContent ?? '', px: parseFloat(getComputedStyle(e).fontSize) }));
    expect(readout.text).toMatch(/Layer 49/);
    expect(readout.px).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});

describe('the presenter view', () => {
  /** The URL counts scenes from 1, the store from 0: #scene=2 is index 1. */
  async function openPair(hash = '#scene=2') {
    const opened = await openPage(browser, `${baseUrl}${hash}`, { width: 1024, height: 768 });
    await waitForSettled(opened.page);
    const popup = opened.context.waitForEvent('page');
    await opened.page.keyboard.press('s');
    const presenter = await popup;
    await presenter.setViewportSize({ width: 1024, height: 768 });
    await waitForSettled(presenter);
    await expect.poll(async () => (await shared(opened.page)).linked).toEqual(['presenter']);
    await expect.poll(async () => (await shared(presenter)).linked).toEqual(['projector']);
    return { ...opened, projector: opened.page, presenter };
  }

  it('S opens it; the projected window shows the figure alone; both stay in step both ways', async () => {
    const { context, projector, presenter, errors } = await openPair();
    expect(presenter.url()).toMatch(/\?presenter=[0-9a-f]+#/);
    expect(await projector.evaluate(() => document.documentElement.hasAttribute('data-projected'))).toBe(true);
    expect(await projector.locator('.layout__controls').isVisible()).toBe(false);
    expect(await presenter.getByText('Projected screen linked').isVisible()).toBe(true);
    await presenter.getByRole('heading', { name: 'Next' }).waitFor();
    await projector.screenshot({ path: artifactPath('projected-with-presenter-1024x768.png') });
    await presenter.screenshot({ path: artifactPath('presenter-1024x768.png') });

    // a scene change in the presenter view, then in the projected window
    await presenter.keyboard.press('PageDown');
    await expect.poll(async () => (await shared(projector)).revealed).toBe(true);
    await projector.keyboard.press('PageDown');
    await expect.poll(async () => (await shared(presenter)).scene).toBe(2);
    await presenter.keyboard.press('PageUp');
    await expect.poll(async () => (await shared(projector)).scene).toBe(1);

    // a control moved in the presenter view, then in the projected window (through its More panel)
    await presenter.getByRole('slider', { name: 'Depth' }).focus();
    await presenter.keyboard.press('ArrowRight');
    const depth = (await shared(presenter)).depth;
    await expect.poll(async () => (await shared(projector)).depth).toBe(depth);
    await waitForSettled(projector);
    await projector.keyboard.press('c');
    await projector.getByRole('slider', { name: 'Depth' }).focus();
    await projector.keyboard.press('ArrowLeft');
    await projector.keyboard.press('ArrowLeft');
    const back = (await shared(projector)).depth;
    expect(back).not.toBe(depth);
    await expect.poll(async () => (await shared(presenter)).depth).toBe(back);
    await waitForSettled(presenter);
    expect(await presenter.locator(MAIN_CHART).getAttribute('aria-label')).toBe(await projector.locator(MAIN_CHART).getAttribute('aria-label'));

    // B in either window blanks the projected screen
    await presenter.locator('body').click({ position: { x: 5, y: 5 } });
    await presenter.keyboard.press('b');
    await expect.poll(() => projector.evaluate(() => document.documentElement.hasAttribute('data-blank'))).toBe(true);
    await projector.keyboard.press('Escape');
    await projector.keyboard.press('b');
    await expect.poll(async () => (await shared(presenter)).blank).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closing the presenter view leaves the projected window working, with its controls back', async () => {
    const { context, projector, presenter } = await openPair();
    await presenter.close({ runBeforeUnload: true });
    await expect.poll(async () => (await shared(projector)).linked).toEqual([]);
    expect(await projector.evaluate(() => document.documentElement.hasAttribute('data-projected'))).toBe(false);
    await projector.getByRole('slider', { name: 'Depth' }).focus();
    await projector.keyboard.press('ArrowRight');
    await waitForSettled(projector);
    // off the slider, which takes PageDown itself
    await projector.evaluate(() => (document.activeElement as HTMLElement).blur());
    await projector.keyboard.press('PageDown');
    expect((await shared(projector)).revealed).toBe(true);
    await context.close();
  });

  it('closing the projected window leaves the presenter view working', async () => {
    const { context, projector, presenter } = await openPair();
    await projector.close({ runBeforeUnload: true });
    await expect.poll(async () => (await shared(presenter)).linked).toEqual([]);
    expect(await presenter.getByText(/Projected screen not open/).isVisible()).toBe(true);
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('PageDown');
    await waitForSettled(presenter);
    expect((await shared(presenter)).scene).toBe(2);
    await context.close();
  });

  it('at 1920×1080 too: both screens', async () => {
    const opened = await openPage(browser, `${baseUrl}#scene=5`, { width: 1920, height: 1080 });
    await waitForSettled(opened.page);
    const popup = opened.context.waitForEvent('page');
    await opened.page.keyboard.press('s');
    const presenter = await popup;
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await waitForSettled(presenter);
    await presenter.keyboard.press('PageDown');
    await waitForSettled(opened.page);
    await opened.page.screenshot({ path: artifactPath('projected-with-presenter-1920x1080.png') });
    await presenter.screenshot({ path: artifactPath('presenter-1920x1080.png') });
    await opened.context.close();
  });
});

describe('phones', () => {
  it('at 390 px the header is one row: the title and one Menu button that opens the toolbars', async () => {
    const { page, context } = await openPage(browser, baseUrl, { width: 390, height: 844 });
    await waitForSettled(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    const [title, button] = await Promise.all([page.locator('.app-title').boundingBox(), menu.boundingBox()]);
    expect(Math.abs(title!.y - button!.y)).toBeLessThan(title!.height);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    await context.close();
  });

  it('at 320 px nothing scrolls sideways', async () => {
    const { page, context } = await openPage(browser, baseUrl, { width: 320, height: 700 });
    await waitForSettled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
