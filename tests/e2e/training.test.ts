// The training panel in real Chromium: play, pause, step and reset; the lesson preset where
// the plain network stalls while the residual one learns (numbers read from the store and the
// page); a diverging run marked as such with no NaN anywhere, then rescued by clipping; a
// network too large to train refused with a reason; the page kept responsive while it trains;
// training settings carried by a link, good and bad.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, openPage, type OpenedPage, withBrowser } from './browser';
import { BAD_WORDS, visibleText, waitForSettled, scrollIntoViewAndRender } from './pageState';

const baseUrl = inject('baseUrl');
let browser: Browser;
withBrowser((launched) => (browser = launched));

interface RunView {
  step: number;
  diverged: number | null;
  idle: boolean;
  evaluations: { step: number; trainLoss: number; testAccuracy: number | null }[];
}
interface TrainingView {
  playing: boolean;
  target: number;
  plain: RunView;
  residual: RunView;
  blocked: string | null;
}

async function training(page: Page): Promise<TrainingView> {
  return page.evaluate(() => {
    const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => Record<string, unknown> } } }).gradientFlow.store.getState();
    const run = s.trainingRun as { plain: RunView; residual: RunView; blocked: string | null };
    const view = (r: RunView) => ({ step: r.step, diverged: r.diverged, idle: r.idle, evaluations: r.evaluations.map((e) => ({ step: e.step, trainLoss: e.trainLoss, testAccuracy: e.testAccuracy })) });
    return { playing: s.trainingPlaying as boolean, target: s.trainingTarget as number, plain: view(run.plain), residual: view(run.residual), blocked: run.blocked };
  });
}

/** Waits until both runs have stopped (reached the target, or diverged) and play has ended. */
async function waitForRest(page: Page, timeout = 100_000): Promise<TrainingView> {
  await page.waitForFunction(
    () => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => Record<string, unknown> } } }).gradientFlow.store.getState();
      const run = s.trainingRun as { plain: RunView; residual: RunView };
      const rest = (r: RunView) => r.diverged !== null || (r.idle && r.step >= (s.trainingTarget as number) && r.evaluations.some((e) => e.step === r.step));
      return !s.trainingPlaying && rest(run.plain) && rest(run.residual);
    },
    undefined,
    { timeout, polling: 100 },
  );
  return training(page);
}

/** The training section: its buttons and labels, apart from those elsewhere on the page. */
const panel = (page: Page) => page.locator('.training');

async function openPanel(hash = '', width = 1280, height = 800, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width, height, colorScheme });
  await waitForSettled(opened.page);
  await scrollIntoViewAndRender(opened.page, '.training');
  return opened;
}

/** axe's violations inside the training section, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.training').analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const removed = (run: RunView, step: number) => {
  const start = run.evaluations.find((e) => e.step === 0)!.trainLoss;
  const end = run.evaluations.find((e) => e.step === step)!.trainLoss;
  return (start - end) / start;
};

describe('training panel', () => {
  it('play, pause, step and reset', async () => {
    const { page, errors, context } = await openPanel();
    await panel(page).getByRole('button', { name: /^Depth 32, tanh/ }).click();
    await panel(page).getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => { trainingRun: { plain: { step: number }; residual: { step: number } } } } } }).gradientFlow.store.getState();
      return Math.min(s.trainingRun.plain.step, s.trainingRun.residual.step) >= 15;
    }, undefined, { timeout: 60_000 });
    await panel(page).getByRole('button', { name: 'Pause' }).click();
    const paused = await waitForRest(page);
    expect(paused.plain.step).toBe(paused.residual.step);
    expect(paused.plain.step).toBeLessThan(150);
    await page.waitForTimeout(600);
    expect((await training(page)).plain.step).toBe(paused.plain.step);
    await expect.poll(() => page.locator('.training-progress__count').innerText()).toBe(`Step ${paused.plain.step} of 150`);

    await panel(page).getByRole('button', { name: 'Step', exact: true }).click();
    const stepped = await waitForRest(page);
    expect([stepped.plain.step, stepped.residual.step]).toEqual([paused.plain.step + 1, paused.plain.step + 1]);

    await panel(page).getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(async () => (await training(page)).plain.step).toBe(0);
    await waitForRest(page);
    await expect.poll(() => page.locator('.training-progress__count').innerText()).toBe('Step 0 of 150');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the lesson preset: after 150 steps the plain loss stays near chance while the residual loss falls', async () => {
    const { page, errors, context } = await openPanel('', 1920, 1080);
    await panel(page).getByRole('button', { name: /^Depth 32, tanh/ }).click();
    // the preset set the page's own parameters, so the link carries them
    await expect.poll(() => new URL(page.url()).hash).toContain('depth=32&width=16&act=tanh&sw=1&sb=0');
    await panel(page).getByLabel('Speed').selectOption({ label: 'as fast as possible' });
    await panel(page).getByRole('button', { name: 'Play' }).click();
    const done = await waitForRest(page);
    expect([done.plain.step, done.residual.step]).toEqual([150, 150]);
    expect(removed(done.plain, 150)).toBeLessThan(0.3);
    expect(removed(done.residual, 150)).toBeGreaterThan(0.9);
    const story = await page.locator('.training-story').innerText();
    expect(story).toMatch(/^After 150 steps the plain network's training loss (rose|fell|barely moved).*; the residual network's fell 9\d(\.\d)?\s%/);
    expect(await page.locator('.loss-chart').getAttribute('aria-label')).toBe(story);
    expect(await page.locator('.training-progress__count').innerText()).toBe('Step 150 of 150');
    expect(await page.locator('.decision-map canvas').count()).toBe(2);
    expect(await page.locator('.flow-chart path.series-line').count()).toBeGreaterThanOrEqual(2);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await page.locator('.training').screenshot({ path: artifactPath('training-lesson-1920x1080.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Pre-LN and Post-LN presets: at the same η the Pre-LN residual net fits the spirals, the Post-LN one stays at chance', async () => {
    const { page, errors, context } = await openPanel('', 1920, 1080);
    const summary = page.locator('.network-summary');
    const lastLoss = (run: RunView) => run.evaluations.find((e) => e.step === run.step)!.trainLoss;
    await panel(page).getByRole('button', { name: /^Pre-LN, Adam/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toContain('norm=pre-ln');
    await expect.poll(() => summary.locator('.network-summary__norm').innerText()).toBe('Pre-LN');
    expect(await summary.locator('.network-summary__tied').innerText()).toBe('own weights per layer');
    await panel(page).getByLabel('Speed').selectOption({ label: 'as fast as possible' });
    await panel(page).getByRole('button', { name: 'Play' }).click();
    const pre = await waitForRest(page, 240_000);
    expect(pre.residual.step).toBe(300);
    expect(lastLoss(pre.residual)).toBeLessThan(0.15);
    expect(await page.locator('.training-presets__look').innerText()).toMatch(/^What to look for\. Depth 48, ReLU, LayerNorm inside/);
    await page.locator('.training').screenshot({ path: artifactPath('training-preln-1920x1080.png') });

    await panel(page).getByRole('button', { name: /^Post-LN, same/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toContain('norm=post-ln');
    await expect.poll(() => summary.locator('.network-summary__norm').innerText()).toBe('Post-LN');
    await panel(page).getByRole('button', { name: 'Play' }).click();
    const post = await waitForRest(page, 240_000);
    expect(post.residual.step).toBe(300);
    expect(lastLoss(post.residual)).toBeGreaterThan(0.6);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await page.locator('.training').screenshot({ path: artifactPath('training-postln-1920x1080.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);

  it('the step scrubber shows the gradient flow of an earlier step', async () => {
    const { page, context } = await openPanel();
    await panel(page).getByRole('button', { name: /^Exploding/ }).click();
    await panel(page).getByLabel('Speed').selectOption({ label: 'as fast as possible' });
    await panel(page).getByRole('button', { name: 'Play' }).click();
    await waitForRest(page);
    const caption = page.locator('.training-caption');
    await expect.poll(() => caption.innerText()).toMatch(/^At step 150 /);
    const scrubber = panel(page).getByRole('slider', { name: 'Step shown' });
    await scrubber.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => caption.innerText()).toMatch(/^Before training the gradient at layer 0 is .* times the gradient at layer 32 in the plain network/);
    expect(await page.locator('.loss-chart .training-cursor').count()).toBe(1);
    await panel(page).getByRole('button', { name: 'Latest' }).click();
    await expect.poll(() => caption.innerText()).toMatch(/^At step 150 /);
    await context.close();
  });

  it('a diverging run is marked, with no NaN on the page; clipping rescues it', async () => {
    const { page, errors, context } = await openPanel('', 1024, 768);
    await panel(page).getByRole('button', { name: /^Diverging/ }).click();
    await panel(page).getByRole('button', { name: 'Play' }).click();
    const diverged = await waitForRest(page);
    expect(diverged.plain.diverged).not.toBeNull();
    await expect.poll(() => page.locator('.divergence-mark').first().textContent()).toMatch(/^plain diverged at step \d+$/);
    expect(await page.locator('.training-story').innerText()).toMatch(/diverged .*Turn on gradient clipping/);
    expect(await panel(page).getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    await page.locator('.training').screenshot({ path: artifactPath('training-diverged-1024x768.png') });

    await panel(page).getByLabel('Clip the gradient').check();
    await expect.poll(async () => (await training(page)).plain.diverged).toBeNull();
    await panel(page).getByLabel('Speed').selectOption({ label: 'as fast as possible' });
    await panel(page).getByRole('button', { name: 'Play' }).click();
    const rescued = await waitForRest(page);
    expect([rescued.plain.diverged, rescued.plain.step]).toEqual([null, 200]);
    expect(removed(rescued.plain, 200)).toBeGreaterThan(0.9);
    expect(await page.locator('.divergence-mark').count()).toBe(0);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds no violation in the trained panel (%s), with both tables open', async (colorScheme) => {
    const { page, context } = await openPanel('', 1280, 800, colorScheme);
    await panel(page).getByRole('button', { name: /^Diverging/ }).click();
    await panel(page).getByRole('button', { name: 'Play' }).click();
    await waitForRest(page);
    const toggles = panel(page).getByRole('button', { name: /^Show the numbers/ });
    expect(await toggles.count()).toBe(2);
    await toggles.first().click();
    await toggles.first().click();
    expect(await panel(page).locator('.layer-table').count()).toBe(2);
    expect(await panel(page).locator('.layer-table').first().innerText()).toMatch(/^Loss at each evaluated step/);
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('a link with training settings restores them in the panel; a change in the panel reaches the address', async () => {
    const hash = '#depth=12&width=16&task=xor&opt=adam&lr=0.005&mb=64&clip=on&clipnorm=10&pace=max&steps=300&preset=exploding';
    const { page, errors, context } = await openPanel(hash);
    const settings = () => page.evaluate(() => {
      const s = (globalThis as unknown as { gradientFlow: { store: { getState: () => Record<string, unknown> } } }).gradientFlow.store.getState();
      return { settings: s.trainingSettings, preset: s.trainingPreset };
    });
    expect(await settings()).toEqual({
      settings: { task: 'xor', optimizer: 'adam', learningRate: 0.005, batchSize: 64, clipOn: true, clip: 10, stepsPerSecond: null, runLength: 300 },
      preset: 'exploding',
    });
    const group = (name: string) => panel(page).getByRole('group', { name });
    expect(await group('Task').getByRole('radio', { name: 'XOR' }).isChecked()).toBe(true);
    expect(await group('Optimiser').getByRole('radio', { name: 'Adam' }).isChecked()).toBe(true);
    expect(await panel(page).getByRole('slider', { name: /^Learning rate/ }).getAttribute('aria-valuetext')).toMatch(/0\.005/);
    expect(await panel(page).getByLabel('Minibatch', { exact: true }).locator('option:checked').innerText()).toBe('64 points');
    expect(await panel(page).getByLabel('Clip the gradient', { exact: true }).isChecked()).toBe(true);
    expect(await panel(page).getByLabel('Clip norm', { exact: true }).locator('option:checked').innerText()).toBe('c = 10');
    expect(await panel(page).getByLabel('Steps per run', { exact: true }).locator('option:checked').innerText()).toBe('300 steps');
    expect(await panel(page).getByLabel('Speed', { exact: true }).locator('option:checked').innerText()).toBe('as fast as possible');
    expect(await page.locator('.notice').count()).toBe(0);

    await panel(page).getByLabel('Minibatch', { exact: true }).selectOption({ label: '8 points' });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('&mb=8&');
    expect(await page.evaluate(() => location.hash)).toMatch(/&task=xor&opt=adam&lr=0\.005&mb=8&clip=on&clipnorm=10&pace=max&steps=300&preset=exploding$/);
    await page.reload();
    await waitForSettled(page);
    expect((await settings()).settings).toMatchObject({ task: 'xor', batchSize: 8, runLength: 300 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link with bad training settings says so and uses sane ones', async () => {
    const { page, errors, context } = await openPanel('#depth=12&width=16&opt=rmsprop&lr=1e999&steps=-5');
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual([
      expect.stringContaining('opt=rmsprop is not one of sgd, momentum, adam; using momentum'),
      expect.stringContaining('lr=1e999 is out of range; using 10'),
      expect.stringContaining('steps=-5 is not one of 50, 100, 150, 200, 300, 500, 1000, 3000; using 50'),
    ]);
    expect(await panel(page).getByRole('group', { name: 'Optimiser' }).getByRole('radio', { name: 'Momentum' }).isChecked()).toBe(true);
    expect(await panel(page).getByLabel('Steps per run', { exact: true }).locator('option:checked').innerText()).toBe('50 steps');
    expect(await visibleText(page)).not.toMatch(BAD_WORDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a network too large to train here is refused with the reason', async () => {
    const { page, errors, context } = await openPanel('#depth=200&width=64');
    await expect.poll(() => page.locator('.training-story').innerText()).toMatch(/^Training here is limited to depth × width² ≤ 500,000 .*; this network has 200 × 64² = 819,200\. Lower the depth or the width/);
    expect(await panel(page).getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    expect((await training(page)).blocked).not.toBeNull();
    expect(page.workers().filter((w) => w.url().includes('training'))).toHaveLength(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('trains in two workers while the page keeps drawing frames', async () => {
    const { page, context } = await openPanel();
    await panel(page).getByRole('button', { name: /^Depth 32, tanh/ }).click();
    await panel(page).getByLabel('Speed').selectOption({ label: 'as fast as possible' });
    await panel(page).getByRole('button', { name: 'Play' }).click();
    // the longest gap between animation frames over two seconds of training
    const gap = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = performance.now();
          let worst = 0;
          const end = last + 2000;
          const frame = (now: number) => {
            worst = Math.max(worst, now - last);
            last = now;
            if (now < end) requestAnimationFrame(frame);
            else resolve(worst);
          };
          requestAnimationFrame(frame);
        }),
    );
    expect(page.workers().filter((w) => w.url().includes('training'))).toHaveLength(2);
    expect((await training(page)).plain.step).toBeGreaterThan(0);
    // generous for a loaded test machine; an idle laptop stays near one frame
    expect(gap).toBeLessThan(400);
    await context.close();
  });
});
