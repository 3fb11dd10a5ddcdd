// Every corner of the page's ranges in the built page: depth, width, weight scale, bias scale
// and branch scale each at their minimum or maximum, for every activation and architecture
// (the plain network has no branch scale), visited by changing the hash of one page. Each corner must end with a labelled chart, values
// beyond the float64 range or exactly zero marked as such on the main chart and the small
// multiples, and no NaN, Infinity or undefined anywhere on the page.
//
// Depth 1000 × width 512 is the one corner pair that cannot be waited for here: drawing its
// weights alone takes a minute or more (see README, Reliability). Those corners are visited
// while computing: the page must say so, keep the last chart labelled, and give up the job at
// once when the reader moves on.

import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHOICES, UI_LIMITS, type Params } from '../../src/store/params';
import { decodeHash, paramsKey } from '../../src/store/urlCodec';
import { openPage, withBrowser } from './browser';
import { BAD_WORDS } from './pageState';
import { COUNT_WORKERS, workerStats } from './workerCount';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

const ends = (key: 'depth' | 'width' | 'sigmaW' | 'sigmaB' | 'branchScale') => [UI_LIMITS[key].min, UI_LIMITS[key].max];

interface Corner {
  params: Partial<Params>;
  hash: string;
}

function corner(params: Pick<Params, 'depth' | 'width' | 'sigmaW' | 'sigmaB' | 'branchScale' | 'activation' | 'arch'>): Corner {
  const { depth, width, sigmaW, sigmaB, branchScale, activation, arch } = params;
  return { params, hash: `#arch=${arch}&depth=${depth}&width=${width}&act=${activation}&sw=${sigmaW}&sb=${sigmaB}&alpha=${branchScale}` };
}

/**
 * All corners, grouped by depth and width so the worker's weight cache serves each group. The
 * plain network has no branch, so for it the two ends of α are one corner.
 */
function allCorners(): Corner[] {
  const out: Corner[] = [];
  for (const depth of ends('depth'))
    for (const width of ends('width'))
      for (const sigmaW of ends('sigmaW'))
        for (const sigmaB of ends('sigmaB'))
          for (const branchScale of ends('branchScale'))
            for (const activation of CHOICES.activation)
              for (const arch of CHOICES.arch) {
                if (arch === 'plain' && branchScale !== UI_LIMITS.branchScale.min) continue;
                out.push(corner({ depth, width, sigmaW, sigmaB, branchScale, activation, arch }));
              }
  return out;
}

const isHuge = (c: Corner) => c.params.depth === UI_LIMITS.depth.max && c.params.width === UI_LIMITS.width.max;
const CORNERS = allCorners();
const SETTLED = CORNERS.filter((c) => !isHuge(c));
const HUGE = CORNERS.filter(isHuge);

/** What one architecture's result holds that a log axis cannot draw. */
interface Special {
  arch: string;
  /** main chart (relative to the top layer): beyond +308, below -308, exactly zero */
  above: boolean;
  below: boolean;
  zero: boolean;
  overflow: boolean;
  /** a NaN not explained by a forward overflow */
  unexplainedNaN: boolean;
  normAbove: boolean;
  normBelow: boolean;
  gradWAbove: boolean;
  gradWBelow: boolean;
}

interface CornerView {
  error: string | null;
  label: string;
  /** lines, zero bars and edge marks drawn on the main chart */
  marks: number;
  mainText: string;
  forwardText: string;
  weightText: string;
  text: string;
  special: Special[];
}

/** How many gradient workers a page that showed these architectures keeps: one per architecture. */
function halvesUsed(archs: readonly string[]): number {
  return new Set(archs.flatMap((a) => (a === 'both' ? ['plain', 'residual'] : [a]))).size;
}

/** Sets `hash`, waits for the final result for `key`, and reads everything the checks need, in one round trip. */
function visit(page: Page, hash: string, key: string): Promise<CornerView> {
  return page.evaluate(
    async ([h, k]) => {
      type Spread = { p50: Float64Array };
      type Arch = { arch: string; gradF: Spread; normF: Spread; gradW: Float64Array; overflowLayer: number | null };
      type State = {
        computing: boolean;
        resultFinal: boolean;
        resultParamsKey: string;
        error: string | null;
        params: { arch: string };
        result: { plain: Arch | null; residual: Arch | null } | null;
      };
      const store = (globalThis as unknown as { gradientFlow: { store: { getState(): State } } }).gradientFlow.store;
      location.hash = h;
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          const s = store.getState();
          return (!s.computing && s.resultFinal && s.resultParamsKey === k) || s.error !== null;
        };
        const timer = setInterval(() => {
          if (!done()) return;
          clearInterval(timer);
          clearTimeout(deadline);
          // a frame or two for React to draw what the store holds (the small multiples take a
          // new result at a lower priority than the main chart)
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }, 10);
        const deadline = setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`no final result for ${k} after 60 s`));
        }, 60_000);
      });
      const s = store.getState();
      const limit = 308;
      const past = (a: ArrayLike<number>, side: 1 | -1) => Array.from(a).some((v) => Number.isFinite(v) && side * v > limit);
      const special = (['plain', 'residual'] as const)
        .filter((a) => s.params.arch === 'both' || s.params.arch === a)
        .map((a) => s.result?.[a])
        .filter((a): a is Arch => a !== null && a !== undefined)
        .map((a) => {
          const p50 = a.gradF.p50;
          const top = p50[p50.length - 1];
          const rel = Array.from(p50, (v) => v - (Number.isFinite(top) ? top : 0));
          return {
            arch: a.arch,
            above: past(rel, 1),
            below: past(rel, -1),
            zero: rel.some((v) => v === -Infinity),
            overflow: a.overflowLayer !== null,
            unexplainedNaN: a.overflowLayer === null && rel.some((v) => Number.isNaN(v)),
            normAbove: past(a.normF.p50, 1),
            normBelow: past(a.normF.p50, -1),
            gradWAbove: past(a.gradW, 1),
            gradWBelow: past(a.gradW, -1),
          };
        });
      const main = document.querySelector('.main-figure svg[role="img"]');
      const miniText = (title: string) =>
        Array.from(document.querySelectorAll('.mini-chart'))
          .find((m) => (m.querySelector('.mini-chart__title')?.textContent ?? '').startsWith(title))
          ?.querySelector('svg')?.textContent ?? '';
      const notices = Array.from(document.querySelectorAll<HTMLElement>('.notices .notice'));
      const labels = Array.from(document.querySelectorAll('[aria-label]')).filter((e) => !e.closest('.notices')).map((e) => e.getAttribute('aria-label'));
      return {
        error: s.error,
        label: main?.getAttribute('aria-label') ?? '',
        marks: main?.querySelectorAll('path.series-line, rect.zero-bar, path.edge-marker').length ?? 0,
        mainText: main?.textContent ?? '',
        forwardText: miniText('Forward signal'),
        weightText: miniText('Weight gradient'),
        text: notices.reduce((t, n) => t.replace(n.innerText, ''), document.body.innerText) + ' ' + labels.join(' '),
        special,
      };
    },
    [hash, key] as const,
  );
}

function expectCorner(view: CornerView, corner: Corner, errors: string[]): void {
  const at = corner.hash;
  expect(errors, at).toEqual([]);
  expect(view.error, at).toBeNull();
  const { depth, arch } = corner.params;
  expect(view.label, at).toMatch(new RegExp(`^Gradient norms over ${depth} layers?: .+\\.$`));
  for (const shown of arch === 'both' ? ['plain', 'residual'] : [arch]) expect(view.label, at).toContain(`${shown},`);
  expect(view.marks, at).toBeGreaterThan(0);
  expect(view.text, at).not.toMatch(BAD_WORDS);
  expect(view.special.length, at).toBe(arch === 'both' ? 2 : 1);
  for (const s of view.special) {
    const where = `${at} (${s.arch})`;
    expect(s.unexplainedNaN, where).toBe(false);
    if (s.above) expect(view.mainText, where).toContain(`${s.arch}: beyond float64 range, up to`);
    if (s.below) expect(view.mainText, where).toContain(`${s.arch}: beyond float64 range, down to`);
    if (s.zero) expect(view.mainText, where).toContain(`${s.arch}: exactly 0`);
    if (s.overflow) expect(view.mainText, where).toContain(`${s.arch}: forward pass overflowed`);
    if (s.normAbove) expect(view.forwardText, where).toContain(`${s.arch}: beyond float64 range, up to`);
    if (s.normBelow) expect(view.forwardText, where).toContain(`${s.arch}: beyond float64 range, down to`);
    if (s.gradWAbove) expect(view.weightText, where).toContain(`${s.arch}: beyond float64 range, up to`);
    if (s.gradWBelow) expect(view.weightText, where).toContain(`${s.arch}: beyond float64 range, down to`);
  }
}

describe('the corners of every range', () => {
  it('covers every combination of the five ranges, six activations and three architectures', () => {
    expect(CORNERS).toHaveLength(2 ** 5 * CHOICES.activation.length * 2 + 2 ** 4 * CHOICES.activation.length);
    expect(new Set(CORNERS.map((c) => c.hash)).size).toBe(CORNERS.length);
    expect(HUGE).toHaveLength(CORNERS.length / 4);
  });

  it(`${SETTLED.length} corners settle with labelled, finite, marked values`, { timeout: 600_000 }, async () => {
    const { page, errors, context } = await openPage(browser, baseUrl + SETTLED[0].hash, { initScript: COUNT_WORKERS });
    const seen = { above: 0, below: 0, zero: 0, overflow: 0 };
    const started = Date.now();
    for (const c of SETTLED) {
      const view = await visit(page, c.hash, paramsKey(decodeHash(c.hash).params));
      expectCorner(view, c, errors);
      for (const s of view.special) for (const k of Object.keys(seen) as (keyof typeof seen)[]) if (s[k]) seen[k] += 1;
    }
    console.log(`${SETTLED.length} corners in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The corners do reach past the float range both ways, and dead ReLU units give exact zeros.
    expect(seen.above).toBeGreaterThan(0);
    expect(seen.below).toBeGreaterThan(0);
    expect(seen.zero).toBeGreaterThan(0);
    const workers = await workerStats(page);
    // one live worker per architecture (plain and residual compute on workers of their own)
    expect(workers.created - workers.terminated).toBe(halvesUsed(SETTLED.map((c) => c.params.arch ?? 'both')));
    await context.close();
  });

  it('depth 1000 × width 512: the page says it is computing, keeps the last chart, and moves on at once', async () => {
    const { page, errors, context } = await openPage(browser, baseUrl + SETTLED[0].hash, { initScript: COUNT_WORKERS });
    const samples = [HUGE[0], HUGE[HUGE.length - 1], HUGE.find((c) => c.params.activation === 'gelu' && c.params.arch === 'residual')!];
    for (const [i, huge] of samples.entries()) {
      const small = SETTLED[(i * 37) % SETTLED.length];
      const before = await visit(page, small.hash, paramsKey(decodeHash(small.hash).params));
      expectCorner(before, small, errors);
      await page.evaluate((h) => {
        location.hash = h;
      }, huge.hash);
      await page.waitForTimeout(1500);
      const during = await page.evaluate(() => ({
        status: document.querySelector('.status-line')?.textContent ?? '',
        label: document.querySelector('.main-figure svg[role="img"]')?.getAttribute('aria-label') ?? '',
        text: document.body.innerText,
      }));
      expect(during.status).toMatch(/^Computing new settings… \(a large network: up to minutes\)$/);
      // The last result stays, labelled with its own depth (an architecture switch may show part of it).
      expect(during.label).toMatch(new RegExp(`^Gradient norms over ${small.params.depth} layers?: .+\\.$`));
      expect(during.text).not.toMatch(BAD_WORDS);
      // Moving on abandons the large job: the next corner is answered as fast as usual.
      const start = Date.now();
      const next = SETTLED[(i * 37 + 1) % SETTLED.length];
      expectCorner(await visit(page, next.hash, paramsKey(decodeHash(next.hash).params)), next, errors);
      expect(Date.now() - start).toBeLessThan(15_000);
    }
    const workers = await workerStats(page);
    // no worker is left behind: at most one per architecture (a half whose long job was stopped
    // for a request of the other architecture has none until it is asked again)
    expect(workers.created - workers.terminated).toBeGreaterThanOrEqual(1);
    expect(workers.created - workers.terminated).toBeLessThanOrEqual(2);
    expect(workers.created).toBeGreaterThanOrEqual(1 + samples.length);
    await context.close();
  });
});
