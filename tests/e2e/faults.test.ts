// Worker faults injected into the built page: a worker that throws, exits, hangs or loses
// requests. The page must say what happened, keep the last good chart, replace a dead worker,
// retry the newest request once, and end with exactly one live worker per architecture (the
// plain and the residual network compute on two workers; faults are injected into the plain
// one). Every Worker the page constructs and terminates is counted by a wrapper installed
// before the page's own scripts.

import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, MAIN_CHART, storeState, visibleText, waitForSettled } from './pageState';
import { COUNT_WORKERS, setDropping, workerStats } from './workerCount';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

/**
 * The hang deadline the tests use instead of the page's 10 s: long enough for a fresh worker
 * to load and answer on a busy machine. A restart beyond the injected ones is a slow start
 * taken for a hang, so counts are checked as "at least", and live workers exactly.
 */
const DEADLINE_MS = 2000;

interface FaultPage {
  store: { getState(): { setParam(key: string, value: unknown): void; notices: string[]; error: string | null } };
  client: { crashTest(mode: string): number; setDeadlineMs(ms: number): void };
}

async function open(hash = '#depth=20&width=16'): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { initScript: COUNT_WORKERS });
  await waitForSettled(opened.page);
  await opened.page.evaluate((ms) => (globalThis as unknown as { gradientFlow: FaultPage }).gradientFlow.client.setDeadlineMs(ms), DEADLINE_MS);
  return opened;
}

/** Injects a fault and, in the same task, asks for new gradients so a request is waiting behind it. */
async function faultThenDepth(page: Page, mode: 'throw' | 'exit' | 'hang' | null, depth: number): Promise<void> {
  await page.evaluate(
    ([m, d]) => {
      const g = (globalThis as unknown as { gradientFlow: FaultPage }).gradientFlow;
      if (m) g.client.crashTest(m);
      g.store.getState().setParam('depth', d);
    },
    [mode, depth] as const,
  );
}

function curves(page: Page): Promise<string> {
  return page.$$eval(`${MAIN_CHART} path.series-line`, (ps) => ps.map((p) => p.getAttribute('d')).join('|'));
}

async function waitForNotice(page: Page, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    (source) => {
      const notices = (globalThis as unknown as { gradientFlow: FaultPage }).gradientFlow.store.getState().notices;
      return notices.find((n) => new RegExp(source).test(n)) ?? false;
    },
    pattern.source,
    { timeout: 20_000, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}

/** the page shows both architectures: one gradient worker each */
const LIVE = 2;

async function expectLiveWorkers(page: Page, atLeastCreated: number): Promise<void> {
  const { created, terminated } = await workerStats(page);
  expect(created - terminated).toBe(LIVE);
  expect(created).toBeGreaterThanOrEqual(atLeastCreated);
}

async function expectSanePage(opened: OpenedPage): Promise<void> {
  const { page, errors } = opened;
  expect(await page.locator(`${MAIN_CHART} path.series-line`).count()).toBeGreaterThan(0);
  expect(await page.locator(MAIN_CHART).getAttribute('aria-label')).toMatch(/^Gradient norms over \d+ layers?: /);
  expect(await visibleText(page)).not.toMatch(BAD_WORDS);
  expect(errors).toEqual([]);
}

describe('worker faults', () => {
  it('a worker that throws: the error is shown, the last good chart stays, the same worker carries on', async () => {
    const opened = await open();
    const { page, context } = opened;
    const before = await curves(page);
    await page.evaluate(() => (globalThis as unknown as { gradientFlow: FaultPage }).gradientFlow.client.crashTest('throw'));
    const banner = page.getByRole('alert');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/crash-test: deliberate failure.*last result that worked/s);
    expect(await curves(page)).toBe(before);
    await expectSanePage(opened);

    await faultThenDepth(page, null, 21);
    await waitForSettled(page);
    expect((await storeState(page)).error).toBeNull();
    expect(await banner.count()).toBe(0);
    expect(await workerStats(page)).toEqual({ created: LIVE, terminated: 0 });
    await context.close();
  });

  it.each([
    ['exits', 'exit'],
    ['hangs', 'hang'],
  ] as const)('a worker that %s is replaced after the deadline and the waiting request is computed', async (_name, mode) => {
    const opened = await open();
    const { page, context } = opened;
    const before = await curves(page);
    await faultThenDepth(page, mode, 23);
    // The dead worker's chart stays on screen, out of date, until the new worker answers.
    await page.waitForTimeout(DEADLINE_MS / 2);
    expect(await curves(page)).toBe(before);
    await expectSanePage(opened);

    expect(await waitForNotice(page, /did not answer/)).toMatch(/^The compute worker did not answer within \d+(\.\d)? s\. It was restarted\.$/);
    await waitForSettled(page);
    expect((await storeState(page)).params.depth).toBe(23);
    expect(await page.locator(MAIN_CHART).getAttribute('aria-label')).toContain('over 23 layers');
    await expectLiveWorkers(page, LIVE + 1);
    await expectSanePage(opened);
    await context.close();
  });

  it('a request lost twice is retried once, then reported; the next change recovers', async () => {
    const opened = await open();
    const { page, context } = opened;
    const before = await curves(page);
    await setDropping(page, true);
    await faultThenDepth(page, null, 25);
    await waitForNotice(page, /did not answer.*restarted/);
    const banner = page.getByRole('alert');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toMatch(/did not answer.*failed again after a restart.*last result that worked/s);
    expect(await curves(page)).toBe(before);
    const lost = await workerStats(page);
    // each half's worker fails, its replacement fails again, and both are let go
    expect(lost.created).toBeGreaterThanOrEqual(2 * LIVE);
    expect(lost.terminated).toBe(lost.created);
    await expectSanePage(opened);

    await setDropping(page, false);
    await faultThenDepth(page, null, 26);
    await waitForSettled(page);
    expect(await banner.count()).toBe(0);
    await expectLiveWorkers(page, 3 * LIVE);
    await context.close();
  });

  it('ten faults in a row, mixed with requests, leave one live worker per architecture and a working chart', async () => {
    const opened = await open();
    const { page, context } = opened;
    const modes = ['throw', 'hang', 'exit', 'throw', 'exit', 'hang', 'throw', 'throw', 'exit', 'hang'] as const;
    for (const [i, mode] of modes.entries()) {
      await faultThenDepth(page, mode, 30 + i);
      if (mode !== 'throw') await waitForNotice(page, /did not answer/);
      await waitForSettled(page);
      // Restart notices are dismissed as a reader would, so the next one can be awaited.
      while (await page.getByRole('button', { name: /^Dismiss notice/ }).count()) await page.getByRole('button', { name: /^Dismiss notice/ }).first().click();
    }
    await expectLiveWorkers(page, LIVE + modes.filter((m) => m !== 'throw').length);
    expect(await page.locator(MAIN_CHART).getAttribute('aria-label')).toContain('over 39 layers');
    await expectSanePage(opened);
    await context.close();
  });
});
