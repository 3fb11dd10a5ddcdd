// The page's side of the compute worker. It owns one Worker and keeps the traffic small: one
// request at a time waits for the worker's first reply; requests made meanwhile replace each
// other here, and only the newest is sent when that reply comes. Replies to a request
// superseded by one already sent are dropped. A worker that crashes or stays silent past its
// deadline is terminated and replaced, and the newest request is tried once more. A worker
// busy with a long job that a newer request of the same kind supersedes, on a network too big
// for its weight cache, is replaced at once, so the page never waits minutes for an answer
// nobody will see; one whose weights the cache holds is waited for, cache and all.

import type { ArchChoice, NetworkConfig } from '../core';
import { weightCacheBudget } from '../core/weights';
import { estimateWork, weightBytes } from './cost';
import type { ClientListener, ClientOptions, WorkerLike } from './clientTypes';
import { isFinalReply, isWorkerReply, type CrashMode, type RequestBody, type WorkerRequest } from './protocol';

export type { ClientListener, ClientOptions, WorkerLike } from './clientTypes';

interface Job {
  id: number;
  body: RequestBody;
  /** the worker has replied to it at least once */
  answered: boolean;
  /** how many workers it has been given to */
  attempts: number;
}

const MAX_ATTEMPTS = 2;

export class GradientClient {
  private worker: WorkerLike | null = null;
  /** the newest job given to the worker that has not had its last reply */
  private sent: Job | null = null;
  /** the newest job not yet given to the worker */
  private waiting: Job | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;
  private disposed = false;
  private readonly listeners = new Set<ClientListener>();
  private deadlineMs: number;
  private readonly opsPerSecond: number;
  private readonly abandonWork: number;
  private readonly cacheBytes: number;

  constructor(
    private readonly createWorker: () => WorkerLike,
    options: ClientOptions = {},
  ) {
    this.deadlineMs = options.deadlineMs ?? 10_000;
    // Over ten times below a quiet two-core machine (~1.4e9): a job whose worker is replaced
    // for being slow would only be slow again, on a busy laptop too.
    this.opsPerSecond = options.opsPerSecond ?? 1e8;
    // Seconds to minutes of work, on networks too big for the weight cache: replacing the
    // worker loses nothing a smaller, cached network would have reused.
    this.abandonWork = options.abandonWork ?? 2e10;
    this.cacheBytes = options.cacheBytes ?? weightCacheBudget((globalThis as { navigator?: { deviceMemory?: number } }).navigator?.deviceMemory);
  }

  /** Sets the base deadline for requests given from now on (browser tests of the hang path shorten it). */
  setDeadlineMs(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.deadlineMs = ms;
  }

  /** Adds a listener; returns the function that removes it. */
  listen(listener: ClientListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks for the gradients of one configuration; returns the request id. */
  requestGradients(config: NetworkConfig, arch: ArchChoice, samples?: number): number {
    return this.submit(samples === undefined ? { type: 'gradients', config, arch } : { type: 'gradients', config, arch, samples });
  }

  /**
   * Computes settings ahead of the reader, between the worker's other jobs: each is answered to
   * the `ahead` listeners as it is done, and a newer list replaces this one. Nothing is retried
   * and nothing waits for it: a list lost with a restarted worker is only not computed ahead.
   */
  computeAhead(configs: NetworkConfig[], arch: ArchChoice): number {
    // from the same count as requests, so an error reply to a list is never taken for a request's
    const id = this.nextId++;
    if (this.disposed) return id;
    try {
      (this.worker ?? this.spawn()).postMessage({ type: 'gradients-ahead', id, configs, arch });
    } catch {
      // a list that cannot be sent is not computed ahead; the reader's requests are unaffected
    }
    return id;
  }

  /** Makes the worker throw, close itself or hang (for browser tests of the recovery path). */
  crashTest(mode: CrashMode): number {
    return this.submit({ type: 'crash-test', mode });
  }

  /** Queues any request; it supersedes every earlier one. Returns its id. */
  submit(body: RequestBody): number {
    const job: Job = { id: this.nextId++, body, answered: false, attempts: 0 };
    if (this.disposed) return job.id;
    if (this.sent && this.abandons(this.sent, job)) this.replaceWorker();
    if (this.sent && !this.sent.answered) this.waiting = job;
    else this.give(job);
    return job.id;
  }

  /** The id of the newest request or list computed ahead (0 before the first). */
  get latestId(): number {
    return this.nextId - 1;
  }

  /** True while some request has not had its last reply. */
  get busy(): boolean {
    return this.sent !== null || this.waiting !== null;
  }

  /**
   * The caller wants no answer to anything asked so far: the waiting request is dropped, and a
   * running job too long to wait for is stopped with its worker (as a newer request would).
   */
  release(): void {
    this.waiting = null;
    if (this.sent && this.tooLongToWaitFor(this.sent)) this.replaceWorker();
  }

  /** Terminates the worker and forgets every request. */
  dispose(): void {
    this.disposed = true;
    this.stopDeadline();
    this.worker?.terminate();
    this.worker = null;
    this.sent = null;
    this.waiting = null;
    this.listeners.clear();
  }

  private give(job: Job): void {
    const worker = this.worker ?? this.spawn();
    job.attempts += 1;
    this.sent = job;
    this.startDeadline();
    try {
      worker.postMessage({ ...job.body, id: job.id } as WorkerRequest);
    } catch (error) {
      // A request that cannot be cloned never reaches the worker: fail it here, keep the worker.
      this.sent = null;
      this.stopDeadline();
      this.emitError(`The request could not be sent: ${error instanceof Error ? error.message : String(error)}`, job.id);
    }
  }

  private spawn(): WorkerLike {
    const worker = this.createWorker();
    // Events from a worker that has since been replaced are ignored.
    worker.addEventListener('message', (event) => {
      if (worker === this.worker) this.receive(event.data);
    });
    worker.addEventListener('error', (event) => {
      if (worker === this.worker) this.recover(`The compute worker crashed${describeError(event)}.`);
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.recover('A reply from the compute worker could not be read.');
    });
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    if (!isWorkerReply(data)) {
      this.emitError('The compute worker sent a malformed reply.', -1);
      return;
    }
    // Any reply shows the worker is alive, even one to a superseded request it is finishing.
    if (this.sent) this.startDeadline();
    if (data.id === -1 && data.type === 'error') {
      this.emitError(data.message, -1);
      return;
    }
    if (data.type === 'gradients-ahead-result') {
      for (const listener of [...this.listeners]) listener.ahead?.(data);
      return;
    }
    const job = this.sent;
    if (!job || data.id !== job.id) return;

    job.answered = true;
    if (isFinalReply(data)) {
      this.sent = null;
      this.stopDeadline();
    }
    // Give the worker the newest waiting request now: if it is about to refine the job that
    // just answered, it finds this one queued and skips the refinement.
    const next = this.waiting;
    if (next) {
      this.waiting = null;
      this.give(next);
    }
    if (data.type === 'error') this.emitError(data.message, data.id);
    else if (data.type === 'gradients-result') for (const listener of [...this.listeners]) listener.result?.(data);
  }

  /** True when `newer` makes the running job `running` not worth finishing (nor its worker's cache worth keeping). */
  private abandons(running: Job, newer: Job): boolean {
    return newer.body.type === 'gradients' && this.tooLongToWaitFor(running);
  }

  /** A gradients job of long work whose weights do not fit the worker's cache. */
  private tooLongToWaitFor(job: Job): boolean {
    if (job.body.type !== 'gradients') return false;
    return workOf(job) > this.abandonWork && weightBytes(job.body.config, job.body.arch) > this.cacheBytes;
  }

  /** Stops the worker mid-job without a word to the listeners: its answer is no longer wanted. */
  private replaceWorker(): void {
    this.stopDeadline();
    this.worker?.terminate();
    this.worker = null;
    this.sent = null;
    this.waiting = null;
  }

  /** Replaces the worker and retries the newest request, unless that request has had its two tries. */
  private recover(reason: string): void {
    this.stopDeadline();
    this.worker?.terminate();
    this.worker = null;
    const job = this.waiting ?? this.sent;
    this.waiting = null;
    this.sent = null;
    // A deliberate fault is not retried: it would only fault again.
    const retry = job !== null && job.body.type !== 'crash-test' && job.attempts < MAX_ATTEMPTS;
    if (job && !retry && job.body.type !== 'crash-test') {
      this.emitError(`${reason} It failed again after a restart.`, job.id);
      return;
    }
    for (const listener of [...this.listeners]) listener.restart?.(reason);
    if (retry) this.give(job);
  }

  private startDeadline(): void {
    this.stopDeadline();
    const ms = this.deadlineMs + ((this.sent ? workOf(this.sent) : 0) / this.opsPerSecond) * 1000;
    this.deadline = setTimeout(() => {
      this.deadline = null;
      this.recover(`The compute worker did not answer within ${formatSeconds(ms)}.`);
    }, ms);
  }

  private stopDeadline(): void {
    if (this.deadline !== null) clearTimeout(this.deadline);
    this.deadline = null;
  }

  private emitError(message: string, id: number): void {
    for (const listener of [...this.listeners]) listener.error?.(message, id);
  }
}

/** Estimated multiply-adds of a job (gradients only; the others are small). */
function workOf(job: Job): number {
  return job.body.type === 'gradients' ? estimateWork(job.body.config, job.body.arch) : 0;
}

function describeError(event: Event): string {
  const message = (event as Partial<ErrorEvent>).message;
  return typeof message === 'string' && message !== '' ? ` (${message})` : '';
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The worker the app uses: the compute worker as an ES module, bundled by Vite. */
export function createComputeWorker(): WorkerLike {
  return new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
}
