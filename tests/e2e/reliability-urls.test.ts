// Bad links in the built page: 210 generated hostile hashes set one after another on one page,
// and a handful of full loads of the worst ones. Each time the store must hold exactly what the
// URL codec makes of the hash, every problem must be named in a notice, the chart must be
// drawn and labelled, and no uncaught error, NaN, Infinity or undefined may appear.

import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeHash, paramsKey } from '../../src/store/urlCodec';
import type { Params } from '../../src/store/params';
import { estimateWork } from '../../src/worker/cost';
import { openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

const KEYS = [
  'arch', 'depth', 'width', 'act', 'sw', 'sb', 'sv', 'alpha', 'init', 'batch', 's', 'seed', 'loss',
  'panel', 'layer', 'lock', 'hide', 'embed', 'scene', 'present',
];
const NASTY = [
  'NaN', 'Infinity', '-Infinity', '-0', '+0', '1e308', '1e309', '-1e309', '5e-324', '1e-400', '0x10', '1_000', '', ' ', '.',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%', '%zz', '%E0%A4%A', '%00',
  '１２', '٣', '𝟙𝟚', '\u202Erelu', 'RELU', ' tanh ', '9'.repeat(400), '__proto__', 'constructor', 'toString', 'depth,width',
  'all', 'none', 'true', 'yes', '0', '1', '-1', '3', '99', 'customise', 'export',
];

/** One hostile hash: known and unknown keys, hostile values, odd separators, sometimes thousands of keys. */
const hostileHash = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('__proto__', '', 'DEPTH')),
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
          fc.double().map(String),
          fc.integer({ min: -1e6, max: 1e6 }).map(String),
          fc.string({ unit: 'grapheme', maxLength: 10 }),
          fc.string({ unit: 'binary', maxLength: 6 }),
        ),
        fc.constantFrom('=', '=', '', '=='),
      ),
      { maxLength: 25 },
    ),
    fc.oneof({ weight: 19, arbitrary: fc.constant(0) }, fc.integer({ min: 1000, max: 3000 })),
  )
  .map(([pairs, filler]) => {
    const parts = pairs.map(([key, value, eq]) => key + eq + value);
    for (let i = 0; i < filler; i++) parts.push(`junk${i}=${i}`);
    return '#' + parts.join('&');
  });

/**
 * Keeps the computation of a link small (the browser test is about links, not compute time):
 * a link that asks for more work than a fraction of a second gets a small width appended.
 */
function affordable(hash: string): string {
  const { params } = decodeHash(hash);
  return estimateWork(params, params.arch) > 3e7 ? `${hash}&width=8&batch=4` : hash;
}

const HASHES = [...new Set(fc.sample(hostileHash, { seed: 20240609, numRuns: 300 }).map(affordable))].slice(0, 210);

interface PageView {
  /** a guided-tour scene is asking its question: its chart stays covered until the answer */
  question: boolean;
  params: Params;
  notices: string[];
  shownNotices: string[];
  error: string | null;
  label: string;
  paths: number;
  text: string;
  hash: string;
}

/** Everything checked about the page after one link, read in a single round trip. */
function readPage(page: Page): Promise<PageView> {
  return page.evaluate((chart) => {
    type State = PageView & { scene: number | null; sceneRevealed: boolean };
    const s = (globalThis as unknown as { gradientFlow: { store: { getState(): State } } }).gradientFlow.store.getState();
    // Notices quote what the link said ("sw=NaN is not a number"): the rest of the page may not.
    const notices = Array.from(document.querySelectorAll('.notices .notice'));
    const labels = Array.from(document.querySelectorAll('[aria-label]')).filter((e) => !e.closest('.notices')).map((e) => e.getAttribute('aria-label'));
    const text = notices.reduce((t, n) => t.replace((n as HTMLElement).innerText, ''), document.body.innerText);
    return {
      question: s.scene !== null && !s.sceneRevealed,
      params: s.params,
      notices: s.notices,
      shownNotices: Array.from(document.querySelectorAll('.notice__text')).map((e) => e.textContent ?? ''),
      error: s.error,
      label: document.querySelector(chart)?.getAttribute('aria-label') ?? '',
      paths: document.querySelectorAll(`${chart} path.series-line`).length,
      text: text + ' ' + labels.join(' '),
      hash: location.hash,
    };
  }, MAIN_CHART);
}

/** The hash as the page reads it after `location.hash = hash` (WHATWG URL, the same in Node). */
function asBrowserReads(hash: string): string {
  const url = new URL(baseUrl);
  url.hash = hash;
  return url.hash;
}

/**
 * Sets the hash as a person editing the address bar would, in one round trip, and resolves
 * once the final result for `key` is on screen (with `rewritten`, also in the address bar).
 */
function visit(page: Page, hash: string, key: string, rewritten: boolean): Promise<string> {
  return page.evaluate(
    ([h, k, url]) =>
      new Promise<string>((resolve, reject) => {
        type State = { computing: boolean; resultFinal: boolean; resultParamsKey: string };
        const store = (globalThis as unknown as { gradientFlow: { store: { getState(): State } } }).gradientFlow.store;
        location.hash = h;
        const asRead = location.hash;
        const done = () => {
          const s = store.getState();
          const inUrl = !url || location.hash === k || location.hash.startsWith(`${k}&`);
          return !s.computing && s.resultFinal && s.resultParamsKey === k && inUrl;
        };
        const timer = setInterval(() => {
          if (!done()) return;
          clearInterval(timer);
          clearTimeout(deadline);
          resolve(asRead);
        }, 10);
        const deadline = setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`no final result for ${k}; the page shows ${store.getState().resultParamsKey} at ${location.hash}`));
        }, 30_000);
      }),
    [hash, key, rewritten] as const,
  );
}

/** Waits for the final result of the parameters `hash` asks for, on a freshly loaded page. */
async function waitForLoad(page: Page, key: string): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const s = (globalThis as unknown as { gradientFlow?: { store: { getState(): { computing: boolean; resultFinal: boolean; resultParamsKey: string } } } }).gradientFlow?.store.getState();
      return s !== undefined && !s.computing && s.resultFinal && s.resultParamsKey === k && location.hash.startsWith(k);
    },
    key,
    { timeout: 30_000, polling: 20 },
  );
}

function expectWorkingPage(view: PageView, errors: string[], context: string): void {
  expect(errors, context).toEqual([]);
  expect(view.error, context).toBeNull();
  expect(view.text, context).not.toMatch(BAD_WORDS);
  if (view.question) return;
  expect(view.paths, context).toBeGreaterThan(0);
  expect(view.label, context).toMatch(/^Gradient norms over \d+ layers?: .+\.$/);
}

describe('hostile links', () => {
  it('generates at least 200 distinct links, some with thousands of keys', () => {
    expect(HASHES.length).toBeGreaterThanOrEqual(200);
    expect(HASHES.filter((h) => h.length > 10_000).length).toBeGreaterThan(0);
  });

  it('210 links set in place on one page: the store holds what the codec decodes, and the chart works', async () => {
    const opened: OpenedPage = await openPage(browser, baseUrl);
    const { page, errors, context } = opened;
    await waitForLoad(page, paramsKey((await readPage(page)).params));
    let questions = 0;
    for (const [i, hash] of HASHES.entries()) {
      const expected = decodeHash(asBrowserReads(hash));
      const context_ = `link ${i}: ${hash.slice(0, 120)}`;
      // Every 10th link also waits for the address bar to be rewritten in its clean form.
      const asRead = await visit(page, hash, paramsKey(expected.params), i % 10 === 0);
      expect(asRead, context_).toBe(asBrowserReads(hash));
      const view = await readPage(page);
      if (view.question) questions += 1;
      expect(view.params, context_).toEqual(expected.params);
      for (const notice of expected.notices) expect(view.notices, context_).toContain(notice);
      expect(view.shownNotices, context_).toEqual(view.notices);
      expectWorkingPage(view, errors, context_);
      if (i % 10 === 0) expect(decodeHash(view.hash).notices, context_).toEqual([]);
      // A reader dismisses the notices now and then; the × buttons must work.
      if (i % 25 === 24) {
        const dismiss = page.getByRole('button', { name: /^Dismiss notice/ });
        while ((await dismiss.count()) > 0) await dismiss.first().click();
        expect((await readPage(page)).notices).toEqual([]);
      }
    }
    // Some links open a tour scene, whose chart stays covered until its answer is revealed.
    expect(questions).toBeLessThan(HASHES.length / 2);
    await context.close();
  });

  const FULL_LOADS: [string, string][] = [
    ['every field wrong', '#' + KEYS.map((k) => `${k}=<script>x</script>`).join('&')],
    ['5000 unknown keys and a valid depth', '#' + Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&') + '&depth=9&width=8'],
    ['huge numbers, NaN, negative zero', '#depth=1e999&width=-0&sw=NaN&sb=-1e-999&alpha=Infinity&batch=0x7f&seed=-0&s=1e308'],
    ['broken escapes and bidi controls', '#depth=%&width=%E0%A4%A&act=%E2%80%AErelu&%zz=1&sw=%00'],
    ['an empty hash and stray separators', '#&&&==&=&'],
    ['a scene out of range with junk view fields', '#scene=999999&present=maybe&embed=2&panel=<b>&layer=-1&lock=all,,x&hide=depth,depth'],
  ];

  it.each(FULL_LOADS)('full load, %s: notices name the problems, the chart works', async (_name, hash) => {
    const opened = await openPage(browser, baseUrl + hash);
    const { page, errors, context } = opened;
    // A whole URL is parsed from scratch: surrounding spaces go, unlike with the hash setter.
    const { params, notices } = decodeHash(new URL(baseUrl + hash).hash);
    await waitForLoad(page, paramsKey(params));
    const view = await readPage(page);
    expect(view.params).toEqual(params);
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(view.notices).toContain(notice);
    expectWorkingPage(view, errors, hash.slice(0, 120));
    await context.close();
  });
});
