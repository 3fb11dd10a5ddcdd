// The page's side of one kind of derivation job, on a worker of its own so that a long linear
// case never holds up the gradients or a layer's numbers. One request at a time is in the
// worker; newer ones replace each other while they wait, so only the newest is sent next, and
// a reply to anything but the request in the worker is dropped. A crashed or silent worker is
// replaced and the newest request tried once more; after that the failure is reported.

import type { WorkerLike } from '../client';
import type { LayerDetailReply, LayerDetailRequest, LinearCaseReply, LinearCaseRequest, WorkerRequest } from '../protocol';
import { isWorkerReply } from '../protocol';

/** A request of one derivation kind before the client gives it an id, and its reply. */
export type LinearCaseBody = Omit<LinearCaseRequest, 'id'>;
export type LayerDetailBody = Omit<LayerDetailRequest, 'id'>;

export interface JobListener<Reply> {
  result?(reply: Reply): void;
  /** the request failed, or the worker failed twice on it */
  error?(message: string, id: number): void;
}

export interface JobClientOptions<Body> {
  /** silence allowed before the worker is presumed hung, for this request */
  deadlineMs(body: Body): number;
}

interface Job<Body> {
  id: number;
  body: Body;
  attempts: number;
}

const MAX_ATTEMPTS = 2;

export class JobClient<Body extends LinearCaseBody | LayerDetailBody, Reply extends LinearCaseReply | LayerDetailReply> {
  private worker: WorkerLike | null = null;
  private sent: Job<Body> | null = null;
  private waiting: Job<Body> | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;
  private disposed = false;
  private readonly listeners = new Set<JobListener<Reply>>();

  constructor(
    private readonly createWorker: () => WorkerLike,
    /** the reply type that answers this client's requests */
    private readonly replyType: Reply['type'],
    private readonly options: JobClientOptions<Body>,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  listen(listener: JobListener<Reply>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a request that supersedes every earlier one; returns its id. */
  request(body: Body): number {
    const job: Job<Body> = { id: this.nextId++, body, attempts: 0 };
    if (this.disposed) return job.id;
    if (this.sent) this.waiting = job;
    else this.give(job);
    return job.id;
  }

  /** True while a request has not had its reply. */
  get busy(): boolean {
    return this.sent !== null || this.waiting !== null;
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

  private give(job: Job<Body>): void {
    const worker = this.worker ?? this.spawn();
    job.attempts += 1;
    this.sent = job;
    this.stopDeadline();
    const ms = this.options.deadlineMs(job.body);
    this.deadline = setTimeout(() => this.recover(`The derivations worker did not answer within ${Math.round(ms / 1000)} s.`), ms);
    try {
      worker.postMessage({ ...job.body, id: job.id } as WorkerRequest);
    } catch (error) {
      this.sent = null;
      this.stopDeadline();
      this.emitError(`The request could not be sent: ${error instanceof Error ? error.message : String(error)}`, job.id);
    }
  }

  private spawn(): WorkerLike {
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      if (worker === this.worker) this.receive(event.data);
    });
    worker.addEventListener('error', () => {
      if (worker === this.worker) this.recover('The derivations worker crashed.');
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.recover('A reply from the derivations worker could not be read.');
    });
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    if (!isWorkerReply(data)) {
      this.emitError('The derivations worker sent a malformed reply.', -1);
      return;
    }
    const job = this.sent;
    if (data.id === -1 && data.type === 'error') this.emitError(data.message, -1);
    if (!job || data.id !== job.id) return;
    this.sent = null;
    this.stopDeadline();
    const next = this.waiting;
    this.waiting = null;
    if (next) this.give(next);
    if (data.type === 'error') this.emitError(data.message, data.id);
    else if (data.type === this.replyType) for (const listener of [...this.listeners]) listener.result?.(data as Reply);
  }

  private recover(reason: string): void {
    this.stopDeadline();
    this.worker?.terminate();
    this.worker = null;
    const job = this.waiting ?? this.sent;
    this.waiting = null;
    this.sent = null;
    if (!job) return;
    if (job.attempts < MAX_ATTEMPTS) this.give(job);
    else this.emitError(`${reason} It failed again after a restart.`, job.id);
  }

  private stopDeadline(): void {
    if (this.deadline !== null) clearTimeout(this.deadline);
    this.deadline = null;
  }

  private emitError(message: string, id: number): void {
    for (const listener of [...this.listeners]) listener.error?.(message, id);
  }
}
