// The built page under its Content-Security-Policy: the policy in index.html is strict (scripts
// from the page's own origin only, no eval, no inline script), the build holds no inline script
// or eval, the browser enforces the policy, and loading and using the page violates none of it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { MAIN_CHART, waitForSettled } from './pageState';

const baseUrl = inject('baseUrl');
/** The build folder the global setup serves. */
const DIST = process.env.GF_DIST ?? 'dist';
let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launchBrowser();
  html = await (await fetch(baseUrl)).text();
});
afterAll(async () => {
  await browser?.close();
});

/** Records every policy violation the document reports, from before the page's own scripts run. */
const RECORD_VIOLATIONS = `(() => {
  const seen = [];
  globalThis.__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
})();`;

function policy(page: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page);
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta');
  return new Map(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name, sources] as [string, string[]]),
  );
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('Content-Security-Policy', () => {
  it('is strict: own-origin scripts only, no eval, inline only for style attributes', () => {
    const csp = policy(html);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(["'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:'], `${name} ${source}`).not.toContain(source);
        if (source === "'unsafe-inline'") expect(name, 'unsafe-inline is for KaTeX style attributes only').toBe('style-src');
        if (source === 'data:' || source === 'blob:') expect(['img-src', 'font-src'], `${name} ${source}`).toContain(name);
      }
    }
  });

  it('the built HTML has no inline script and no inline event handler', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\//);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('the built scripts, workers included, never evaluate strings', () => {
    const scripts = files(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/(^|[^.\w$])eval\s*\(|\bnew Function\s*\(|\bFunction\s*\(\s*["'`]|set(Timeout|Interval)\s*\(\s*["'`]/);
    }
  });

  // Code evaluated through the DevTools protocol is exempt from the eval check, so eval is
  // checked above in the policy and the bundles; here the browser refuses injected script.
  it('Chromium enforces it: injected inline script and inline handlers do not run', async () => {
    const { page, context } = await openPage(browser, baseUrl, { initScript: RECORD_VIOLATIONS });
    await waitForSettled(page);
    const ran = await page.evaluate(async () => {
      const flags = globalThis as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'globalThis.__inlineRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'globalThis.__handlerRan = true');
      image.src = 'missing.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      script.remove();
      image.remove();
      return { inline: flags.__inlineRan === true, handler: flags.__handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    await expect.poll(() => violations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
    await context.close();
  });

  it('loading and using the page violates nothing', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}#depth=30&act=relu`, { initScript: RECORD_VIOLATIONS });
    await waitForSettled(page);
    const box = (await page.locator(MAIN_CHART).boundingBox())!;
    for (let i = 1; i < 6; i++) await page.mouse.move(box.x + (box.width * i) / 6, box.y + box.height / 2);
    const depth = page.getByRole('slider', { name: /^Depth/ });
    await depth.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('radio', { name: /^Residual/ }).check();
    await waitForSettled(page);
    for (const name of [/^Customise this view/, /^Export/]) {
      const button = page.getByRole('button', { name });
      if ((await button.count()) > 0) await button.first().click();
    }
    // Scrolling brings every panel (equations, derivations, theory, training) into view.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(500);
    expect(await violations(page)).toEqual([]);
    expect(errors.filter((e) => /Content[- ]Security[- ]Policy|violat/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
