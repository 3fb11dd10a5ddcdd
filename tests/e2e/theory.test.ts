// The theory views in real Chromium on the built page: the mean-field overlay toggles dotted
// paths on the chart; the phase diagram fills in and a click (or Enter) on a cell moves σ_w and
// σ_b (or the depth) in the URL; the spectrum shows four histograms with their numbers; wide
// networks get a plain message and a way out; nothing prints NaN or Infinity.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART, storeState, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash: string, width = 1280, height = 900, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width, height, colorScheme });
  await waitForSettled(opened.page);
  return opened;
}

interface TheoryView {
  phaseStatus: string;
  cells: number[];
  spectrumStatus: string;
  spectra: number;
}

async function theoryState(page: Page): Promise<TheoryView> {
  return page.evaluate(() => {
    const g = (globalThis as unknown as { gradientFlow: { store: { getState: () => Record<string, never> } } }).gradientFlow;
    const s = g.store.getState() as unknown as {
      phase: { status: string; grids: Record<string, { count: number }> };
      spectrum: { status: string; spectra: unknown[] };
    };
    return {
      phaseStatus: s.phase.status,
      cells: Object.values(s.phase.grids).map((grid) => grid.count),
      spectrumStatus: s.spectrum.status,
      spectra: s.spectrum.spectra.length,
    };
  });
}

const hashParam = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

describe('theory overlay', () => {
  it('the toggle draws one dotted theory path per curve, puts theory=1 in the URL and explains it', async () => {
    const { page, context, errors } = await open('#arch=both&depth=40');
    expect(await page.locator(`${MAIN_CHART} path.theory-line`).count()).toBe(0);
    const toggle = page.getByRole('button', { name: 'Mean-field theory' });
    await toggle.click();
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} path.theory-line`).length === 2, MAIN_CHART);
    const paths = await page.$$eval(`${MAIN_CHART} path.theory-line`, (ps) => ps.map((p) => ({ d: p.getAttribute('d') ?? '', dash: getComputedStyle(p).strokeDasharray })));
    for (const p of paths) {
      expect(p.d).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(p.dash).not.toBe('none');
    }
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => location.hash.includes('theory=1'));
    const note = page.locator('.theory-note');
    await note.getByText(/q\* = /).waitFor();
    expect(await note.innerText()).toMatch(/Poole et al\. \(2016\)/);
    expect(await note.innerText()).toMatch(/ξ = ∞: critical/);
    expect(await page.locator('.theory-note .katex').count()).toBeGreaterThan(5);
    await page.screenshot({ path: artifactPath('theory-overlay.png') });
    await toggle.click();
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} path.theory-line`).length === 0, MAIN_CHART);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('states a finite depth scale off criticality', async () => {
    const { page, context } = await open('#depth=30&act=tanh&sw=1.5&sb=0.3&theory=1');
    const note = page.locator('.theory-note');
    await note.getByText(/ξ = 16\.9 layers/).waitFor();
    expect(await note.innerText()).toMatch(/q\* = 0\.961/);
    await context.close();
  });
});

describe('phase diagram', () => {
  it('fills in, marks the setting, and a click on a cell moves σ_w and σ_b in the URL', async () => {
    const { page, context, errors } = await open('#depth=20&width=16');
    await page.getByRole('button', { name: /Phase diagram/ }).click();
    await page.waitForFunction(() => location.hash.includes('phase=sb'));
    await page.waitForFunction(
      () => (globalThis as unknown as { gradientFlow: { store: { getState: () => { phase: { status: string } } } } }).gradientFlow.store.getState().phase.status === 'done',
      undefined,
      { timeout: 60_000 },
    );
    const state = await theoryState(page);
    expect(state.cells).toEqual([384, 384]);
    const plain = page.locator('.phase-map').first();
    expect(await plain.locator('.phase-cell--pending').count()).toBe(0);
    expect(await plain.locator('.phase-map__critical').count()).toBe(1);
    expect(await plain.locator('.phase-map__marker').count()).toBe(1);
    expect(await page.locator('.phase-status').innerText()).toMatch(/width 16, 4 inputs, depth 20/);
    await page.screenshot({ path: artifactPath('theory-phase.png'), fullPage: true });
    // the cell with ix = 12, iy = 5: σ_w = 0.25 + 0.125·12 = 1.75, σ_b = 1
    await plain.locator('rect.phase-cell').nth(5 * 24 + 12).click();
    await page.waitForFunction(() => location.hash.includes('sw=1.75') && location.hash.includes('sb=1&'));
    await waitForSettled(page);
    expect((await storeState(page)).params).toMatchObject({ sigmaW: 1.75, sigmaB: 1 });
    // a σ_w change only moves the marker: the diagram is not measured again
    expect((await theoryState(page)).phaseStatus).toBe('done');
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard: arrow keys move the focused cell and Enter uses it; the depth mode moves the depth', async () => {
    const { page, context } = await open('#depth=30&width=8&sw=1&sb=0&phase=depth');
    const plain = page.locator('.phase-map svg').first();
    await plain.waitFor();
    await plain.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // focus starts on the cell nearest σ_w = 1, L = 30 (ix = 6; iy = 7, L = 25): two right, one down
    await page.waitForFunction(() => location.hash.includes('sw=1.25') && location.hash.includes('depth=16&'));
    expect(hashParam(page, 'phase')).toBe('depth');
    await context.close();
  });

  it('a newer setting supersedes the running diagram: only the new one fills in', async () => {
    const { page, context } = await open('#depth=200&width=16&phase=sb');
    await page.waitForFunction(
      () => (globalThis as unknown as { gradientFlow: { store: { getState: () => { phase: { grids: { plain?: { count: number } } } } } } }).gradientFlow.store.getState().phase.grids.plain!.count > 0,
    );
    const slider = page.getByRole('slider', { name: /^Depth/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash.includes('depth=1&'));
    await page.waitForFunction(
      () => (globalThis as unknown as { gradientFlow: { store: { getState: () => { phase: { status: string } } } } }).gradientFlow.store.getState().phase.status === 'done',
      undefined,
      { timeout: 60_000 },
    );
    // off screen, the section takes the new state once the parameters have been still for 250 ms
    await expect.poll(() => page.locator('.phase-status').innerText()).toMatch(/depth 1;/);
    await context.close();
  });
});

describe('Jacobian spectrum', () => {
  it('shows four histograms with the largest singular value and the condition number', async () => {
    const { page, context, errors } = await open('#depth=20&width=32&act=tanh&sw=1&sb=0&s=0.1&spectrum=1');
    await page.waitForFunction(
      () => (globalThis as unknown as { gradientFlow: { store: { getState: () => { spectrum: { status: string } } } } }).gradientFlow.store.getState().spectrum.status === 'done',
      undefined,
      { timeout: 60_000 },
    );
    expect((await theoryState(page)).spectra).toBe(4);
    expect(await page.locator('svg.spectrum-hist').count()).toBe(4);
    expect(await page.locator('.spectrum-hist__bar').count()).toBeGreaterThan(4);
    const cards = await page.locator('.spectrum-card').allInnerTexts();
    expect(cards).toHaveLength(4);
    for (const text of cards) expect(text).toMatch(/largest s\s+\S+[\s\S]*condition number κ\s+\S+/);
    // tanh near criticality with orthogonal weights: all singular values within a factor of 10
    const labels = await page.locator('svg.spectrum-hist').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
    expect(labels.find((l) => l.startsWith('Plain, orthogonal'))).toMatch(/condition number (\d\.\d|\d\d?)$/);
    expect(labels.find((l) => l.startsWith('Plain, Gaussian'))).toMatch(/condition number \d\.\d×10/);
    await page.screenshot({ path: artifactPath('theory-spectrum.png'), fullPage: true });
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a network wider than 128 gets a plain message and a button that sets the width to 128', async () => {
    const { page, context } = await open('#depth=10&width=256&spectrum=1');
    await page.getByText(/computed for widths up to 128/).waitFor();
    await page.locator('.deeper-views').getByRole('button', { name: 'Use width 128' }).click();
    await page.waitForFunction(() => location.hash.includes('width=128&'));
    await page.waitForFunction(() => document.querySelectorAll('svg.spectrum-hist').length === 4, undefined, { timeout: 60_000 });
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await context.close();
  });
});

describe('accessibility of the theory views', () => {
  it.each(['light', 'dark'] as const)('axe finds no violation with the overlay, the phase diagram and the spectrum open (%s)', async (scheme) => {
    const { page, context } = await open('#depth=20&width=16&theory=1&phase=sb&spectrum=1', 1280, 900, scheme);
    await page.waitForFunction(
      () => {
        const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { phase: { status: string }; spectrum: { status: string } } } } }).gradientFlow.store.getState();
        return s.phase.status === 'done' && s.spectrum.status === 'done';
      },
      undefined,
      { timeout: 60_000 },
    );
    const results = await new AxeBuilder({ page }).include('.deeper-views').include('.theory-note').include('.figure-head').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
