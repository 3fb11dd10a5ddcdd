// The same seed gives bit-identical results in Node and in the browser: the page's worker and
// this test process run the same core on different JavaScript engines.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { computeGradients, DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import { launchBrowser, openPage } from './browser';
import { waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CASES: [string, Partial<NetworkConfig>][] = [
  ['#arch=both&depth=30&width=16&act=gelu&sw=1.3&sb=0.2&seed=5', { depth: 30, width: 16, activation: 'gelu', sigmaW: 1.3, sigmaB: 0.2, seed: 5 }],
  ['#arch=both&depth=200&width=8&act=tanh&sw=0.7&init=orthogonal&seed=11', { depth: 200, width: 8, activation: 'tanh', sigmaW: 0.7, init: 'orthogonal', seed: 11 }],
  ['#arch=both&depth=400&width=8&act=identity&sw=4&seed=2', { depth: 400, width: 8, activation: 'identity', sigmaW: 4, seed: 2 }],
];

describe('Node and Chromium agree to the last bit', () => {
  it.each(CASES)('%s', async (hash, change) => {
    const { page, context } = await openPage(browser, baseUrl + hash);
    await waitForSettled(page);
    const inPage = await page.evaluate(() => {
      type Arr = ArrayLike<number>;
      type A = { gradF: { mean: Arr; p10: Arr; p90: Arr }; normF: { mean: Arr }; gradW: Arr; meanD: Arr };
      const r = (globalThis as unknown as { gradientFlow: { store: { getState(): { result: { plain: A; residual: A } } } } }).gradientFlow.store.getState().result;
      const pick = (a: A) => [a.gradF.mean, a.gradF.p10, a.gradF.p90, a.normF.mean, a.gradW, a.meanD].map((x) => Array.from(x));
      return { plain: pick(r.plain), residual: pick(r.residual) };
    });
    const node = computeGradients({ ...DEFAULT_CONFIG, ...change }, 'both');
    const pick = (a: NonNullable<typeof node.plain>) => [a.gradF.mean, a.gradF.p10, a.gradF.p90, a.normF.mean, a.gradW, a.meanD].map((x) => Array.from(x));
    expect(inPage.plain).toEqual(pick(node.plain!));
    expect(inPage.residual).toEqual(pick(node.residual!));
    await context.close();
  });
});
