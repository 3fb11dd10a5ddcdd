// Test doubles for the training worker: a session driven by a fake clock and a hand-run timer
// queue (each training step costs a fixed number of fake milliseconds), and a fake Worker.

import { DEFAULT_CONFIG, type Arch, type NetworkConfig } from '../../src/core';
import { createTrainer, type TrainerOptions } from '../../src/core/training';
import { createTrainingSession } from '../../src/worker/trainingSession';
import type { TrainingWorkerLike } from '../../src/worker/trainingClient';
import type { Cadence, TrainingReply, TrainingReport, TrainingRequest } from '../../src/worker/trainingProtocol';

export const SMALL: NetworkConfig = { ...DEFAULT_CONFIG, depth: 6, width: 8, activation: 'tanh', seed: 3 };
export const OPTIONS: TrainerOptions = {
  task: 'circles', optimizer: { kind: 'sgd', momentum: 0.9 }, learningRate: 0.05, batchSize: 8, seed: 3, sizes: { train: 40, test: 20 },
};
export const CADENCE: Cadence = { evalEvery: 5, gridEvery: 10, gridRes: 4 };

/** A request without its id (the fake numbers them). */
type RequestBody = TrainingRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** A session whose clock moves only when a step runs (`stepMs` each) or when the test says so. */
export function fakeSession(stepMs = 10) {
  let clock = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const replies: TrainingReply[] = [];
  let built = 0;
  const session = createTrainingSession({
    post: (reply) => replies.push(reply),
    now: () => clock,
    later: (fn, ms) => timers.push({ at: clock + ms, fn }),
    createTrainer: (config, arch, options) => {
      built += 1;
      const trainer = createTrainer(config, arch, options);
      const step = trainer.step.bind(trainer);
      return {
        ...trainer,
        step: () => {
          clock += stepMs;
          return step();
        },
      };
    },
  });
  let nextId = 1;
  const send = (request: RequestBody) => session.receive({ id: nextId++, ...request });
  return {
    session,
    replies,
    send,
    reset: (arch: Arch = 'plain', config = SMALL, options = OPTIONS, cadence = CADENCE) => send({ type: 'reset', arch, config, options, cadence }),
    advance: (until: number, stepsPerSecond: number | null = null, settle = true) => send({ type: 'advance', until, stepsPerSecond, settle }),
    /** Runs the earliest pending timer, moving the clock to it; false when none is pending. */
    runTimer(): boolean {
      if (timers.length === 0) return false;
      timers.sort((a, b) => a.at - b.at);
      const { at, fn } = timers.shift()!;
      clock = Math.max(clock, at);
      fn();
      return true;
    },
    /** Runs timers until none is left (or `limit` ran). */
    runAll(limit = 10_000): number {
      let n = 0;
      while (n < limit && this.runTimer()) n += 1;
      return n;
    },
    pending: () => timers.length,
    /** how many trainers the session has built */
    built: () => built,
    advanceClock: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
    reports: () => replies.filter((r): r is TrainingReport => r.type === 'report'),
    errors: () => replies.filter((r) => r.type === 'error'),
  };
}

/** All minibatch losses a session reported, in step order. */
export function allLosses(reports: readonly TrainingReport[]): number[] {
  return reports.flatMap((r) => Array.from(r.losses));
}

type Listener = (event: never) => void;

/** A Worker that records what it is sent and replies on demand. */
export class FakeTrainingWorker implements TrainingWorkerLike {
  readonly posted: TrainingRequest[] = [];
  terminated = false;
  private readonly listeners: Record<string, Listener[]> = { message: [], error: [], messageerror: [] };

  constructor(readonly arch: Arch) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners[type].push(listener);
  }

  postMessage(message: TrainingRequest): void {
    if (this.terminated) throw new Error('postMessage on a terminated worker');
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(data: unknown): void {
    for (const listener of this.listeners.message) listener({ data } as never);
  }

  crash(message = 'boom'): void {
    for (const listener of this.listeners.error) listener({ message } as never);
  }
}

/** A minimal report for `runId`, to feed a client or a store. */
export function report(runId: number, arch: Arch, step: number, extra: Partial<TrainingReport> = {}): TrainingReport {
  return {
    type: 'report', runId, arch, step, losses: new Float64Array(0), gradSteps: new Int32Array(0), gradNorms: new Float64Array(0),
    clipped: 0, evaluations: [], grid: null, diverged: null, idle: true, stepMs: null, ...extra,
  };
}
