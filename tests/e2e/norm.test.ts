// Normalization and shared weights in real Chromium: the Normalization control and the weight
// sharing switch, by keyboard, change the URL, the chart and the equations; a link restores
// them and a bad value gives a notice; the LayerNorm warm-up's analytic Jacobian equals central
// differences; the overlay draws BatchNorm's rate for the plain network and says it has no line
// for LayerNorm or shared weights; the tied linear case shows ρ(W) beside ‖W‖₂.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART, storeState, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', width = 1280, height = 800): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width, height });
  await waitForSettled(opened.page);
  return opened;
}

/** The main chart's drawn lines, to tell one result from another. */
const chartPaths = (page: Page) => page.locator(`${MAIN_CHART} path`).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));

const normSelect = (page: Page) => page.getByRole('combobox', { name: 'Normalization' });
const tiedSwitch = (page: Page) => page.getByRole('switch', { name: 'Share weights across layers (recurrent)' });

describe('the Normalization control and the weight sharing switch', () => {
  it('by keyboard, change the URL, the store, the chart and the equations', async () => {
    const { page, context, errors } = await open('#arch=both&depth=30');
    const before = await chartPaths(page);
    expect(await page.locator('[data-eq="norm.ln.forward"]').count()).toBe(0);

    await normSelect(page).focus();
    await page.keyboard.press('ArrowDown'); // None → Pre-LN
    await waitForSettled(page);
    expect(page.url()).toMatch(/&norm=pre-ln(&|$)/);
    expect((await storeState(page)).params.norm).toBe('pre-ln');
    const preLn = await chartPaths(page);
    expect(preLn).not.toBe(before);
    expect(await page.locator('.equations [data-eq="norm.ln.forward"]').count()).toBe(2);
    expect(await page.locator('.equations [data-eq="residual.pre-ln.chain"]').count()).toBe(1);

    await tiedSwitch(page).focus();
    await page.keyboard.press('Space');
    await waitForSettled(page);
    expect(await tiedSwitch(page).isChecked()).toBe(true);
    expect(page.url()).toMatch(/&norm=pre-ln&tied=1(&|$)/);
    expect((await storeState(page)).params.tied).toBe(true);
    expect(await chartPaths(page)).not.toBe(preLn);
    await expect.poll(() => page.getByTestId('equations-tied').isVisible()).toBe(true);
    expect(await page.locator('.equations [data-eq="tied.backprop.sum"]').count()).toBe(2);

    expect(BAD_WORDS.test(await visibleText(page))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link with norm and tied restores both', async () => {
    const { page, context } = await open('#arch=plain&depth=20&norm=post-ln&tied=1');
    expect(await normSelect(page).inputValue()).toBe('post-ln');
    expect(await tiedSwitch(page).isChecked()).toBe(true);
    expect((await storeState(page)).params).toMatchObject({ norm: 'post-ln', tied: true });
    expect(await page.locator('.equations [data-eq="plain.post-ln.chain"]').count()).toBe(1);
    await context.close();
  });

  it('bad values give a notice, the defaults and a working page', async () => {
    const { page, context, errors } = await open('#depth=20&norm=layer&tied=maybe');
    const notices = (await page.getByRole('status').allInnerTexts()).join(' ');
    expect(notices).toContain('norm=layer is not one of none, pre-ln, post-ln, batch; using none');
    expect(notices).toContain('tied=maybe is not 1 or 0; using 0');
    expect(await normSelect(page).inputValue()).toBe('none');
    expect(await tiedSwitch(page).isChecked()).toBe(false);
    expect(page.url()).not.toMatch(/norm=|tied=/);
    expect(await page.locator(`${MAIN_CHART} path`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('BatchNorm and the new controls pass axe', async () => {
    const { page, context } = await open('#depth=20&norm=batch&tied=1');
    const results = await new AxeBuilder({ page }).include('.controls').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('the derivations and the overlay', () => {
  it('the LayerNorm warm-up: the analytic Jacobian equals central differences at the lab’s point, and follows x', async () => {
    const { page, context } = await open('#depth=10');
    const lab = page.getByTestId('ln-lab');
    await lab.scrollIntoViewIfNeeded();
    const read = async () => ({
      diff: Number(await lab.locator('[data-ln-diff]').getAttribute('data-ln-diff')),
      analytic: (await lab.locator('[data-matrix="ln-analytic"] td').allTextContents()).map((t) => t.trim()),
      numeric: (await lab.locator('[data-matrix="ln-numeric"] td').allTextContents()).map((t) => t.trim()),
    });
    // the lab sits in a deferred section: wait until its tables hold numbers
    await expect.poll(async () => (await read()).analytic.filter((t) => t !== '').length).toBe(9);
    const first = await read();
    expect(first.analytic).toHaveLength(9);
    expect(first.analytic).toEqual(first.numeric);
    expect(first.diff).toBeLessThan(1e-6);
    expect(await lab.innerText()).toMatch(/They agree/);

    await page.getByRole('textbox', { name: 'x₁', exact: true }).fill('2.5');
    await expect.poll(async () => (await read()).analytic.join()).not.toBe(first.analytic.join());
    const moved = await read();
    expect(moved.analytic).toEqual(moved.numeric);
    expect(moved.diff).toBeLessThan(1e-6);
    await context.close();
  });

  it('the overlay draws no line for LayerNorm or shared weights and says why', async () => {
    for (const hash of ['#depth=20&norm=pre-ln&theory=1', '#depth=20&tied=1&theory=1', '#depth=20&norm=batch&tied=1&theory=1']) {
      const { page, context } = await open(hash);
      await expect.poll(() => page.getByTestId('theory-missing').isVisible()).toBe(true);
      expect(await page.locator(`${MAIN_CHART} .theory-line`).count()).toBe(0);
      await context.close();
    }
    const { page, context } = await open('#depth=20&theory=1');
    await expect.poll(() => page.locator(`${MAIN_CHART} .theory-line`).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('theory-missing').count()).toBe(0);
    await context.close();
  });

  it('with BatchNorm (batch 16) the overlay draws the plain network’s rate and says what it is, for ReLU and tanh; the residual network gets a sentence', async () => {
    for (const [act, rate] of [['relu', '0.100'], ['tanh', '0.048']] as const) {
      const { page, context, errors } = await open(`#arch=both&depth=30&norm=batch&act=${act}&theory=1`);
      const note = page.getByTestId('theory-batchnorm');
      await expect.poll(() => note.locator('[data-bn-rate]').count(), { timeout: 20_000 }).toBe(1);
      await expect.poll(() => page.locator(`${MAIN_CHART} .theory-line`).count()).toBe(1);
      expect(await page.locator(`${MAIN_CHART} .theory-line.series--plain`).count()).toBe(1);
      const text = await note.innerText();
      expect(text).toMatch(/Yang et al\. \(2019\)/);
      expect(text).toMatch(/B = 16/);
      expect(text).toContain(`${rate} (λB`);
      expect(text).toMatch(/no residual line is drawn/);
      expect(await page.getByTestId('theory-missing').count()).toBe(0);
      const results = await new AxeBuilder({ page }).include('.main-figure').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('with shared weights the linear case shows ρ(W) beside ‖W‖₂, ρ ≤ ‖W‖₂', async () => {
    const { page, context } = await open('#arch=plain&depth=30&tied=1');
    const rates = page.getByTestId('tied-rates');
    await rates.scrollIntoViewIfNeeded();
    await expect.poll(() => rates.locator('[data-tied-radius]').count(), { timeout: 20_000 }).toBe(1);
    const rho = Number(await rates.locator('[data-tied-radius]').getAttribute('data-tied-radius'));
    const norm = Number(await rates.locator('[data-tied-norm]').getAttribute('data-tied-norm'));
    expect(rho).toBeLessThanOrEqual(norm);
    expect(await page.locator('[data-linear="linear.tiedRadius"]').count()).toBe(1);
    await context.close();
  });
});
