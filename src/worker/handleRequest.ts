// What the worker does with one message: check its shape, run it through the core, post the
// replies. Everything the worker global provides (postMessage, timers, close) comes in as
// `HandlerDeps`, so tests drive this with plain functions instead of a real Worker.

import { assertValidConfig, type ArchChoice, type GradientResult, type NetworkConfig } from '../core';
import { estimateCost, PROGRESSIVE_COST } from './cost';
import { decodeRequest } from './decodeRequest';
import { derivationHandlers } from './jobs/derivationJobs';
import { theoryHandlers } from './jobs/theoryJobs';
import {
  resultTransferables,
  type AheadRequest,
  type CrashTestRequest,
  type ErrorReply,
  type GradientsRequest,
  type RequestOf,
  type RequestType,
  type WorkerReply,
  type WorkerRequest,
} from './protocol';

export interface HandlerDeps {
  post(reply: WorkerReply, transfer: Transferable[]): void;
  /** computeGradients over the worker's weight cache; `samples` limits it to the first inputs */
  compute(config: NetworkConfig, arch: ArchChoice, samples?: number): GradientResult;
  /** Resolves after `ms` milliseconds (a timer, so queued messages are received meanwhile). */
  sleep(ms: number): Promise<void>;
  now(): number;
  /** self.close(): the worker stops without a word (crash-test 'exit'). */
  close(): void;
  /** Never returns (crash-test 'hang'). */
  hang(): void;
}

/**
 * How long a large job waits after its preview for a newer request before refining. The page
 * sends its newest request as soon as the preview reaches it, which usually takes less than a
 * frame; a refinement it saves takes far longer (the job is large by PROGRESSIVE_COST).
 */
export const REFINE_GRACE_MS = 16;

/** What a job may ask of the handler while it runs. */
interface JobContext {
  /** A newer request of the same kind has arrived. */
  isStale(request: WorkerRequest): boolean;
  /** Resolves when the next message arrives, or after `ms` at the latest. */
  nextMessage(ms: number): Promise<void>;
}

/**
 * Returns the worker's message handler. It notes each request's id synchronously on arrival,
 * before any await, so a job waiting between its stages can tell that a newer request came in.
 */
export function createRequestHandler(deps: HandlerDeps): (data: unknown) => Promise<void> {
  const newestId = new Map<RequestType, number>();
  // jobs waiting between stages, woken by the next message
  let waiting: (() => void)[] = [];
  const context: JobContext = {
    isStale: (request) => (newestId.get(request.type) ?? -Infinity) > request.id,
    nextMessage: (ms) =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        void deps.sleep(ms).then(() => resolve());
      }),
  };
  const noteArrival = (request: WorkerRequest | ErrorReply) => {
    if (request.type !== 'error') newestId.set(request.type, Math.max(request.id, newestId.get(request.type) ?? -Infinity));
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve();
  };

  const handlers: { [T in RequestType]: (request: RequestOf<T>) => Promise<void> | void } = {
    gradients: (request) => runGradients(request, deps, context),
    'gradients-ahead': (request) => runAhead(request, deps, context),
    'crash-test': (request) => runCrashTest(request, deps),
    ...derivationHandlers(deps),
    ...theoryHandlers(deps, context),
  };

  return async (data) => {
    const request = decodeRequest(data);
    noteArrival(request);
    if (request.type === 'error') {
      deps.post(request, []);
      return;
    }
    try {
      // The table is keyed by request type, so each handler receives its own kind of request.
      await (handlers[request.type] as (r: WorkerRequest) => Promise<void> | void)(request);
    } catch (error) {
      deps.post({ type: 'error', id: request.id, message: errorMessage(error) }, []);
    }
  };
}

/** A preview then the full batch for large jobs; the refinement is skipped once a newer request has arrived. */
async function runGradients(request: GradientsRequest, deps: HandlerDeps, context: JobContext): Promise<void> {
  const { id, config, arch } = request;
  assertValidConfig(config);
  const stage = (samples: number | undefined, final: boolean) => {
    const start = deps.now();
    const result = deps.compute(config, arch, samples);
    const reply: WorkerReply = { type: 'gradients-result', id, result, final, ms: deps.now() - start };
    deps.post(reply, resultTransferables(result));
  };

  if (request.samples !== undefined) return stage(Math.min(request.samples, config.batch), true);
  if (config.batch > 1 && estimateCost(config, arch) > PROGRESSIVE_COST) {
    stage(1, false);
    await context.nextMessage(REFINE_GRACE_MS);
    if (context.isStale(request)) return;
  }
  stage(undefined, true);
}

/**
 * The settings of a list one by one, each posted as it is done. Before each, the worker takes
 * the messages that have arrived (the reader's own request is computed first); a newer list
 * ends this one.
 */
async function runAhead(request: AheadRequest, deps: HandlerDeps, context: JobContext): Promise<void> {
  for (const [index, config] of request.configs.entries()) {
    await context.nextMessage(0);
    if (context.isStale(request)) return;
    assertValidConfig(config);
    const start = deps.now();
    const result = deps.compute(config, request.arch);
    deps.post({ type: 'gradients-ahead-result', id: request.id, index, result, ms: deps.now() - start }, resultTransferables(result));
  }
}

function runCrashTest(request: CrashTestRequest, deps: HandlerDeps): void {
  switch (request.mode) {
    case 'throw':
      throw new Error('crash-test: deliberate failure');
    case 'exit':
      deps.close();
      return;
    case 'hang':
      deps.hang();
      return;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
