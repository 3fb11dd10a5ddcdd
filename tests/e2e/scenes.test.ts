// The guided tour in real Chromium: starting it, stepping by button and by the keys a
// presentation clicker sends (but never taking the arrows from a focused slider or the chart),
// one URL per scene, a live answer that agrees with the chart, the curves morphing between
// scenes unless the reader prefers reduced motion, and a bad scene number in a link.

import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCENES, sceneParams } from '../../src/store/classroomScenes';
import { openPage, type OpenedPage, type OpenOptions, withBrowser } from './browser';
import { BAD_WORDS, chartLabel, MAIN_CHART, storeState, tourState, visibleText, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash = '', options: OpenOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width: 1280, height: 900, ...options });
  await waitForSettled(opened.page);
  return opened;
}

const curves = (page: Page) => page.$$eval(`${MAIN_CHART} path.series-line`, (ps) => ps.map((p) => p.getAttribute('d')).join('|'));
const answer = (page: Page) => page.locator('.scene-panel__answer').innerText();

describe('stepping through the tour', () => {
  it('the Guided tour button opens scene 1 with its setup, its chart veiled until the answer is revealed', async () => {
    const { page, context, errors } = await open();
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await waitForSettled(page);
    expect(await tourState(page)).toEqual({ scene: 1, revealed: false });
    expect(page.url()).toMatch(/&scene=1$/);
    expect((await storeState(page)).params).toEqual(sceneParams(0));
    await expect.poll(() => page.getByRole('heading', { name: SCENES[0].title }).isVisible()).toBe(true);
    // hidden from sight and from assistive technology until revealed
    expect(await page.locator('.scene-veil__content').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator(MAIN_CHART).isVisible()).toBe(false);
    expect(await page.locator('.readout__table').isVisible()).toBe(false);
    await page.locator('.scene-panel').getByRole('button', { name: /Reveal the answer/ }).click();
    expect(await tourState(page)).toEqual({ scene: 1, revealed: true });
    expect(await page.locator(MAIN_CHART).isVisible()).toBe(true);
    expect(await answer(page)).toMatch(/explodes/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('→, Space and PageDown go forward (reveal, then next scene); ←, PageUp and Shift+Space go back', async () => {
    const { page, context } = await open('#scene=2');
    const steps: [string, { scene: number; revealed: boolean }][] = [
      ['ArrowRight', { scene: 2, revealed: true }],
      ['Space', { scene: 3, revealed: false }],
      ['PageDown', { scene: 3, revealed: true }],
      ['ArrowLeft', { scene: 2, revealed: true }],
      ['PageUp', { scene: 1, revealed: true }],
      ['PageUp', { scene: 1, revealed: true }],
      ['Space', { scene: 2, revealed: false }],
      ['Shift+Space', { scene: 1, revealed: true }],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect(await tourState(page), key).toEqual(expected);
    }
    await waitForSettled(page);
    expect(page.url()).toMatch(/&scene=1$/);
    expect((await storeState(page)).params).toEqual(sceneParams(0));
    await context.close();
  });

  it('arrow keys stay with a focused slider, radio group and the chart; Space stays with a focused button', async () => {
    const { page, context } = await open('#scene=4');
    await page.keyboard.press('ArrowRight');
    const before = await tourState(page);
    const depth = page.getByRole('slider', { name: /^Depth/ });
    await depth.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await tourState(page)).toEqual(before);
    expect((await storeState(page)).params.depth).not.toBe(sceneParams(3).depth);

    await page.getByRole('radio', { name: 'Both' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await tourState(page)).toEqual(before);

    await page.locator(MAIN_CHART).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await tourState(page)).toEqual(before);
    expect(await page.locator('.chart-tooltip').isVisible()).toBe(true);

    // the reader changed the setup: the card says so and offers it back
    const back = page.getByRole('button', { name: 'Back to the scene’s setup' });
    await back.focus();
    await page.keyboard.press('Space');
    expect(await tourState(page)).toEqual(before);
    await waitForSettled(page);
    expect((await storeState(page)).params).toEqual(sceneParams(3));
    expect(await back.count()).toBe(0);
    await context.close();
  });

  it('the forward button keeps focus from reveal to next scene; the last scene ends the tour and Leave ends it too', async () => {
    const { page, context } = await open(`#scene=${SCENES.length - 1}`);
    const forward = page.locator('.scene-nav .button--primary');
    await forward.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    expect(await tourState(page)).toEqual({ scene: SCENES.length, revealed: true });
    expect(await forward.innerText()).toMatch(/End of the tour/);
    expect(await forward.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('button--primary'))).toBe(true);
    await page.getByRole('button', { name: 'Leave the tour' }).click();
    expect(await tourState(page)).toEqual({ scene: null, revealed: false });
    await expect.poll(() => page.url()).not.toMatch(/scene=/);
    await page.keyboard.press('ArrowRight');
    expect(await tourState(page)).toEqual({ scene: null, revealed: false });
    await context.close();
  });
});

describe('every scene', () => {
  it.each(SCENES.map((s, i) => [i + 1, s.id] as const))(
    'scene %i (%s): its link opens it with its setup; the revealed answer quotes the numbers on the chart',
    async (n) => {
      const { page, context, errors } = await open(`#scene=${n}`);
      const scene = SCENES[n - 1];
      expect(await tourState(page)).toEqual({ scene: n, revealed: false });
      expect((await storeState(page)).params).toEqual(sceneParams(n - 1));
      expect(await page.locator('.scene-panel__progress').innerText()).toMatch(new RegExp(`Scene ${n} of ${SCENES.length}`, 'i'));
      await page.keyboard.press('ArrowRight');
      const text = await answer(page);
      expect(text).not.toContain('…');
      expect(text).not.toMatch(/[{}_]/);
      // each live number in the answer is the one the takeaway above the chart states
      const takeaway = await page.locator('.takeaway').innerText();
      const numbers = await page.locator('.scene-panel__answer .scene-live').allInnerTexts();
      expect(numbers.length).toBeGreaterThan(0);
      for (const number of numbers.filter((t) => /\d/.test(t))) expect(takeaway.replace(/\s/g, '')).toContain(number.replace(/\s/g, ''));
      const label = await chartLabel(page);
      for (const arch of ['plain', 'residual'] as const) expect(label.includes(arch), arch).toBe(scene.checks.some((c) => c.arch === arch) || sceneParams(n - 1).arch === 'both');
      expect(await visibleText(page)).not.toMatch(BAD_WORDS);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('a link to a scene number beyond the tour opens the last scene and says so', async () => {
    const { page, context } = await open('#scene=99');
    expect(await tourState(page)).toEqual({ scene: SCENES.length, revealed: false });
    expect((await page.getByRole('status').allInnerTexts()).join(' ')).toContain(`scene=99 is out of range (1–${SCENES.length}); using ${SCENES.length}`);
    await context.close();
  });

  it('a link with a scene and changed parameters keeps the changes and offers the scene’s setup back', async () => {
    const { page, context } = await open('#scene=5&depth=20');
    expect((await storeState(page)).params).toEqual({ ...sceneParams(4), depth: 20 });
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('button', { name: 'Back to the scene’s setup' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('transitions', () => {
  /**
   * Every distinct `d` of the first curve, one sample per animation frame, from just before
   * `action` until the final result is in and the curve has not moved for `quietMs`.
   */
  async function framesDuring(page: Page, action: () => Promise<void>, quietMs: number): Promise<string[]> {
    await page.evaluate((quietMs) => {
      type Store = { getState: () => { computing: boolean; resultFinal: boolean } };
      const seen: string[] = [];
      const g = globalThis as unknown as { seenFrames: Promise<string[]>; gradientFlow: { store: Store } };
      g.seenFrames = new Promise((done) => {
        const start = performance.now();
        let changed = start;
        const sample = () => {
          const now = performance.now();
          const d = document.querySelector('.main-figure svg[role="img"] path.series-line')?.getAttribute('d') ?? '';
          if (seen[seen.length - 1] !== d) {
            seen.push(d);
            changed = now;
          }
          const s = g.gradientFlow.store.getState();
          const settled = !s.computing && s.resultFinal && now - changed > quietMs;
          if ((settled && now - start > quietMs) || now - start > 20_000) done(seen);
          else requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
    }, quietMs);
    await action();
    return page.evaluate(() => (globalThis as unknown as { seenFrames: Promise<string[]> }).seenFrames);
  }

  it('revealing the next scene morphs the last scene’s curve over several frames into exactly the new one', async () => {
    const { page, context } = await open('#scene=1', { reducedMotion: 'no-preference' });
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
    const previous = (await curves(page)).split('|')[0];
    await page.keyboard.press('ArrowRight');
    await waitForSettled(page);
    const frames = await framesDuring(page, () => page.keyboard.press('ArrowRight'), 600);
    expect(await tourState(page)).toEqual({ scene: 2, revealed: true });
    expect(frames[0]).toBe(previous);
    expect(frames.length).toBeGreaterThanOrEqual(6);
    expect(frames[frames.length - 1]).toBe((await curves(page)).split('|')[0]);
    // and stepping back morphs too
    const back = await framesDuring(page, () => page.keyboard.press('ArrowLeft'), 600);
    await waitForSettled(page);
    expect(back.length).toBeGreaterThanOrEqual(6);
    expect(back[back.length - 1]).toBe(previous);
    await context.close();
  });

  it('with reduced motion the new curve replaces the old one at once', async () => {
    const { page, context } = await open('#scene=1', { reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    const frames = await framesDuring(page, async () => {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }, 600);
    await waitForSettled(page);
    expect(await tourState(page)).toEqual({ scene: 2, revealed: true });
    // the old curve, then (perhaps a one-input preview, then) the new one: never a blend
    expect(frames.length).toBeLessThanOrEqual(3);
    await context.close();
  });

  it('a slider dragged outside the tour never animates', async () => {
    const { page, context } = await open('', { reducedMotion: 'no-preference' });
    const slider = page.getByRole('slider', { name: /^Weight scale/ });
    await slider.focus();
    const frames = await framesDuring(page, () => page.keyboard.press('ArrowRight'), 600);
    expect(frames.length).toBeLessThanOrEqual(3);
    await context.close();
  });
});
