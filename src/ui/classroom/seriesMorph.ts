// The clock of a chart transition, outside React: it holds the frame on screen, and when told
// to animate it steps from that frame to the new target over MORPH_MS, one frame per
// animation frame. React reads it through useSyncExternalStore (see useSceneMorph).

import type { ArchResult } from '../../core/result';
import { easeInOut, morphArchs } from './morph';

export const MORPH_MS = 400;

/** The timer functions the morph needs; tests pass a fake clock. */
export interface FrameClock {
  now(): number;
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const browserClock: FrameClock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class SeriesMorph {
  private frame: readonly ArchResult[];
  private target: readonly ArchResult[];
  private from: readonly ArchResult[] = [];
  private start = 0;
  private handle: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    initial: readonly ArchResult[],
    private readonly clock: FrameClock = browserClock,
    private readonly durationMs = MORPH_MS,
  ) {
    this.frame = initial;
    this.target = initial;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The frame on screen: the same array until it changes. */
  snapshot = (): readonly ArchResult[] => this.frame;

  /** true while frames are still to come */
  get running(): boolean {
    return this.handle !== null;
  }

  /** Shows `target` at once. */
  jump(target: readonly ArchResult[]): void {
    this.stop();
    this.target = target;
    this.setFrame(target);
  }

  /** Moves from the frame on screen to `target`; a new target mid-way starts from where it is. */
  animate(target: readonly ArchResult[]): void {
    if (target === this.target && (this.running || this.frame === target)) return;
    this.stop();
    this.from = this.frame;
    this.target = target;
    this.start = this.clock.now();
    this.handle = this.clock.request(this.tick);
  }

  /** Stops the clock; the frame stays where it is. */
  stop(): void {
    if (this.handle !== null) this.clock.cancel(this.handle);
    this.handle = null;
  }

  private tick = () => {
    const t = (this.clock.now() - this.start) / this.durationMs;
    if (t >= 1) {
      this.handle = null;
      this.setFrame(this.target);
      return;
    }
    this.setFrame(morphArchs(this.from, this.target, easeInOut(t)));
    this.handle = this.clock.request(this.tick);
  };

  private setFrame(frame: readonly ArchResult[]) {
    if (frame === this.frame) return;
    this.frame = frame;
    for (const listener of this.listeners) listener();
  }
}
