// Settings computed ahead, in real Chromium with the real workers: once the page is idle, the
// next position of a slider is already computed, so an arrow key shows its result in the same
// task as the key press (no "Computing…", the chart's sentence updated), with numbers equal
// to a fresh computation of that setting; a drag back over values seen before shows each step
// from the cache, never computing.

import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, type OpenedPage, withBrowser } from './browser';
import { MAIN_CHART, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash: string): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width: 1280, height: 800 });
  await waitForSettled(opened.page);
  return opened;
}

interface Step {
  /** the store held the final result of the new setting (a new one) when the input event returned */
  atOnce: boolean;
  computingSeen: boolean;
  /** the key of the result shown before the input */
  before: string;
  resultKey: string;
}

/**
 * Moves the slider labelled `label` by `delta` positions with an input event, as a drag does,
 * and reports what the store held when the event returned.
 */
async function move(page: Page, label: string, delta: number): Promise<Step> {
  return page.evaluate(
    ({ label, delta }) => {
      type S = { computing: boolean; resultFinal: boolean; resultParamsKey: string; params: unknown };
      const store = (globalThis as unknown as { gradientFlow: { store: { getState(): S; subscribe(f: (s: S) => void): () => void } } }).gradientFlow.store;
      const slider = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=range]')).find((el) => (el.labels?.[0]?.textContent ?? '').startsWith(label))!;
      const s0 = () => store.getState();
      let computingSeen = false;
      const stop = store.subscribe((s) => (computingSeen ||= s.computing));
      // the prototype's setter: React's own tracking of the value must see the change
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const before = s0().resultParamsKey;
      setValue.call(slider, String(Number(slider.value) + delta));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      stop();
      const s = store.getState();
      return { atOnce: s.resultFinal && !s.computing && s.resultParamsKey !== before, computingSeen, before, resultKey: s.resultParamsKey };
    },
    { label, delta },
  );
}

/** Waits until the workers have nothing left to compute ahead (no reply for a while). */
async function idle(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
}

/** The shown result against one computed afresh by the same workers for the same setting: every array equal. */
async function shownEqualsFresh(page: Page): Promise<{ equal: boolean; compared: number }> {
  return page.evaluate(async () => {
    type Spread = { mean: Float64Array; p10: Float64Array; p50: Float64Array; p90: Float64Array };
    type Arch = { gradF: Spread; normF: Spread; gradW: Float64Array; gradB: Float64Array; gradV: Float64Array | null; meanD: Float64Array };
    type Result = { config: unknown; plain: Arch | null; residual: Arch | null };
    const g = (globalThis as unknown as {
      gradientFlow: {
        store: { getState(): { result: Result; params: { arch: string } } };
        client: { requestGradients(c: unknown, a: string): number; listen(l: { result(r: { id: number; final: boolean; result: Result }): void }): () => void };
      };
    }).gradientFlow;
    const { result: shown, params } = g.store.getState();
    const fresh: Result = await new Promise((done) => {
      let id = -1;
      const stop = g.client.listen({
        result: (r) => {
          if (r.id !== id || !r.final) return;
          stop();
          done(r.result);
        },
      });
      id = g.client.requestGradients(shown.config, params.arch);
    });
    const arrays = (r: Result) =>
      [r.plain, r.residual].flatMap((a) => (a ? [a.gradF.mean, a.gradF.p10, a.gradF.p50, a.gradF.p90, a.normF.mean, a.normF.p50, a.gradW, a.gradB, a.meanD, ...(a.gradV ? [a.gradV] : [])] : []));
    const [x, y] = [arrays(shown), arrays(fresh)];
    const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
    return { equal: x.length === y.length && x.every((a, i) => same(a, y[i])), compared: x.length };
  });
}

describe('settings computed ahead', () => {
  it('an idle page has the next position of each slider: a step shows at once, exactly as computed afresh', async () => {
    const { page, context, errors } = await open('#arch=both&depth=20&width=32&act=tanh');
    await idle(page);
    const label = await page.locator(MAIN_CHART).getAttribute('aria-label');
    const step = await move(page, 'Depth', 1);
    expect(step).toMatchObject({ atOnce: true, computingSeen: false });
    expect(step.resultKey).toContain('depth=22&');
    // the chart's accessible sentence follows the result
    await expect.poll(() => page.locator(MAIN_CHART).getAttribute('aria-label')).not.toBe(label);
    await expect.poll(() => page.locator('.status-line').textContent()).not.toMatch(/Computing/);
    // plain: 9 arrays, residual: 10 (with ∇V)
    expect(await shownEqualsFresh(page)).toEqual({ equal: true, compared: 19 });

    const down = await move(page, 'Weight scale', -1);
    expect(down).toMatchObject({ atOnce: false, computingSeen: true });
    await waitForSettled(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a slow drag finds each next position computed; the drag back shows each step from the cache', async () => {
    const { page, context, errors } = await open('#arch=both&depth=12&width=16&act=relu');
    await idle(page);
    const forth: Step[] = [];
    for (let i = 0; i < 5; i++) {
      forth.push(await move(page, 'Weight scale', 1));
      await page.waitForTimeout(200); // a hand's pace: the workers keep ahead of it
    }
    expect(forth.filter((s) => s.atOnce)).toHaveLength(5);
    expect(new Set(forth.map((s) => s.resultKey)).size).toBe(5);
    await idle(page);
    const back: Step[] = [];
    for (let i = 0; i < 5; i++) back.push(await move(page, 'Weight scale', -1));
    expect(back.every((s) => s.atOnce && !s.computingSeen)).toBe(true);
    // the same settings in reverse: the last one back is where the drag began
    expect(back.map((s) => s.resultKey)).toEqual([...forth.slice(0, 4).map((s) => s.resultKey)].reverse().concat(forth[0].before));
    expect(await shownEqualsFresh(page)).toMatchObject({ equal: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
