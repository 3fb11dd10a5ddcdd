// The final results the page has received, by the key of the parameters they were computed
// for. A result depends on nothing but its parameters (the seed is one of them), so a
// setting seen before is shown again from here at once, exactly as computed. The least
// recently used results leave first once the cache holds more than its budget of bytes or of
// entries (a slider's whole track is at most 113 positions), so a long session's memory
// stops growing once the cache is full.

import type { ArchResult, GradientResult } from '../core';

/** A final result and the time it took to compute. */
export interface CachedResult {
  result: GradientResult;
  ms: number;
}

/** Bytes held by a result's arrays. */
export function resultBytes(result: GradientResult): number {
  const arch = (r: ArchResult | null) =>
    r === null
      ? 0
      : [r.gradF, r.normF].reduce((sum, s) => sum + s.mean.byteLength + s.p10.byteLength + s.p50.byteLength + s.p90.byteLength, 0) +
        r.gradW.byteLength + r.gradB.byteLength + r.meanD.byteLength + (r.gradV?.byteLength ?? 0);
  return arch(result.plain) + arch(result.residual);
}

export class ResultCache {
  /** insertion order is use order: the first entry is the least recently used */
  private readonly entries = new Map<string, CachedResult & { bytes: number }>();
  private held = 0;

  constructor(
    private readonly budgetBytes: number,
    private readonly maxEntries = Infinity,
  ) {}

  get(key: string): CachedResult | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, cached: CachedResult): void {
    const bytes = resultBytes(cached.result);
    if (bytes > this.budgetBytes) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.held -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { ...cached, bytes });
    this.held += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.budgetBytes && this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
      this.held -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.held;
  }
}
