// Reading the page's own state in a browser test: wait until the chart shows the final result
// for the parameters in the URL, and read the store through the handle main.tsx exposes.

import type { Page } from 'playwright-core';

export const MAIN_CHART = '.main-figure svg[role="img"]';

interface StoreView {
  computing: boolean;
  resultFinal: boolean;
  resultParamsKey: string;
  error: string | null;
  notices: string[];
  params: Record<string, unknown>;
}

/** The store fields tests look at. */
export async function storeState(page: Page): Promise<StoreView> {
  return page.evaluate(() => {
    const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => StoreView } } }).gradientFlow.store.getState();
    return { computing: s.computing, resultFinal: s.resultFinal, resultParamsKey: s.resultParamsKey, error: s.error, notices: s.notices, params: s.params };
  });
}

/**
 * Resolves once the final result for the current parameters is on screen and the URL holds
 * those same parameters (and any view fields after them).
 */
export async function waitForSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const g = (globalThis as unknown as { gradientFlow?: { store: { getState: () => StoreView } } }).gradientFlow;
      if (!g) return false;
      const s = g.store.getState();
      const key = s.resultParamsKey.replace(/^#/, '');
      // View fields (selected layer, panel, lock, …) follow the parameters in the hash.
      const hash = location.hash.replace(/^#/, '');
      const urlMatches = hash === key || hash.startsWith(`${key}&`);
      // the sections below the first screen load after the first chart (DeferredSection)
      const sectionsIn = document.querySelector('.deferred-section__placeholder') === null;
      return !s.computing && s.resultFinal && key !== '' && urlMatches && sectionsIn && document.querySelector('.main-figure svg[role="img"] path') !== null;
    },
    undefined,
    { timeout, polling: 50 },
  );
  // Panels that take a new result at a lower priority than the main chart (useDeferredValue)
  // commit within a frame or two after it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

/** The main chart's accessible sentence. */
export async function chartLabel(page: Page): Promise<string> {
  return (await page.locator(MAIN_CHART).getAttribute('aria-label')) ?? '';
}

/** Every text node on the page, for checks that no NaN, Infinity or undefined is shown. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText + ' ' + Array.from(document.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label')).join(' '));
}

export const BAD_WORDS = /\b(NaN|Infinity|undefined|null)\b/;

/** Where the guided tour is: the scene as the page numbers it (from 1) and whether its answer is out. */
export async function tourState(page: Page): Promise<{ scene: number | null; revealed: boolean }> {
  return page.evaluate(() => {
    const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { scene: number | null; sceneRevealed: boolean } } } }).gradientFlow.store.getState();
    return { scene: s.scene === null ? null : s.scene + 1, revealed: s.sceneRevealed };
  });
}

/**
 * Scrolls `selector` into view and waits the frames in which the browser renders it: a section
 * with `content-visibility: auto` has no rendered text (innerText is empty) until then.
 */
export async function scrollIntoViewAndRender(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}
