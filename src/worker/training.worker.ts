// A training worker: wires the worker global to one training session. The page starts one of
// these per architecture, so plain and residual train on separate cores.

import { createTrainingSession } from './trainingSession';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const session = createTrainingSession({
  post: (reply, transfer) => scope.postMessage(reply, transfer),
  now: () => performance.now(),
  later: (fn, ms) => void setTimeout(fn, ms),
});

scope.onmessage = (event: MessageEvent) => session.receive(event.data);
scope.onmessageerror = () => scope.postMessage({ type: 'error', runId: -1, arch: null, message: 'training request could not be deserialized' });
