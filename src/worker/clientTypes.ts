// What the page's side of a compute worker is given and tells: the part of a Worker it uses,
// its options, and the listener of its replies (client.ts).

import type { AheadReply, GradientsReply, WorkerRequest } from './protocol';

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface ClientListener {
  /** A result for the newest request the worker has started on (a preview or the final one). */
  result?(reply: GradientsReply): void;
  /** A request failed: the worker replied with an error, or it failed again after a retry. */
  error?(message: string, id: number): void;
  /** The worker crashed or stayed silent and was replaced; the newest request is being retried. */
  restart?(reason: string): void;
  /** One setting of a list computed ahead (computeAhead). */
  ahead?(reply: AheadReply): void;
}

export interface ClientOptions {
  /** How long the worker may stay silent before it is presumed hung. */
  deadlineMs?: number;
  /**
   * A pessimistic compute speed in multiply-adds per second. A gradients job's deadline
   * grows by its estimated work at this speed, so a big but healthy job is not cut off.
   */
  opsPerSecond?: number;
  /**
   * A gradients job estimated at more multiply-adds than this, whose weights do not fit the
   * worker's cache, is abandoned when a newer gradients request arrives: its worker is
   * replaced rather than waited for.
   */
  abandonWork?: number;
  /**
   * The worker's weight cache budget in bytes. A job whose weights fit is never abandoned:
   * replacing its worker would throw away the cache that makes the next request fast.
   */
  cacheBytes?: number;
}
