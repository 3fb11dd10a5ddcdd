// Sharing in real Chromium: copy link (with and without the Clipboard API), lock and hide
// through the URL, the customise panel, the selected layer and panel in the URL, embed mode
// inside an iframe, and pinned runs removed by keyboard.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART, storeState, visibleText, waitForSettled } from './pageState';
import { serveDist } from './staticServer';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', width = 1280, height = 800): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width, height });
  await waitForSettled(opened.page);
  return opened;
}

/** The visible controls that the element at `selector` overlaps (besides `except` and its contents), by text. */
async function controlsUnder(page: OpenedPage['page'], selector: string, except: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, except }) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      const own = document.querySelector(except);
      return Array.from(document.querySelectorAll('button, input, select, textarea, a[href], .theme-toggle'))
        .filter((el) => el !== own && !own?.contains(el))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 1 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        })
        .map((el) => (el.textContent ?? el.tagName).trim().slice(0, 30));
    },
    { selector, except },
  );
}

describe('copy link', () => {
  it('puts the current view on the clipboard and says "Link copied" in the button and out loud', async () => {
    const { page, context, errors } = await open('#depth=30&act=relu');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.share-bar .copy-link__done').isVisible()).toBe(true);
    expect(await page.locator('.share-bar [role="status"]').innerText()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(baseUrl + '#')).toBe(true);
    expect(copied).toContain('depth=30&');
    expect(copied).toContain('act=relu');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [width, height] of [[1024, 768], [1920, 1080]]) {
    it(`at ${width}×${height} the header's status and buttons fit one row, and the confirmation covers no control`, async () => {
      const { page, context } = await open('#depth=30', width, height);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      const rows = await page.evaluate(() => {
        const items = Array.from(document.querySelectorAll('.app-header__side button, .app-header__side .theme-toggle, .app-header .status-line'));
        const middles = items.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2).sort((a, b) => a - b);
        // a new row starts where a middle is more than 10 px below the one before
        return middles.filter((y, i) => i === 0 || y - middles[i - 1] > 10).length;
      });
      const size = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);
      const before = await size('.share-bar .copy-link__button');
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.locator('.share-bar .copy-link__done').isVisible()).toBe(true);
      expect(rows).toBe(1);
      expect(await size('.share-bar .copy-link__button')).toBe(before);
      expect(await controlsUnder(page, '.share-bar .copy-link__done', '.share-bar .copy-link__button')).toEqual([]);
      await context.close();
    });
  }

  it('without the Clipboard API it falls back and still confirms, or shows the link to copy by hand', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(baseUrl + '#depth=12');
    await waitForSettled(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.locator('.share-bar .copy-link__status');
    await expect.poll(() => status.innerText()).toMatch(/Link copied|press Ctrl\+C/);
    if ((await status.innerText()).includes('Ctrl+C')) {
      expect(await page.getByRole('textbox', { name: 'Link to copy' }).inputValue()).toContain('depth=12&');
    }
    await context.close();
  });
});

describe('lock and hide through the URL', () => {
  it('locked controls are disabled with a padlock and a reason; hidden ones are absent', async () => {
    const { page, context, errors } = await open('#depth=40&lock=depth,act&hide=init');
    const depth = page.getByRole('slider', { name: /^Depth/ });
    expect(await depth.isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: /^Activation/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('group', { name: 'Depth, locked' }).count()).toBe(1);
    expect(await page.getByText('Locked for this exercise').count()).toBe(2);
    expect(await page.getByRole('radio', { name: 'Orthogonal', exact: true }).count()).toBe(0);
    expect(await page.getByText(/This link hides one control \(init\)/).isVisible()).toBe(true);
    expect(await page.getByRole('slider', { name: /^Weight scale/ }).isDisabled()).toBe(false);
    // The keyboard cannot move a locked slider either.
    await depth.focus().catch(() => undefined);
    await page.keyboard.press('ArrowRight');
    expect((await storeState(page)).params.depth).toBe(40);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a malformed lock or hide value gets a notice and a sane state', async () => {
    const { page, context } = await open('#lock=depth,<b>bogus&hide=%%%');
    const notices = (await page.getByRole('status').allInnerTexts()).join(' ');
    expect(notices).toMatch(/lock=depth,<b>bogus names no control/);
    expect(notices).toMatch(/hide=%%% names no control/);
    expect(await page.getByRole('slider', { name: /^Depth/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('slider', { name: /^Width/ }).isDisabled()).toBe(false);
    expect(page.url()).toMatch(/&lock=depth$/);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await context.close();
  });
});

describe('customise this view', () => {
  it('locks and hides from the panel, writes the URL and the link, and closes with Escape', async () => {
    const { page, context } = await open();
    const toggle = page.getByRole('button', { name: /^Customise this view/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.waitForFunction(() => location.hash.includes('panel=customise'));
    const panel = page.getByRole('region', { name: 'Customise this view' });
    await panel.getByRole('group', { name: 'Width' }).getByRole('radio', { name: 'Locked' }).check();
    await panel.getByRole('group', { name: 'Seed' }).getByRole('radio', { name: 'Hidden' }).check();
    await page.waitForFunction(() => location.hash.includes('lock=width') && location.hash.includes('hide=seed'));
    expect(await page.getByRole('slider', { name: /^Width/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Re-roll seed' }).count()).toBe(0);

    const link = await panel.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link).toMatch(/&lock=width&hide=seed$/);
    expect(link).not.toContain('panel=');
    const code = await panel.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(/^<iframe src="http.*&amp;lock=width&amp;hide=seed&amp;embed=1"/);

    await panel.getByRole('radio', { name: 'Locked' }).first().focus();
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Customise this view/);
    await page.waitForFunction(() => !location.hash.includes('panel='));
    await context.close();
  });

  it('the open panel and the selected layer survive a reload', async () => {
    const { page, context } = await open('#depth=20&panel=export');
    expect(await page.getByRole('region', { name: 'Export' }).isVisible()).toBe(true);
    const chart = page.locator(MAIN_CHART);
    await chart.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /&panel=export&layer=\d+/.test(location.hash));
    const layer = (await page.evaluate(() => location.hash)).match(/layer=(\d+)/)![1];
    await page.reload();
    await waitForSettled(page);
    const state = await page.evaluate(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { selectedLayer: number | null; panel: string | null } } } }).gradientFlow.store.getState();
      return { selectedLayer: s.selectedLayer, panel: s.panel };
    });
    expect(state).toEqual({ selectedLayer: Number(layer), panel: 'export' });
    await context.close();
  });
});

describe('embed mode', () => {
  it.each(['?embed=1#depth=25&lock=depth', '#depth=25&lock=depth&embed=1'])('%s shows the figure and controls only, linking back', async (suffix) => {
    const { page, context, errors } = await open(suffix, 900, 640);
    expect(await page.locator(MAIN_CHART).isVisible()).toBe(true);
    expect(await page.getByRole('slider', { name: /^Depth/ }).isDisabled()).toBe(true);
    expect(await page.locator('.equations').count()).toBe(0);
    expect(await page.locator('.small-multiples').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    const back = page.getByRole('link', { name: /Open the full page/ });
    expect(await back.getAttribute('target')).toBe('_top');
    const href = (await back.getAttribute('href')) ?? '';
    expect(href.startsWith(baseUrl + '#')).toBe(true);
    expect(href).toContain('depth=25&');
    expect(href).toContain('lock=depth');
    expect(href).not.toContain('embed');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works inside an iframe, and its link replaces the whole course page', async () => {
    // A course page on another origin (both loopback: Chromium keeps public pages from framing local ones).
    const folder = mkdtempSync(join(tmpdir(), 'course-'));
    writeFileSync(join(folder, 'index.html'), `<h1>Week 3</h1><iframe src="${baseUrl}#depth=18&amp;embed=1" width="1000" height="700" title="Gradient Flow"></iframe>`);
    const course = await serveDist(folder, '/week-3/');
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(course.url);
    const frame = page.frameLocator('iframe');
    await frame.locator(`${MAIN_CHART} path.series-line`).first().waitFor();
    await frame.getByRole('link', { name: /Open the full page/ }).click();
    await page.waitForURL((url) => url.href.startsWith(baseUrl));
    await waitForSettled(page);
    expect(page.url()).toContain('depth=18&');
    expect(page.url()).not.toContain('embed');
    expect(await page.locator('.equations').count()).toBe(1);
    await context.close();
    await course.close();
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('pinned runs', () => {
  it('stay on the chart as the settings change, and are removed with the keyboard', async () => {
    const { page, context } = await open('#depth=30');
    await page.getByRole('button', { name: 'Pin this run' }).click();
    const slider = page.getByRole('slider', { name: /^Weight scale/ });
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await waitForSettled(page);
    await page.getByRole('button', { name: 'Pin this run' }).click();
    await page.getByRole('slider', { name: /^Depth/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await waitForSettled(page);

    expect(await page.locator(`${MAIN_CHART} .pinned path.series-line`).count()).toBe(4);
    const legend = page.getByRole('list', { name: 'Pinned runs' });
    expect(await legend.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('L = 30, tanh, σ_w = 1'),
      expect.stringMatching(/L = 30, tanh, σ_w = 1\.\d+/),
    ]);
    const remove = page.getByRole('button', { name: /^Remove pin 1: L = 30/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    expect(await legend.getByRole('listitem').count()).toBe(1);
    expect(await page.locator(`${MAIN_CHART} .pinned[data-tag="1"]`).count()).toBe(0);
    expect(await page.locator(`${MAIN_CHART} .pinned[data-tag="2"] path`).count()).toBe(2);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await context.close();
  });

  it('refuses a sixth pin with a reason', async () => {
    const { page, context } = await open('#depth=10');
    for (let depth = 10; depth < 16; depth++) {
      await page.evaluate((d) => {
        (globalThis as unknown as { gradientFlow: { store: { getState: () => { setParam: (k: string, v: number) => void } } } }).gradientFlow.store.getState().setParam('depth', d);
      }, depth);
      await waitForSettled(page);
      // forced: the sixth time the button is aria-disabled, and a click must do nothing
      await page.getByRole('button', { name: 'Pin this run' }).click({ force: true });
    }
    expect(await page.getByRole('list', { name: 'Pinned runs' }).getByRole('listitem').count()).toBe(5);
    expect(await page.getByText(/5 pins is the most one chart can show/).isVisible()).toBe(true);
    await context.close();
  });
});

describe('accessibility of the sharing tools', () => {
  it.each([
    ['#depth=30&lock=depth,act&hide=init&panel=customise', 'light'],
    ['#depth=30&panel=export', 'dark'],
    ['#depth=30&lock=depth&embed=1', 'dark'],
  ] as const)('%s (%s) has no axe violation in the toolbar, panels, locked controls, pins or embed bar', async (hash, colorScheme) => {
    const opened = await openPage(browser, baseUrl + hash, { width: 1440, height: 900, colorScheme });
    const { page, context } = opened;
    await waitForSettled(page);
    await page.evaluate(() => {
      (globalThis as unknown as { gradientFlow: { store: { getState: () => { pinCurrent: () => void } } } }).gradientFlow.store.getState().pinCurrent();
    });
    await page.locator('.pins__legend').waitFor();
    const results = await new AxeBuilder({ page }).include('.share-bar').include('.controls').include('.pins').include('.embed__bar').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
