// Test doubles for the worker layer: a Worker that records what it is sent and replies on
// demand, and a minimal result whose arrays can be told apart.

import type { ArchResult, GradientResult } from '../../src/core';
import { DEFAULT_CONFIG } from '../../src/core';
import type { WorkerLike } from '../../src/worker/client';
import type { WorkerReply, WorkerRequest } from '../../src/worker/protocol';

type Listener = (event: never) => void;

export class FakeWorker implements WorkerLike {
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners: Record<string, Listener[]> = { message: [], error: [], messageerror: [] };

  addEventListener(type: string, listener: Listener): void {
    this.listeners[type].push(listener);
  }

  postMessage(message: WorkerRequest): void {
    if (this.terminated) throw new Error('postMessage on a terminated worker');
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The newest request this worker received. */
  get last(): WorkerRequest {
    return this.posted[this.posted.length - 1];
  }

  reply(data: WorkerReply | unknown): void {
    this.emit('message', { data });
  }

  crash(message = 'boom'): void {
    this.emit('error', { message });
  }

  garble(): void {
    this.emit('messageerror', {});
  }

  private emit(type: string, event: object): void {
    for (const listener of this.listeners[type]) listener(event as never);
  }
}

/** A factory that remembers every worker it made. */
export function fakeWorkerFactory() {
  const workers: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  };
  const live = () => workers.filter((w) => !w.terminated);
  return { create, workers, live };
}

export function fakeArch(arch: 'plain' | 'residual', depth = 3, fill = 0): ArchResult {
  const layer = () => new Float64Array(depth + 1).fill(fill);
  const spread = () => ({ mean: layer(), p10: layer(), p50: layer(), p90: layer() });
  return {
    arch,
    depth,
    samples: 1,
    gradF: spread(),
    normF: spread(),
    gradW: new Float64Array(depth),
    gradB: new Float64Array(depth),
    gradV: arch === 'residual' ? new Float64Array(depth) : null,
    meanD: new Float64Array(depth),
    overflowLayer: null,
  };
}

export function fakeResult(fill = 0): GradientResult {
  return { config: DEFAULT_CONFIG, plain: fakeArch('plain', 3, fill), residual: fakeArch('residual', 3, fill) };
}

export function resultReply(id: number, final = true, fill = id): WorkerReply {
  return { type: 'gradients-result', id, result: fakeResult(fill), final, ms: 1 };
}
