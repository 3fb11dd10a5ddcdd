// Counting the page's gradient workers: a wrapper around Worker, installed before the page's own
// scripts, counts the workers whose first message is a gradients or crash-test request (other
// panels run workers of their own) as they are constructed and terminated. `dropping` makes a
// gradient worker lose every message, like one that never answers.

import type { Page } from 'playwright-core';

export const COUNT_WORKERS = `(() => {
  const Native = globalThis.Worker;
  const stats = { created: 0, terminated: 0, dropping: false };
  globalThis.__workerStats = stats;
  globalThis.Worker = class CountedWorker extends Native {
    postMessage(message, transfer) {
      if (this.kind === undefined) {
        this.kind = message && (message.type === 'gradients' || message.type === 'crash-test') ? 'gradients' : 'other';
        if (this.kind === 'gradients') stats.created += 1;
      }
      if (this.kind === 'gradients' && stats.dropping) return;
      super.postMessage(message, transfer);
    }
    terminate() {
      if (this.kind === 'gradients' && !this.counted) { this.counted = true; stats.terminated += 1; }
      super.terminate();
    }
  };
})();`;

export interface WorkerStats {
  created: number;
  terminated: number;
}

export function workerStats(page: Page): Promise<WorkerStats> {
  return page.evaluate(() => {
    const { created, terminated } = (globalThis as unknown as { __workerStats: WorkerStats }).__workerStats;
    return { created, terminated };
  });
}

/** Makes every gradient worker lose (true) or deliver (false) the messages it is sent. */
export function setDropping(page: Page, dropping: boolean): Promise<void> {
  return page.evaluate((d) => {
    (globalThis as unknown as { __workerStats: { dropping: boolean } }).__workerStats.dropping = d;
  }, dropping);
}
