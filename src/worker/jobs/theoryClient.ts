// The page's side of one theory job kind, on a worker of its own so that a phase diagram or a
// spectrum never delays the gradient chart. Each request is posted at once and supersedes the
// ones before it: the worker drops a superseded job at its next pause (between batches of
// cells), and only replies to the newest request reach the listeners. A running job too large
// to wait for is stopped by replacing its worker. A worker that crashes or stays silent past
// its deadline is replaced and the newest request tried once more; after that the failure is
// reported.

import type { WorkerLike } from '../client';
import { isFinalReply, isWorkerReply, type WorkerRequest } from '../protocol';
import type { TheoryReply, TheoryRequest } from './theoryProtocol';

/** A request of kind T before the client gives it an id. */
export type TheoryBody<T extends TheoryRequest['type']> = Omit<Extract<TheoryRequest, { type: T }>, 'id'>;

export interface TheoryListener<Reply> {
  /** a reply (one of possibly several) to the newest request */
  reply?(reply: Reply): void;
  /** the newest request failed, or its worker failed twice */
  error?(message: string, id: number): void;
}

export interface TheoryClientOptions<Body> {
  /** longest silence allowed between two replies before the worker is presumed hung */
  deadlineMs(body: Body): number;
  /** true when a running job is not worth finishing once superseded: its worker is replaced */
  abandon?(body: Body): boolean;
  /** a name for messages ("phase diagram") */
  name: string;
}

interface Job<Body> {
  id: number;
  body: Body;
  attempts: number;
}

const MAX_ATTEMPTS = 2;

export class TheoryJobClient<T extends TheoryRequest['type'], Reply extends TheoryReply> {
  private worker: WorkerLike | null = null;
  /** the newest request, until its last reply */
  private running: Job<TheoryBody<T>> | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;
  private disposed = false;
  private readonly listeners = new Set<TheoryListener<Reply>>();

  constructor(
    private readonly createWorker: () => WorkerLike,
    /** the reply types that answer this client's requests */
    private readonly replyTypes: readonly Reply['type'][],
    private readonly options: TheoryClientOptions<TheoryBody<T>>,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  listen(listener: TheoryListener<Reply>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Posts a request that supersedes every earlier one; returns its id. */
  request(body: TheoryBody<T>): number {
    const job = { id: this.nextId++, body, attempts: 0 };
    if (this.disposed) return job.id;
    if (this.running && this.options.abandon?.(this.running.body)) this.replaceWorker();
    this.give(job);
    return job.id;
  }

  /** Forgets the newest request; a job still running is stopped by replacing its worker. */
  cancel(): void {
    if (this.running) this.replaceWorker();
  }

  /** The id of the newest request (0 before the first). */
  get latestId(): number {
    return this.nextId - 1;
  }

  /** True while the newest request has not had its last reply. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Terminates the worker and forgets every request. */
  dispose(): void {
    this.disposed = true;
    this.replaceWorker();
    this.listeners.clear();
  }

  private give(job: Job<TheoryBody<T>>): void {
    const worker = this.worker ?? this.spawn();
    job.attempts += 1;
    this.running = job;
    this.startDeadline();
    try {
      worker.postMessage({ ...job.body, id: job.id } as WorkerRequest);
    } catch (error) {
      this.running = null;
      this.stopDeadline();
      this.emitError(`The ${this.options.name} request could not be sent: ${error instanceof Error ? error.message : String(error)}`, job.id);
    }
  }

  private spawn(): WorkerLike {
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      if (worker === this.worker) this.receive(event.data);
    });
    worker.addEventListener('error', () => {
      if (worker === this.worker) this.recover(`The ${this.options.name} worker crashed.`);
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.recover(`A reply from the ${this.options.name} worker could not be read.`);
    });
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    if (!isWorkerReply(data)) {
      this.emitError(`The ${this.options.name} worker sent a malformed reply.`, -1);
      return;
    }
    const job = this.running;
    // any reply, even to a superseded job, shows the worker is alive
    if (job) this.startDeadline();
    if (data.id === -1 && data.type === 'error') this.emitError(data.message, -1);
    if (!job || data.id !== job.id) return;
    if (isFinalReply(data)) {
      this.running = null;
      this.stopDeadline();
    }
    if (data.type === 'error') this.emitError(data.message, data.id);
    else if ((this.replyTypes as readonly string[]).includes(data.type)) for (const listener of [...this.listeners]) listener.reply?.(data as Reply);
  }

  /** Stops the worker without a word to the listeners: no answer is wanted from it any more. */
  private replaceWorker(): void {
    this.stopDeadline();
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
  }

  private recover(reason: string): void {
    const job = this.running;
    this.replaceWorker();
    if (!job) return;
    if (job.attempts < MAX_ATTEMPTS) this.give(job);
    else this.emitError(`${reason} It failed again after a restart.`, job.id);
  }

  private startDeadline(): void {
    this.stopDeadline();
    if (!this.running) return;
    const ms = this.options.deadlineMs(this.running.body);
    this.deadline = setTimeout(() => {
      this.deadline = null;
      this.recover(`The ${this.options.name} worker did not answer within ${Math.round(ms / 1000)} s.`);
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
