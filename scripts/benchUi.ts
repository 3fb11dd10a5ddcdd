// Benchmark of the built page in headless Chromium: for each size, once the page is idle with its
// sections drawn, a scripted 60-step drag of the depth and the weight-scale sliders (one step per
// animation frame, as a hand would), with the latency from each input event to the chart holding
// the matching result measured inside the page. Prints one JSON line per size and slider, then
// load figures and the browser's own reference kernel speed, so the numbers read as ratios on any
// machine. Each drag is repeated back under a Chromium trace for the main-thread time per result
// (script / style / layout / paint medians); the load figures are the median of three fresh loads
// and the JS fetched before the first chart.
//
// Run `npm run build` first (npm run bench:ui does).

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { medianSplit, RESULT_MARK, splitPerResult, startTrace, stopTrace } from './bench/traceCategories';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const SIZES = [
  { name: 'default', hash: '#arch=both&depth=50&width=64&batch=16&act=tanh' },
  { name: 'L200-n128', hash: '#arch=both&depth=200&width=128&batch=16&act=tanh' },
  { name: 'L1000-n256', hash: '#arch=both&depth=1000&width=256&batch=16&act=tanh' },
];
const STEPS = 60;
/** fresh page loads for the first-chart figure (median) */
const LOADS = 3;
/** GF_BENCH_SIZES=default,L200-n128 runs only those sizes */
const ONLY = process.env.GF_BENCH_SIZES?.split(',');
/** the built site to serve (GF_DIST, as for the browser tests; dist/ by default) */
const DIST = process.env.GF_DIST ?? 'dist';

/**
 * Installed before the page's own scripts: first-chart time and long tasks. `__name` is the
 * helper tsx adds around named functions in the code this script sends to the page.
 */
const INIT = `
  window.__name = (f) => f;
  window.__bench = { firstChart: null, longTasks: [] };
  new MutationObserver((_, obs) => {
    if (document.querySelector('.main-figure svg[role="img"] path')) { window.__bench.firstChart = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

interface DragFigures {
  steps: number;
  answered: number;
  /** inputs whose final result was in the store as their input event returned (computed ahead or seen before) */
  atOnce: number;
  firstP50: number | null;
  firstP95: number | null;
  firstFrameP50: number | null;
  firstFrameP95: number | null;
  finalP50: number | null;
  finalP95: number | null;
  longTasks: number;
  longestTaskMs: number;
  releaseToFinalMs: number | null;
}

/**
 * The drag, run inside the page. Each input is matched to the first and the final result
 * computed for its value. `direction` 0 drags up where the slider has room, else down; every
 * result the store takes is marked in a trace with console.timeStamp(mark).
 */
async function drag(page: Page, sliderName: string, key: 'depth' | 'sigmaW', direction: -1 | 0 | 1 = 0): Promise<DragFigures & { direction: 1 | -1 }> {
  return page.evaluate(
    async ({ sliderName, key, STEPS, direction, mark }) => {
      type Result = { config: Record<string, number> };
      type State = { result: Result | null; resultFinal: boolean; params: Record<string, number> };
      const store = (globalThis as unknown as { gradientFlow: { store: { getState(): State; subscribe(f: (s: State) => void): () => void } } }).gradientFlow.store;
      const slider = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=range]')).find((el) =>
        (el.labels?.[0]?.textContent ?? '').startsWith(sliderName),
      )!;
      const chart = document.querySelector('.main-figure svg[role="img"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const inputs: { t: number; value: number; atOnce?: boolean; first?: number; firstFrame?: number; final?: number }[] = [];
      const pending: (() => void)[] = [];
      new MutationObserver(() => {
        pending.splice(0).forEach((f) => f());
      }).observe(chart.parentElement!, { subtree: true, childList: true, attributes: true, characterData: true });
      let lastResult: Result | null = store.getState().result;
      const unsubscribe = store.subscribe((s) => {
        if (!s.result) return;
        if (s.result !== lastResult) console.timeStamp(mark);
        lastResult = s.result;
        const now = performance.now();
        const v = s.result.config[key];
        for (const step of inputs) {
          if (step.value !== v) continue;
          if (step.first === undefined) watch(step);
          if (s.resultFinal && step.final === undefined) step.final = now - step.t;
        }
      });
      // The DOM holds the result once React's commit has mutated the chart (the observer runs
      // right after it); a result that changes no pixel is caught by the timeout.
      const watch = (step: (typeof inputs)[number]) => {
        const shown = () => {
          if (step.first !== undefined) return;
          step.first = performance.now() - step.t;
          requestAnimationFrame(() => (step.firstFrame = performance.now() - step.t));
        };
        pending.push(shown);
        setTimeout(shown, 0);
      };
      const start = performance.now();
      const startPos = Number(slider.value);
      const dir = direction !== 0 ? direction : startPos + STEPS <= Number(slider.max) ? 1 : -1;
      for (let i = 1; i <= STEPS; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        setValue.call(slider, String(startPos + dir * i));
        const t = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const now = store.getState();
        const step = { t, value: now.params[key], atOnce: now.result?.config[key] === now.params[key] && now.resultFinal };
        inputs.push(step);
        // shown from the cache during the input event itself, before the step was listed
        if (step.atOnce) {
          watch(step);
          (step as { final?: number }).final = performance.now() - t;
        }
      }
      const released = performance.now();
      const last = inputs[inputs.length - 1];
      const deadline = performance.now() + 30000;
      while (last.final === undefined && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      unsubscribe();
      const pct = (xs: number[], q: number) => {
        if (!xs.length) return null;
        const s = [...xs].sort((a, b) => a - b);
        return Number(s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))].toFixed(2));
      };
      const answered = inputs.filter((s) => s.first !== undefined);
      const bench = (globalThis as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench;
      const during = bench.longTasks.filter((l) => l.start >= start && l.start <= released);
      return {
        steps: inputs.length,
        answered: answered.length,
        atOnce: inputs.filter((s) => s.atOnce).length,
        firstP50: pct(answered.map((s) => s.first!), 0.5),
        firstP95: pct(answered.map((s) => s.first!), 0.95),
        firstFrameP50: pct(answered.filter((s) => s.firstFrame !== undefined).map((s) => s.firstFrame!), 0.5),
        firstFrameP95: pct(answered.filter((s) => s.firstFrame !== undefined).map((s) => s.firstFrame!), 0.95),
        finalP50: pct(inputs.filter((s) => s.final !== undefined).map((s) => s.final!), 0.5),
        finalP95: pct(inputs.filter((s) => s.final !== undefined).map((s) => s.final!), 0.95),
        longTasks: during.length,
        longestTaskMs: Number(Math.max(0, ...during.map((l) => l.duration)).toFixed(1)),
        releaseToFinalMs: last.final === undefined ? null : Number((last.t + last.final - released).toFixed(2)),
        direction: dir as 1 | -1,
      };
    },
    { sliderName, key, STEPS, direction, mark: RESULT_MARK },
  );
}

/**
 * Both architectures at once against each alone: the time from a weight-scale change to the
 * final result, with weights cached (the results themselves never are: each σ_w is new), for arch = plain, residual and both in turn (medians of
 * five). With the two on two workers, both should take about the slower one, not the sum.
 */
async function parallelFigures(page: Page): Promise<{ plainMs: number; residualMs: number; bothMs: number; ratioToSum: number }> {
  return page.evaluate(async () => {
    type State = { resultFinal: boolean; computing: boolean; result: { config: { sigmaW: number } } | null; setParam(k: string, v: unknown): void };
    const store = (globalThis as unknown as { gradientFlow: { store: { getState(): State } } }).gradientFlow.store;
    const times: Record<string, number[]> = { plain: [], residual: [], both: [] };
    // a new σ_w each time (off the slider's track, so never computed ahead nor cached)
    let sigma = 1.0;
    const once = async (arch: string) => {
      store.getState().setParam('arch', arch);
      await new Promise((r) => setTimeout(r, 0));
      while (store.getState().computing) await new Promise((r) => setTimeout(r, 5));
      sigma = Number((sigma + 0.0013).toFixed(4));
      const t0 = performance.now();
      store.getState().setParam('sigmaW', sigma);
      for (;;) {
        const s = store.getState();
        if (!s.computing && s.resultFinal && s.result?.config.sigmaW === sigma) break;
        await new Promise((r) => setTimeout(r, 1));
      }
      return performance.now() - t0;
    };
    for (const arch of ['plain', 'residual', 'both']) await once(arch); // warm every cache
    for (let k = 0; k < 5; k++) for (const arch of ['plain', 'residual', 'both']) times[arch].push(await once(arch));
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const [plainMs, residualMs, bothMs] = [med(times.plain), med(times.residual), med(times.both)];
    const r2 = (x: number) => Number(x.toFixed(2));
    return { plainMs: r2(plainMs), residualMs: r2(residualMs), bothMs: r2(bothMs), ratioToSum: r2(bothMs / (plainMs + residualMs)) };
  });
}

async function settle(page: Page) {
  await page.waitForFunction(() => {
    const s = (globalThis as unknown as { gradientFlow?: { store: { getState(): { computing: boolean; resultFinal: boolean } } } }).gradientFlow?.store.getState();
    return !!s && !s.computing && s.resultFinal && !!document.querySelector('.main-figure svg[role="img"] path');
  }, undefined, { timeout: 120_000, polling: 50 });
}

/**
 * Waits until the sections below the first screen have loaded and drawn, and the page has been
 * idle for a second, so that a drag measures the steady cost per result, not the sections'
 * first render (which the load figures cover) or their catching up after the previous drag.
 */
async function sectionsIdle(page: Page) {
  await page.waitForFunction(() => document.querySelector('.deferred-section__placeholder') === null, undefined, { timeout: 120_000, polling: 50 });
  await page.waitForTimeout(1000);
}

/** A tight matvec loop in the page: the browser's own f64 speed on this machine. */
async function referenceGflops(page: Page): Promise<number> {
  return page.evaluate(() => {
    const n = 256, B = 16;
    const M = new Float64Array(n * n).map((_, i) => Math.sin(i));
    const X = new Float64Array(B * n).map((_, i) => Math.cos(i));
    const out = new Float64Array(B * n);
    const run = () => {
      for (let i = 0; i < B; i++) for (let r = 0; r < n; r++) {
        let a = 0;
        for (let j = 0; j < n; j++) a += M[r * n + j] * X[i * n + j];
        out[i * n + r] = a;
      }
    };
    for (let i = 0; i < 20; i++) run();
    const times: number[] = [];
    for (let k = 0; k < 9; k++) {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) run();
      times.push((performance.now() - t0) / 10);
    }
    times.sort((a, b) => a - b);
    return Number(((2 * B * n * n) / (times[4] * 1e6)).toFixed(3));
  });
}

async function main() {
  const server = await preview({ build: { outDir: DIST }, preview: { port: 4199, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    for (const size of SIZES.filter((s) => !ONLY || ONLY.includes(s.name))) {
      for (const [slider, key] of [['Depth', 'depth'], ['Weight scale', 'sigmaW']] as const) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
        await context.addInitScript(INIT);
        const page = await context.newPage();
        try {
          await page.goto(url + size.hash);
          const t0 = Date.now();
          await settle(page);
          const initialMs = Date.now() - t0;
          await sectionsIdle(page);
          const figures = await drag(page, slider, key);
          // The same drag back, traced: main-thread time per result by category.
          await settle(page);
          await sectionsIdle(page);
          const cdp = await page.context().newCDPSession(page);
          await startTrace(cdp);
          const traced = await drag(page, slider, key, figures.direction === 1 ? -1 : 1);
          const trace = await stopTrace(cdp);
          const split = medianSplit(splitPerResult(trace, 'wall'));
          const cpu = medianSplit(splitPerResult(trace, 'cpu'));
          await cdp.detach();
          console.log(JSON.stringify({ case: 'drag', size: size.name, slider: key, initialMs, ...figures, mainThreadPerResultMs: split, mainThreadCpuPerResultMs: cpu, tracedP95: traced.firstP95 }));
          if (key === 'sigmaW' && size.name !== 'L1000-n256') {
            console.log(JSON.stringify({ case: 'both-cores', size: size.name, ...(await parallelFigures(page)) }));
          }
        } catch (e) {
          console.log(JSON.stringify({ case: 'drag', size: size.name, slider: key, error: String(e).split('\n')[0] }));
        } finally {
          await context.close();
        }
      }
    }
    // Page open -> first chart, three fresh loads (median); the JS fetched before the first chart.
    const loads: { firstChartMs: number; initial: string[]; all: string[] }[] = [];
    let page: Page | null = null;
    let context = null;
    for (let i = 0; i < LOADS; i++) {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      await context.addInitScript(INIT);
      page = await context.newPage();
      await page.goto(url);
      await settle(page);
      await page.waitForTimeout(1500); // what loads after the first chart
      loads.push(await page.evaluate(() => {
        const firstChartMs = (globalThis as unknown as { __bench: { firstChart: number } }).__bench.firstChart;
        const js = performance.getEntriesByType('resource').filter((e) => /\.js($|\?)/.test(e.name));
        // each file once: the compute workers share one script, fetched once and cached
        const paths = (es: PerformanceEntry[]) => [...new Set(es.map((e) => new URL(e.name).pathname))];
        return { firstChartMs, initial: paths(js.filter((e) => e.startTime < firstChartMs)), all: paths(js) };
      }));
    }
    const gzipKB = (paths: string[]) => Number((paths.reduce((sum, path) => sum + gzipSync(readFileSync(`${DIST}${path}`)).length, 0) / 1024).toFixed(1));
    const firstCharts = loads.map((l) => l.firstChartMs).sort((a, b) => a - b);
    const last = loads[loads.length - 1];
    console.log(JSON.stringify({
      case: 'load',
      firstChartMs: Number(firstCharts[firstCharts.length >> 1].toFixed(1)),
      firstChartRuns: firstCharts.map((t) => Number(t.toFixed(0))),
      initialJsFiles: last.initial.length,
      initialJsGzipKB: gzipKB(last.initial),
      allJsFiles: last.all.length,
      allJsGzipKB: gzipKB(last.all),
    }));
    console.log(JSON.stringify({ case: 'reference', kernel: 'naive f64 matvec n=256 B=16 in the page', gflops: await referenceGflops(page!) }));
    await context?.close();
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.httpServer.close(() => ok()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
