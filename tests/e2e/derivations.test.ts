// The derivations in real Chromium: every formula rendered, the equation numbers equal to what
// the core computed for the selected layer, the residual proof revealed in order by keyboard,
// the Jacobian lab reacting to x and to a ReLU kink, and the linear case's numbers.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { log10Parts } from '../../src/ui/format';
import { artifactPath, openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', width = 1280, height = 800): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width, height });
  await waitForSettled(opened.page);
  return opened;
}

/** The text Log10Number prints for a log10 value: "0.0856", "2.80×10−14" (a real minus in <sup>). */
function shown(log10: number, digits = 3): string {
  const parts = log10Parts(log10, digits);
  if ('text' in parts) return parts.text;
  return `${parts.mantissa}×10${parts.exponent < 0 ? `−${-parts.exponent}` : parts.exponent}`;
}

/** What the core computed for layer k, read from the store exactly as the page holds it. */
async function coreNumbers(page: Page, arch: 'plain' | 'residual', k: number) {
  return page.evaluate(
    ({ arch, k }) => {
      type Spread = { p50: Float64Array };
      type ArchResult = { gradF: Spread; meanD: Float64Array; gradW: Float64Array; gradB: Float64Array };
      type Detail = { k: number; alpha: number; plain: { log10Norm: number } | null; residual: { log10Norm: number } | null };
      const s = (globalThis as unknown as {
        gradientFlow: { store: { getState: () => { result: Record<string, ArchResult>; layerDetail: { value: Detail | null; status: string } } } };
      }).gradientFlow.store.getState();
      const a = s.result[arch];
      const d = s.layerDetail.value!;
      return {
        gradF: a.gradF.p50[k],
        gradFPrev: a.gradF.p50[k - 1],
        meanD: a.meanD[k - 1],
        gradW: a.gradW[k - 1],
        gradB: a.gradB[k - 1],
        detailLayer: d.k,
        jacobian: d[arch]!.log10Norm + (arch === 'residual' ? Math.log10(d.alpha) : 0),
      };
    },
    { arch, k },
  );
}

/** innerText of an element, read as the reader sees it: sections off screen skip rendering (content-visibility). */
async function shownText(page: Page, selector: string): Promise<string> {
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  // the browser renders a section that came on screen at its next frame
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return el.innerText();
}

const termText = (page: Page, arch: string, term: string) => shownText(page, `[data-theorem="${arch}"] [data-term="${term}"] .term__value`);

/** Waits until the layer-detail job has answered for layer k. */
async function waitForDetail(page: Page, k: number): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { layerDetail: { status: string; value: { k: number } | null } } } } }).gradientFlow.store.getState();
      return s.layerDetail.status === 'done' && s.layerDetail.value?.k === k;
    },
    k,
    { timeout: 30_000, polling: 50 },
  );
}

describe('derivations', () => {
  it('render every formula with KaTeX, keep MathML, and show no broken value', async () => {
    const { page, errors, foreignRequests, context } = await open();
    const section = page.locator('section.derivations');
    await expect(section.isVisible()).resolves.toBe(true);
    expect(await section.locator('.katex-error').count()).toBe(0);
    expect(await section.locator('.katex').count()).toBeGreaterThan(40);
    expect(await section.locator('.katex math').count()).toBe(await section.locator('.katex').count());
    await waitForDetail(page, 1);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('selecting a layer on the chart by keyboard fills the equations with that layer’s numbers', async () => {
    const { page, context } = await open();
    // focus the chart (it starts at the top layer L = 50), step down 8 layers, pin with Enter
    await page.locator(MAIN_CHART).focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const k = 42;
    await page.waitForFunction((k) => document.querySelector('[data-theorem="plain"] [data-theorem-layer]')?.textContent === String(k), k);
    await waitForDetail(page, k);
    for (const arch of ['plain', 'residual'] as const) {
      const core = await coreNumbers(page, arch, k);
      expect(core.detailLayer).toBe(k);
      expect(await termText(page, arch, 'gradF')).toBe(shown(core.gradF));
      expect(await termText(page, arch, 'gradFPrev')).toBe(shown(core.gradFPrev));
      expect(await termText(page, arch, 'gradW')).toBe(shown(core.gradW));
      expect(await termText(page, arch, 'gradB')).toBe(shown(core.gradB));
      expect(await termText(page, arch, 'meanD')).toBe(core.meanD.toFixed(3));
      expect((await termText(page, arch, 'jacobian')).replace(/^≈ /, '')).toBe(shown(core.jacobian));
    }
    await context.close();
  });

  it('the layer picker selects a layer too, and a bad entry gets a message', async () => {
    const { page, context } = await open();
    const input = page.locator('.layer-picker__input');
    await input.fill('7');
    await waitForDetail(page, 7);
    const core = await coreNumbers(page, 'plain', 7);
    expect(await termText(page, 'plain', 'gradF')).toBe(shown(core.gradF));
    await input.fill('900');
    await expect(page.getByText('The layer must be a whole number from 1 to 50; showing layer 7.').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Next layer' }).click();
    await waitForDetail(page, 8);
    await context.close();
  });

  it('pointing at a term marks its layer and emphasises its curve on the main chart', async () => {
    const { page, context } = await open();
    await page.locator('[data-theorem="residual"] [data-term="gradFPrev"]').focus();
    await page.waitForSelector(`${MAIN_CHART} .series-emphasis--residual`);
    const view = await page.evaluate(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { hoverLayer: number | null; highlightSeries: unknown } } } }).gradientFlow.store.getState();
      return { hoverLayer: s.hoverLayer, highlight: s.highlightSeries };
    });
    expect(view).toEqual({ hoverLayer: 0, highlight: { arch: 'residual', quantity: 'gradF' } });
    await page.locator('[data-theorem="residual"] [data-term="gradFPrev"]').blur();
    await page.waitForSelector(`${MAIN_CHART} .series-emphasis--residual`, { state: 'detached' });
    await context.close();
  });

  it('the residual proof reveals its steps in order by keyboard, and goes back', async () => {
    const { page, context } = await open();
    const proof = page.locator('[data-proof="residual"]');
    await proof.focus();
    const steps = () => proof.locator('li[data-step]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')));
    const firstMath = () => proof.locator('li[data-step]').last().locator('[data-math]').first().getAttribute('data-math');
    const order = ['residual.proof.h', 'residual.proof.recursion', 'residual.proof.jacobian', 'residual.proof.chain', 'residual.proof.split', 'residual.proof.params', 'residual.proof.bound'];
    expect(await steps()).toEqual(['1']);
    for (let i = 1; i < order.length; i++) {
      await page.keyboard.press('ArrowRight');
      expect(await steps()).toEqual(order.slice(0, i + 1).map((_, j) => String(j + 1)));
      expect(await firstMath()).toBe(order[i]);
      expect(await proof.getAttribute('aria-label')).toBe(`Proof of the residual backprop equations: step ${i + 1} of ${order.length} shown`);
    }
    await page.keyboard.press('ArrowRight');
    expect(await steps()).toHaveLength(order.length);
    await page.keyboard.press('ArrowLeft');
    expect(await steps()).toHaveLength(order.length - 1);
    await page.keyboard.press('Home');
    expect(await steps()).toEqual(['1']);
    // the button does the same, and keeps focus when it reaches the end
    const next = proof.getByRole('button', { name: 'Next step' });
    for (let i = 1; i < order.length; i++) await next.click();
    expect(await steps()).toHaveLength(order.length);
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await next.click({ force: true });
    expect(await steps()).toHaveLength(order.length);
    expect(await next.evaluate((b) => b === document.activeElement)).toBe(true);
    await context.close();
  });

  it('the lab: x moves D and both Jacobians, which agree to 1e-6 away from a kink', async () => {
    const { page, context } = await open();
    const lab = page.locator('.lab[aria-labelledby="lab-heading"]');
    const matrix = (name: string) => lab.locator(`[data-matrix="${name}"] td`).allInnerTexts();
    const before = { D: await matrix('D'), J: await matrix('ADB') };
    const diff = async () => Number(await lab.locator('[data-lab-diff]').getAttribute('data-lab-diff'));
    expect(await diff()).toBeLessThan(1e-6);
    await lab.getByRole('textbox', { name: 'x₁' }).fill('0.35');
    expect(await matrix('D')).not.toEqual(before.D);
    expect(await matrix('ADB')).not.toEqual(before.J);
    expect(await matrix('ADB')).toEqual(await matrix('numeric'));
    expect(await diff()).toBeLessThan(1e-6);
    await lab.getByRole('textbox', { name: 'x₁' }).fill('abc');
    await expect(lab.getByRole('alert').innerText()).resolves.toMatch(/x₁ must be a number from −5 to 5; keeping 0\.350/);
    await context.close();
  });

  it('the lab at a ReLU kink says why the derivative is one-sided', async () => {
    const { page, context } = await open('#act=relu');
    const lab = page.locator('.lab[aria-labelledby="lab-heading"]');
    await lab.getByRole('button', { name: 'z₂ = 0' }).click();
    const notice = lab.locator('[data-kink]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kink')).toBe('1');
    const text = await notice.innerText();
    expect(text).toMatch(/on the kink/);
    expect(text).toMatch(/only the one-sided derivatives do/);
    expect(text).toMatch(/\(0 \+ 1\) \/ 2 = 0\.5/);
    expect(Number(await lab.locator('[data-lab-diff]').getAttribute('data-lab-diff'))).toBeGreaterThan(1e-3);
    await lab.screenshot({ path: artifactPath('derivations-lab-kink.png') });
    await context.close();
  });

  it('the linear case shows the worker’s three norms, and says plainly when the width is too large', async () => {
    const { page, context } = await open();
    await page.waitForFunction(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { linearCase: { status: string } } } } }).gradientFlow.store.getState();
      return s.linearCase.status === 'done';
    });
    const norms = await page.evaluate(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { linearCase: { value: Record<string, number> } } } } }).gradientFlow.store.getState();
      return s.linearCase.value;
    });
    const cell = (id: string) => shownText(page, `[data-linear="${id}"] [data-value]`);
    expect(await cell('linear.productNorm')).toBe(shown(norms.log10ProductNorm));
    expect(await cell('linear.normProduct')).toBe(shown(norms.log10NormProduct));
    expect(await cell('linear.sigmaPower')).toBe(shown(norms.log10SigmaWPower));
    await page.getByRole('button', { name: 'More layers' }).click();
    await page.waitForFunction(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { linearCase: { status: string; value: { log10LayerNorms: Float64Array } } } } } }).gradientFlow.store.getState();
      return s.linearCase.status === 'done' && s.linearCase.value.log10LayerNorms.length === 55;
    });
    await context.close();
    // a link that locks depth and width keeps the derivations' shortcuts from changing them
    const locked = await open('#width=256&lock=depth,sw,width');
    expect(await locked.page.getByRole('button', { name: 'More layers' }).count()).toBe(0);
    expect(await locked.page.getByRole('button', { name: 'Larger weight scale' }).count()).toBe(0);
    expect(await locked.page.getByRole('button', { name: 'Use width 128' }).count()).toBe(0);
    await locked.context.close();
    const wide = await open('#width=256');
    expect(await wide.page.getByRole('button', { name: 'Use width 128' }).count()).toBe(1);
    await expect(wide.page.getByText('Not computed at width n = 256').isVisible()).resolves.toBe(true);
    await wide.context.close();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations with every step revealed (%s)', async (colorScheme) => {
    const { page, context } = await openPage(browser, baseUrl, { colorScheme });
    await waitForSettled(page);
    await waitForDetail(page, 1);
    await page.evaluate(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { setProofStep(p: string, n: number): void } } } }).gradientFlow.store.getState();
      for (const proof of ['jacobian.affine', 'jacobian.activation', 'jacobian.chain', 'jacobian.layernorm', 'plain', 'residual']) s.setProofStep(proof, 99);
    });
    expect(await page.locator('section.derivations').getByRole('button', { name: 'Show all' }).count()).toBe(0);
    await page.locator('[data-theorem="plain"] [data-term="gradF"]').focus();
    const results = await new AxeBuilder({ page }).include('section.derivations').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  }, 240_000);

  it.each([
    [1920, 1080],
    [1024, 768],
  ])('fits %i×%i without horizontal overflow (screenshot saved)', async (width, height) => {
    const { page, context } = await open('', width, height);
    await waitForDetail(page, 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('section.derivations').screenshot({ path: artifactPath(`derivations-${width}x${height}.png`) });
    await context.close();
  });
});
