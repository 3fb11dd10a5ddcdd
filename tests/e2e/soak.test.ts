// A long session in the built page: 10,000 scripted updates (parameters, hover, pinned layer,
// notices) at small sizes, made in bursts like a drag, the page settling after each burst. After the first 1,000 and after all
// 10,000, in the same state and after garbage collection, the JS heap and the number of DOM
// nodes must agree within 10 %: nothing may grow with the length of the session.

import { describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { openPage, withBrowser } from './browser';
import { BAD_WORDS, chartLabel, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

const TOTAL = 10_000;
const FIRST = 1_000;
/** Updates per round trip to the page. */
const BATCH = 500;
/** The page settles (final result drawn) after every burst of this many updates. */
const SETTLE_EVERY = 40;

/** Runs updates [from, to) inside the page in bursts of SETTLE_EVERY, settling after each. */
function runUpdates(page: Page, from: number, to: number): Promise<void> {
  return page.evaluate(
    async ([a, b, every]) => {
      type State = {
        computing: boolean;
        resultFinal: boolean;
        notices: string[];
        setParams(patch: Record<string, unknown>): void;
        setHoverLayer(layer: number | null): void;
        setSelectedLayer(layer: number | null): void;
        addNotice(text: string): void;
        dismissNotice(index: number): void;
      };
      const store = (globalThis as unknown as { gradientFlow: { store: { getState(): State } } }).gradientFlow.store;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const settled = () =>
        new Promise<void>((resolve, reject) => {
          const started = performance.now();
          const poll = () => {
            const s = store.getState();
            if (!s.computing && s.resultFinal) void frame().then(resolve);
            else if (performance.now() - started > 30_000) reject(new Error('the page did not settle within 30 s'));
            else setTimeout(poll, 2);
          };
          poll();
        });
      for (let i = a; i < b; i++) {
        const s = store.getState();
        try {
          update(s, i);
        } catch (error) {
          throw new Error(`update ${i} threw: ${error instanceof Error ? error.stack : String(error)}`);
        }
        if ((i + 1) % every === 0) await settled();
      }
      function update(s: State, i: number): void {
        switch (i % 5) {
          case 0:
            s.setParams({ depth: 3 + (i % 4), seed: 1 + (i % 7) });
            break;
          case 1:
            s.setHoverLayer(i % 3);
            break;
          case 2:
            s.setSelectedLayer(i % 10 === 2 ? 1 : null);
            break;
          case 3:
            s.setParams({ activation: i % 2 ? 'relu' : 'tanh', sigmaW: 0.5 + (i % 9) / 4 });
            break;
          case 4:
            if (i % 50 === 4) s.addNotice(`Soak notice ${i % 200}`);
            else if (s.notices.length > 3) s.dismissNotice(0);
            else s.setHoverLayer(null);
            break;
        }
      }
    },
    [from, to, SETTLE_EVERY] as const,
  );
}

/** Puts the page in one fixed state, so measurements compare like with like. */
async function resetView(page: Page): Promise<void> {
  await page.evaluate(() => {
    type State = {
      notices: string[];
      setParams(patch: Record<string, unknown>): void;
      setHoverLayer(layer: number | null): void;
      setSelectedLayer(layer: number | null): void;
      dismissNotice(index: number): void;
    };
    const store = (globalThis as unknown as { gradientFlow: { store: { getState(): State } } }).gradientFlow.store;
    const s = store.getState();
    s.setParams({ depth: 4, seed: 1, activation: 'tanh', sigmaW: 1 });
    s.setHoverLayer(null);
    s.setSelectedLayer(null);
    while (store.getState().notices.length > 0) s.dismissNotice(0);
  });
  await waitForSettled(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Footprint {
  /** V8's used heap, compiled code included */
  heap: number;
  /** bytes of the heap snapshot's objects other than compiled code, which grows as the JIT warms up */
  objects: number;
  /** nodes alive in the renderer, detached ones included */
  nodes: number;
  /** elements in the document */
  elements: number;
}

async function measure(page: Page, cdp: CDPSession): Promise<Footprint> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heap: usedSize, objects: await objectBytes(cdp), nodes, elements };
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
}

/** Sums the self sizes of a heap snapshot's nodes, leaving out compiled code. */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + typeAt] !== code) bytes += nodes[i + sizeAt];
  return bytes;
}

describe('a long session', () => {
  it(`${TOTAL} updates: heap and DOM stay within 10 % of their size after ${FIRST}`, { timeout: 600_000 }, async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}#depth=4&width=8&batch=4`);
    await waitForSettled(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');

    const started = Date.now();
    let after: Footprint | null = null;
    for (let done = 0; done < TOTAL; done += BATCH) {
      await runUpdates(page, done, done + BATCH);
      if (done + BATCH === FIRST) {
        await resetView(page);
        after = await measure(page, cdp);
      }
    }
    await resetView(page);
    const end = await measure(page, cdp);
    const seconds = (Date.now() - started) / 1000;
    console.log(`soak: ${TOTAL} updates in ${seconds.toFixed(0)} s; after ${FIRST}: ${JSON.stringify(after)}; after ${TOTAL}: ${JSON.stringify(end)}`);

    expect(after).not.toBeNull();
    const first = after as Footprint;
    expect(Math.abs(end.objects - first.objects)).toBeLessThanOrEqual(first.objects * 0.1);
    // The whole heap, JIT code included, within a looser bound: it warms up, it does not grow.
    expect(Math.abs(end.heap - first.heap)).toBeLessThanOrEqual(first.heap * 0.2);
    expect(Math.abs(end.nodes - first.nodes)).toBeLessThanOrEqual(first.nodes * 0.1);
    expect(Math.abs(end.elements - first.elements)).toBeLessThanOrEqual(first.elements * 0.1);
    expect(await chartLabel(page)).toMatch(/^Gradient norms over 4 layers: /);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });
});
