// The worker entry file, loaded against a stand-in for the worker global: checks the wiring
// (post with transferables, real timers, close) rather than the handler's logic.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import type { WorkerReply } from '../../src/worker/protocol';

const posted: { reply: WorkerReply; transfer: unknown }[] = [];
const scope = {
  postMessage: (reply: WorkerReply, transfer?: unknown) => posted.push({ reply, transfer }),
  close: vi.fn(),
  onmessage: null as ((event: { data: unknown }) => void) | null,
  onmessageerror: null as (() => void) | null,
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../src/worker/compute.worker');
});
afterAll(() => vi.unstubAllGlobals());

const send = (data: unknown) => scope.onmessage?.({ data });
const SMALL: NetworkConfig = { ...DEFAULT_CONFIG, depth: 3, width: 4, batch: 2 };
const LARGE: NetworkConfig = { ...DEFAULT_CONFIG, depth: 40, width: 256, batch: 16 };

describe('compute.worker', () => {
  it('answers a request with the real core and transfers the arrays', async () => {
    posted.length = 0;
    send({ type: 'gradients', id: 1, config: SMALL, arch: 'both' });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    const { reply, transfer } = posted[0];
    expect(reply).toMatchObject({ type: 'gradients-result', id: 1, final: true });
    expect(Array.isArray(transfer) && transfer.length).toBeGreaterThan(0);
  });

  it('drops the refinement of a job once a newer one is queued behind it', async () => {
    posted.length = 0;
    // The second message arrives while the first job waits after its preview.
    send({ type: 'gradients', id: 10, config: LARGE, arch: 'both' });
    send({ type: 'gradients', id: 11, config: SMALL, arch: 'plain' });
    await vi.waitFor(() => expect(posted.some((p) => p.reply.id === 11)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted.map((p) => [p.reply.id, p.reply.type === 'gradients-result' && p.reply.final])).toEqual([
      [10, false],
      [11, true],
    ]);
  });

  it('exit closes the worker; an unreadable message gets an error reply', async () => {
    posted.length = 0;
    send({ type: 'crash-test', id: 20, mode: 'exit' });
    await vi.waitFor(() => expect(scope.close).toHaveBeenCalledTimes(1));
    scope.onmessageerror?.();
    expect(posted.map((p) => p.reply)).toEqual([{ type: 'error', id: -1, message: 'request could not be deserialized' }]);
  });
});
