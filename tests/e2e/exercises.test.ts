// The Exercises section in real Chromium: each part accepts a right answer and names a planted
// wrong entry while accepting the others; progress survives a reload and a corrupt stored value
// is ignored with a notice; the completion code round-trips through the instructor's box; part
// 6 records a prediction and the chart's outcome; locks, presentation and embed modes; the
// keyboard moves between cells; axe finds nothing in the section.

import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  activationAnswer, affineAnswer, chainAnswer, drawExerciseSet, plainStepAnswer, residualStepAnswer,
} from '../../src/core/exercises';
import { PREDICT_SCENES } from '../../src/store/exercisePrediction';
import { STORAGE_KEY } from '../../src/store/exercisesStorage';
import { entryText } from '../../src/ui/exercises/texMatrix';
import { artifactPath, openPage, type OpenedPage, type OpenOptions, withBrowser } from './browser';

const baseUrl = inject('baseUrl');
const SEED = 4711;
let browser: Browser;
withBrowser((launched) => (browser = launched));

async function open(hash: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, baseUrl + hash, { width: 1280, height: 900, ...options });
  await opened.page.locator('.ex-section').waitFor({ timeout: 30_000 });
  return opened;
}

/** Each grid part's expected values by grid name, from the core, as the test's own oracle. */
function expectedOf(seed: number): Record<number, Record<string, number[]>> {
  const set = drawExerciseSet(seed, PREDICT_SCENES.length);
  const step = (a: ReturnType<typeof plainStepAnswer>) => ({ gradZ: Array.from(a.gradZ.data), gradFPrev: Array.from(a.gradFPrev.data) });
  return {
    1: { J: Array.from(affineAnswer(set.affine).data) },
    2: { J: Array.from(activationAnswer(set.activation).data) },
    3: { J: Array.from(chainAnswer(set.chain).data) },
    4: step(plainStepAnswer(set.plain)),
    5: step(residualStepAnswer(set.residual)),
  };
}

const card = (page: Page, n: number) => page.locator(`#exercise-${n}`);
const cells = (part: Locator, grid: string) => part.locator(`[data-grid="${grid}"] input`);

/** Types `values` into the grids of exercise `n`; `plant` adds 1 to one cell of the last grid. */
async function fill(page: Page, n: number, grids: Record<string, number[]>, plant?: number) {
  const names = Object.keys(grids);
  for (const name of names) {
    const inputs = cells(card(page, n), name);
    for (let i = 0; i < grids[name].length; i++) {
      const wrong = plant === i && name === names.at(-1);
      await inputs.nth(i).fill(entryText(grids[name][i] + (wrong ? 1 : 0)));
    }
  }
  await card(page, n).getByRole('button', { name: 'Check', exact: true }).click();
}

const feedback = (page: Page, n: number) => card(page, n).locator('.ex-feedback').first();
const checklistStatus = (page: Page, item: string) => page.locator(`.ex-checklist__item[data-item="${item}"] .ex-checklist__status`);

describe('the exercises', () => {
  it('accept right answers; progress survives a reload; the code round-trips through the instructor’s box', async () => {
    const { page, context, errors } = await open(`#ex=${SEED}`);
    const expected = expectedOf(SEED);
    const items = ['affine', 'activation', 'chain', 'plain', 'residual'];
    for (let n = 1; n <= 5; n++) {
      await fill(page, n, expected[n]);
      await expect.poll(() => feedback(page, n).textContent()).toBe('All entries are right.');
      expect(await checklistStatus(page, items[n - 1]).textContent()).toBe('right');
    }
    const choice = page.locator('[data-choice="why"]');
    await choice.getByLabel(/^The identity term passes/).check();
    await choice.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(() => choice.locator('[role="status"]').textContent()).toMatch(/^Right\..*triangle inequality/);

    await page.reload();
    await page.locator('.ex-section').waitFor();
    for (const item of [...items, 'why']) await expect.poll(() => checklistStatus(page, item).textContent()).toBe('right');
    const firstCell = await cells(card(page, 3), 'J').first().inputValue();
    expect(Number(firstCell)).toBeCloseTo(expected[3].J[0], 3);

    const code = await page.getByLabel('Your completion code').inputValue();
    expect(code).toBe(`GF-EX1 seed=${SEED} 1=right 2=right 3=right 4=right 5=right 5b=right 6=todo`);
    await page.getByLabel('Check a student’s code').fill(code);
    await page.getByRole('button', { name: 'Check the code' }).click();
    const table = page.locator(`.ex-check-code__table[data-checked-seed="${SEED}"]`);
    await table.waitFor();
    for (const item of [...items, 'why']) expect(await table.locator(`tr[data-item="${item}"] td`).textContent()).toBe('right');
    expect(await table.locator('tr[data-item="predict"] td').textContent()).toBe('not done');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('name a planted wrong entry and accept the others, in every part', async () => {
    const seed = 90210;
    const { page, context } = await open(`#ex=${seed}`);
    const expected = expectedOf(seed);
    for (let n = 1; n <= 5; n++) {
      const names = Object.keys(expected[n]);
      const last = names.at(-1) ?? '';
      await fill(page, n, expected[n], 1);
      const text = (await feedback(page, n).textContent()) ?? '';
      const total = names.reduce((s, name) => s + expected[n][name].length, 0);
      expect(text).toContain(`${total - 1} of ${total} entries are right.`);
      expect(text).toMatch(/ Wrong: [^.]*(row 1, column 2|entry 2)\.$/);
      const marks = card(page, n).locator('.ex-cell__mark');
      expect(await marks.filter({ hasText: '✓ right' }).count()).toBe(total - 1);
      expect(await card(page, n).locator(`[data-grid="${last}"] .ex-cell--wrong input`).getAttribute('aria-label')).toMatch(/(row 1, column 2|row 2, column 1)$/);
    }
    expect(await checklistStatus(page, 'affine').textContent()).toBe('tried, not yet right');
    await context.close();
  });

  it('mark empty and unreadable cells in words, and Show answer records the item as shown', async () => {
    const { page, context } = await open(`#ex=${SEED}&exercise=1`);
    const part = card(page, 1);
    await cells(part, 'J').first().fill('two');
    await part.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await feedback(page, 1).textContent()).toMatch(/Empty: Jacobian of g, row 1, column 2; .*\. Not a number: Jacobian of g, row 1, column 1\.$/);
    await part.getByRole('button', { name: 'Hint' }).click();
    expect(await part.locator('.ex-hints__step [data-math="jacobian.affine.def"]').count()).toBe(1);
    await part.getByRole('button', { name: 'Show answer' }).click();
    expect(await checklistStatus(page, 'affine').textContent()).toBe('answer shown');
    const A = drawExerciseSet(SEED, PREDICT_SCENES.length).affine.A;
    expect(Number(await cells(part, 'J').nth(1).inputValue())).toBe(A.data[1]);
    await context.close();
  });

  it('ignore a corrupt stored value with a notice, and start a fresh record', async () => {
    const { page, context, errors } = await open(`#ex=${SEED}`, { initScript: `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, '{"version":1,"sets":')` });
    await expect.poll(() => page.locator('.ex-notice').textContent()).toMatch(/could not be read and was ignored/);
    expect(await checklistStatus(page, 'affine').textContent()).toBe('not done');
    await fill(page, 1, expectedOf(SEED)[1]);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
    expect(stored.sets[`s${SEED}`].status.affine).toBe('right');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('give a clear message for a malformed code', async () => {
    const { page, context } = await open('');
    await page.getByLabel('Check a student’s code').fill('GF-EX1 seed=12 1=right 2=maybe');
    await page.getByRole('button', { name: 'Check the code' }).click();
    expect(await page.locator('.ex-check-code__error').textContent()).toBe('Part 2 has the unknown result "maybe".');
    await context.close();
  });

  it('record part 6’s prediction, then the chart’s outcome from the live result', async () => {
    const { page, context } = await open(`#ex=${SEED}&exercise=6`);
    const part = card(page, 6);
    await part.getByLabel(/^vanish/).check();
    await part.getByLabel(/About 10 to the power/).fill('-3');
    await part.getByRole('button', { name: 'Record my prediction and open the scene' }).click();
    await page.getByRole('button', { name: 'Reveal the answer' }).first().click();
    await part.locator('[data-predict="done"]').waitFor({ timeout: 60_000 });
    expect(await part.textContent()).toMatch(/The chart: layer 0’s gradient is .* of the top/);
    expect(await checklistStatus(page, 'predict').textContent()).toBe('predicted and revealed');
    expect(await page.getByLabel('Your completion code').inputValue()).toMatch(/ 6=said:vanish@-3,saw:(vanish|keep|explode)@-?\d/);
    await context.close();
  });
});

describe('links and modes', () => {
  it('a locked set keeps its numbers: no New numbers button', async () => {
    const { page, context } = await open('#ex=77&exlock=1');
    expect(await page.locator('[data-ex-seed="77"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'New numbers' }).count()).toBe(0);
    expect(await page.locator('.ex-set__lock').textContent()).toMatch(/fixed by your link/);
    await context.close();
  });

  it('the arrow keys move between cells', async () => {
    const { page, context } = await open(`#ex=${SEED}&exercise=3`);
    const grid = cells(card(page, 3), 'J');
    await grid.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1-0');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1-1');
    await page.keyboard.type('12');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1-1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1-2');
    await context.close();
  });

  it('presentation mode with exercise=3 shows that exercise alone, in large type', async () => {
    const { page, context } = await open(`#ex=${SEED}&exercise=3&present=1`, { width: 1024, height: 768 });
    await expect.poll(() => card(page, 3).isVisible()).toBe(true);
    expect(await card(page, 2).isVisible()).toBe(false);
    expect(await page.locator('.layout').isVisible()).toBe(false);
    const size = await cells(card(page, 3), 'J').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: artifactPath('exercise-3-present-1024.png') });
    await context.close();
  });

  it('embed mode with exercise=3 is that exercise alone', async () => {
    const { page, context } = await open(`#embed=1&ex=${SEED}&exercise=3`);
    expect(await page.locator('.ex-card').count()).toBe(1);
    expect(await page.locator('.main-figure').count()).toBe(0);
    await context.close();
  });

  it('axe finds nothing in the section', async () => {
    const { page, context } = await open(`#ex=${SEED}&exercise=5`);
    await fill(page, 5, expectedOf(SEED)[5], 0);
    const results = await new AxeBuilder({ page }).include('.ex-section').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  }, 300_000);
});
