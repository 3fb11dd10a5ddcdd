// The derivations follow the Normalization setting and the shared-weights switch in real
// Chromium: each link opens the theorem and proof of its setting, the numbers they quote are
// the core's (1/s from the layer detail, ρ(W) from the linear case), and the revealed proof has
// no accessibility violations.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, withBrowser } from './browser';
import { waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

type Store = {
  setProofStep(p: string, n: number): void;
  layerDetail: { status: string; value: { k: number; plain: { log10LnGain: number | null } | null; residual: { log10LnGain: number | null } | null } | null };
  linearCase: { value: { tied: { log10SpectralRadius: number; log10SpectralNorm: number } | null } | null };
  result: Record<string, { gradF: { p50: Float64Array } }>;
};
const state = (page: Page) => page.evaluate(() => {
  const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => Store } } }).gradientFlow.store.getState();
  return { layerDetail: s.layerDetail, linearCase: s.linearCase, gradF1: { plain: s.result.plain?.gradF.p50[1], residual: s.result.residual?.gradF.p50[1] } };
});

async function open(hash: string): Promise<Page> {
  const { page } = await openPage(browser, baseUrl + hash, { width: 1280, height: 800 });
  await waitForSettled(page);
  await page.evaluate(() => {
    const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => Store } } }).gradientFlow.store.getState();
    for (const proof of ['plain', 'residual']) s.setProofStep(proof, 99);
  });
  return page;
}

/** Scrolls a deferred section's element into view and waits until it holds what `test` wants. */
async function textOf(page: Page, selector: string, test: (text: string) => boolean): Promise<string> {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await expect.poll(async () => test((await el.textContent()) ?? ''), { timeout: 30_000, interval: 100 }).toBe(true);
  return (await el.textContent()) ?? '';
}

const variantOf = (page: Page, id: string) => page.locator(`#${id}`).locator('xpath=..').getAttribute('data-variant');

describe('the derivations follow the setting', () => {
  it('#arch=both&norm=pre-ln: LN’s Jacobian in each factor, 1/s as the core computed it', async () => {
    const page = await open('#arch=both&norm=pre-ln');
    await textOf(page, '[data-proof="plain"] [data-math="plain.pre-ln.proof.step"]', (t) => t.length > 0);
    expect(await variantOf(page, 'derivation-plain')).toBe('plain:pre-ln');
    expect(await variantOf(page, 'derivation-residual')).toBe('residual:pre-ln');
    expect(await page.locator('[data-proof="residual"] [data-math="residual.pre-ln.proof.split"]').count()).toBe(1);
    const sentence = page.locator('[data-sentence="ln"] [data-ln-gain]').first();
    await textOf(page, '[data-sentence="ln"]', (t) => t.includes('1/s'));
    const { layerDetail } = await state(page);
    expect(layerDetail.value!.k).toBe(1);
    expect(Number(await sentence.getAttribute('data-ln-gain'))).toBe(layerDetail.value!.plain!.log10LnGain);
    const text = (await sentence.textContent())!.replace('−', '-');
    expect(Number(text)).toBeCloseTo(10 ** layerDetail.value!.plain!.log10LnGain!, 3);
    await page.context().close();
  }, 120_000);

  it('#norm=post-ln&arch=residual: the identity path passes through J_LN; 1/s is the core’s; axe finds nothing', async () => {
    const page = await open('#norm=post-ln&arch=residual');
    await textOf(page, '[data-proof="residual"] [data-math="residual.post-ln.proof.chain"]', (t) => t.length > 0);
    expect(await variantOf(page, 'derivation-residual')).toBe('residual:post-ln');
    expect(await page.locator('[data-proof="residual"] [data-math="residual.post-ln.chain"]').count()).toBe(1);
    await textOf(page, '#derivation-residual ~ .why-box', (t) => t.includes('Why Post-LN can lose the gradient') && t.includes('1/s ='));
    const { layerDetail } = await state(page);
    const gain = page.locator('[data-sentence="residual"] [data-ln-gain]');
    expect(Number(await gain.getAttribute('data-ln-gain'))).toBe(layerDetail.value!.residual!.log10LnGain);
    expect(Number((await gain.textContent())!.replace('−', '-'))).toBeCloseTo(10 ** layerDetail.value!.residual!.log10LnGain!, 3);
    const results = await new AxeBuilder({ page }).include('[data-proof="residual"]').include('[data-theorem="residual"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('#norm=batch: the BN step couples the samples; no per-input spectral norm, the gradient norms are the core’s', async () => {
    const page = await open('#norm=batch');
    await textOf(page, '[data-proof="plain"] [data-math="batch.proof.jacobian"]', (t) => t.length > 0);
    expect(await variantOf(page, 'derivation-plain')).toBe('plain:batch');
    expect(await page.locator('[data-proof="plain"]').textContent()).toContain('BatchNorm couples the samples');
    expect(await page.locator('[data-theorem] [data-term="jacobian"]').count()).toBe(0);
    const value = await textOf(page, '[data-theorem="plain"] [data-term="gradF"] .term__value', (t) => /\d/.test(t));
    const { gradF1, layerDetail } = await state(page);
    expect(layerDetail.status).toBe('unavailable');
    const [mantissa, exponent] = value.replace(/−/g, '-').split('×10');
    expect(Math.log10(Number(mantissa) * 10 ** Number(exponent ?? 0))).toBeCloseTo(gradF1.plain!, 2);
    await page.context().close();
  }, 120_000);

  it('#tied=1&act=identity: one W in the product, ρ(W) beside ‖W‖₂ as the core computed them', async () => {
    const page = await open('#tied=1&act=identity');
    await textOf(page, '[data-proof="plain"] [data-math="tied.chain.linear"]', (t) => t.length > 0);
    expect(await variantOf(page, 'derivation-plain')).toBe('plain:none:tied');
    await textOf(page, '[data-proof="plain"] [data-sentence="tied"]', (t) => t.includes('ρ(W)'));
    const { linearCase } = await state(page);
    const radius = page.locator('[data-proof="plain"] [data-tied-radius]');
    expect(Number(await radius.getAttribute('data-tied-radius'))).toBe(linearCase.value!.tied!.log10SpectralRadius);
    expect(Number(await page.locator('[data-proof="plain"] [data-tied-norm]').getAttribute('data-tied-norm'))).toBe(linearCase.value!.tied!.log10SpectralNorm);
    expect(Number((await radius.textContent())!.replace('−', '-'))).toBeCloseTo(10 ** linearCase.value!.tied!.log10SpectralRadius, 3);
    await page.context().close();
  }, 120_000);
});
