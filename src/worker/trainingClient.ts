// The page's side of the training workers: one Worker per architecture, made on the first
// reset, so plain and residual train on two cores and a page that never trains starts none.
// Replies from a run that a newer reset replaced are dropped here. A worker that crashes is
// terminated and reported; the next reset starts a fresh one.

import type { Arch, NetworkConfig } from '../core';
import type { TrainerOptions } from '../core/training';
import { isTrainingReply, type Cadence, type TrainingReport, type TrainingRequest } from './trainingProtocol';

/** The part of a Worker the client uses; tests pass a fake. */
export interface TrainingWorkerLike {
  postMessage(message: TrainingRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface TrainingListener {
  /** A report from the current run of `report.arch`. */
  report?(report: TrainingReport): void;
  /** A run failed or its worker crashed; `arch` is null when the message names no run. */
  error?(message: string, arch: Arch | null): void;
}

interface Slot {
  worker: TrainingWorkerLike | null;
  /** id of the newest reset sent to this worker, or null when it has no run */
  runId: number | null;
}

export const TRAINING_ARCHS: readonly Arch[] = ['plain', 'residual'];

export class TrainingClient {
  private readonly slots: Record<Arch, Slot> = { plain: { worker: null, runId: null }, residual: { worker: null, runId: null } };
  private readonly listeners = new Set<TrainingListener>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly createWorker: (arch: Arch) => TrainingWorkerLike) {}

  listen(listener: TrainingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a new run of `arch`; returns its id. */
  reset(arch: Arch, config: NetworkConfig, options: TrainerOptions, cadence: Cadence): number {
    const id = this.nextId++;
    if (this.disposed) return id;
    const slot = this.slots[arch];
    slot.runId = id;
    this.send(arch, { type: 'reset', id, arch, config, options, cadence });
    return id;
  }

  /** Asks the run of `arch` to reach step `until` (see AdvanceRequest). */
  advance(arch: Arch, until: number, stepsPerSecond: number | null, settle: boolean): void {
    if (this.slots[arch].runId === null) return;
    this.send(arch, { type: 'advance', id: this.nextId++, until, stepsPerSecond, settle });
  }

  setLearningRate(arch: Arch, learningRate: number): void {
    if (this.slots[arch].runId === null) return;
    this.send(arch, { type: 'learning-rate', id: this.nextId++, learningRate });
  }

  /** Terminates both workers and forgets their runs. */
  dispose(): void {
    this.disposed = true;
    for (const arch of TRAINING_ARCHS) this.drop(arch);
    this.listeners.clear();
  }

  private send(arch: Arch, request: TrainingRequest): void {
    const slot = this.slots[arch];
    const worker = slot.worker ?? this.spawn(arch);
    try {
      worker.postMessage(request);
    } catch (error) {
      this.emitError(`The training request could not be sent: ${error instanceof Error ? error.message : String(error)}`, arch);
    }
  }

  private spawn(arch: Arch): TrainingWorkerLike {
    const worker = this.createWorker(arch);
    const current = () => this.slots[arch].worker === worker;
    worker.addEventListener('message', (event) => {
      if (current()) this.receive(arch, event.data);
    });
    worker.addEventListener('error', (event) => {
      if (current()) this.crash(arch, `The ${arch} training worker crashed${describeError(event)}.`);
    });
    worker.addEventListener('messageerror', () => {
      if (current()) this.crash(arch, `A reply from the ${arch} training worker could not be read.`);
    });
    this.slots[arch].worker = worker;
    return worker;
  }

  private receive(arch: Arch, data: unknown): void {
    if (!isTrainingReply(data)) {
      this.emitError(`The ${arch} training worker sent a malformed reply.`, arch);
      return;
    }
    const { runId } = this.slots[arch];
    if (data.type === 'error') {
      if (data.runId === runId || data.runId === -1) this.emitError(data.message, arch);
      return;
    }
    if (data.runId !== runId) return;
    for (const listener of [...this.listeners]) listener.report?.(data);
  }

  private crash(arch: Arch, reason: string): void {
    this.drop(arch);
    this.emitError(`${reason} Press Reset to train again.`, arch);
  }

  private drop(arch: Arch): void {
    const slot = this.slots[arch];
    slot.worker?.terminate();
    slot.worker = null;
    slot.runId = null;
  }

  private emitError(message: string, arch: Arch | null): void {
    for (const listener of [...this.listeners]) listener.error?.(message, arch);
  }
}

function describeError(event: Event): string {
  const message = (event as Partial<ErrorEvent>).message;
  return typeof message === 'string' && message !== '' ? ` (${message})` : '';
}

/** The worker the page uses for one architecture, bundled by Vite. */
export function createTrainingWorker(arch: Arch): TrainingWorkerLike {
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: `training-${arch}` });
}
