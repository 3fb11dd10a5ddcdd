// The compute worker: wires the worker global to the request handler. All decisions live in
// handleRequest.ts; this file only supplies what exists inside a worker.

import { computeGradients, WeightCache } from '../core';
import { weightCacheBudget } from '../core/weights';
import { createRequestHandler } from './handleRequest';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// One cache for the worker's lifetime: a σ_w or σ_v drag then only rescales cached unit matrices.
// Its budget follows the device's memory, so a deep, wide network is drawn once, not per pass;
// the matrices reside in the kernels' WebAssembly memory, so a pass does not copy them in.
const cache = new WeightCache(weightCacheBudget((self as { navigator?: { deviceMemory?: number } }).navigator?.deviceMemory), { resident: true });

const handle = createRequestHandler({
  post: (reply, transfer) => scope.postMessage(reply, transfer),
  compute: (config, arch, samples) => computeGradients(config, arch, samples === undefined ? { cache } : { cache, samples }),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => performance.now(),
  close: () => scope.close(),
  hang: () => {
    while (true) {
      // crash-test: keep the thread busy so the page's deadline has to replace the worker
    }
  },
});

scope.onmessage = (event: MessageEvent) => void handle(event.data);
scope.onmessageerror = () => scope.postMessage({ type: 'error', id: -1, message: 'request could not be deserialized' });
