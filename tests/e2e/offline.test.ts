// Deployable and offline, in real Chromium on the build served under a sub-path: no request
// ever leaves the origin (the service worker's own included), and after one visit the page
// loads and computes with the network off.

import { describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withBrowser } from './browser';
import { chartLabel, MAIN_CHART, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** every request of the context, pages and service worker alike */
  requests: string[];
}

async function visit(url: string): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await waitForSettled(page);
  return { context, page, errors, requests };
}

/** Resolves once a service worker is active and controls the page. */
async function waitForServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.scope;
  });
}

describe('offline', () => {
  it('registers a worker scoped to the sub-path, and reloads with the network off', async () => {
    const { context, page, errors } = await visit(baseUrl + '#depth=30&act=relu');
    expect(await waitForServiceWorker(page)).toBe(baseUrl);
    const online = await chartLabel(page);

    await context.setOffline(true);
    await page.reload();
    await waitForSettled(page);
    expect(await page.locator(`${MAIN_CHART} path.series-line`).count()).toBeGreaterThan(1);
    expect(await chartLabel(page)).toBe(online);
    // The worker computes a new setting offline too, and KaTeX's equations are drawn.
    await page.getByRole('slider', { name: /^Depth/ }).focus();
    await page.keyboard.press('ArrowRight');
    await waitForSettled(page);
    expect(await chartLabel(page)).not.toBe(online);
    expect(await page.locator('.equations .katex').count()).toBeGreaterThan(4);
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    expect(errors).toEqual([]);
    // Really offline: a file the build does not have gets the worker's 503, not the server's 404.
    expect(await page.evaluate(() => fetch('./not-in-the-build.txt').then((r) => r.status))).toBe(503);
    await context.close();
  });

  it('offline, a link in embed mode (with a query string) opens too', async () => {
    const { context, page } = await visit(baseUrl);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${baseUrl}?embed=1#depth=12`);
    await waitForSettled(page);
    expect(await page.getByRole('link', { name: /Open the full page/ }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('deployable', () => {
  it('every request of a session stays on the origin, the service worker included', async () => {
    const { context, page, requests } = await visit(baseUrl + '#depth=20');
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Main chart: gradient norm per layer as PNG' }).click()]);
    await download.path();
    const customise = page.getByRole('button', { name: /^Customise this view/ });
    await customise.click();
    // the panel drops over the page: close it, as a reader would, before reaching under it
    await customise.click();
    expect(await customise.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Pin this run' }).click();
    const origin = new URL(baseUrl).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith('/sw.js'))).toBe(true);
    expect(requests.every((u) => !u.startsWith(origin) || new URL(u).pathname.startsWith(new URL(baseUrl).pathname))).toBe(true);
    await context.close();
  });

  it('the service worker keeps the build from its own folder: sw.js lists relative paths only', async () => {
    const response = await fetch(new URL('sw.js', baseUrl));
    expect(response.ok).toBe(true);
    const source = await response.text();
    const list = JSON.parse(source.match(/PRECACHE = (\{.*?\});/)![1]) as { version: string; files: string[] };
    expect(list.version).toMatch(/^[0-9a-f]{16}$/);
    expect(list.files).toContain('index.html');
    expect(list.files.some((f) => /^assets\/index-.*\.js$/.test(f))).toBe(true);
    expect(list.files.some((f) => /^assets\/compute\.worker-.*\.js$/.test(f))).toBe(true);
    expect(list.files.some((f) => f.endsWith('.woff2'))).toBe(true);
    for (const file of list.files) {
      expect(file).not.toMatch(/^\/|^https?:|\.\./);
      expect((await fetch(new URL(file, baseUrl))).ok).toBe(true);
    }
  });
});
