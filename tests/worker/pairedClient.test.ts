// PairedGradientClient against fake Workers: a request for both architectures goes out as one
// plain and one residual request on two workers and comes back as one reply, never mixing two
// settings or two requests; previews and finals combine; errors and faults keep their request.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import { PairedGradientClient } from '../../src/worker/pairedClient';
import type { GradientsReply, WorkerReply } from '../../src/worker/protocol';
import { fakeArch, fakeWorkerFactory } from './fakes';

const CONFIG: NetworkConfig = { ...DEFAULT_CONFIG, depth: 4, width: 8, batch: 2 };

/** A half's reply: only its own architecture, its arrays filled with `fill`. */
function half(arch: 'plain' | 'residual', id: number, fill: number, final = true): WorkerReply {
  return {
    type: 'gradients-result', id, final, ms: fill,
    result: { config: CONFIG, plain: arch === 'plain' ? fakeArch('plain', 3, fill) : null, residual: arch === 'residual' ? fakeArch('residual', 3, fill) : null },
  };
}

function setup() {
  const factory = fakeWorkerFactory();
  const client = new PairedGradientClient(factory.create, { deadlineMs: 1000, opsPerSecond: 1e12 });
  const results: GradientsReply[] = [];
  const errors: [string, number][] = [];
  client.listen({ result: (r) => results.push(r), error: (m, id) => errors.push([m, id]) });
  /** the worker that was sent architecture `arch` */
  const worker = (arch: 'plain' | 'residual') => factory.workers.find((w) => w.posted.some((m) => m.type === 'gradients' && m.arch === arch))!;
  const fills = (r: GradientsReply) => [r.result.plain?.gradF.mean[0] ?? null, r.result.residual?.gradF.mean[0] ?? null];
  return { client, factory, worker, results, errors, fills };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PairedGradientClient', () => {
  it('sends both architectures to two workers, one each, and answers once both have', () => {
    const { client, factory, worker, results, fills } = setup();
    const id = client.requestGradients(CONFIG, 'both');
    expect(id).toBe(1);
    expect(factory.workers).toHaveLength(2);
    expect(worker('plain').posted).toEqual([{ type: 'gradients', id: 1, config: CONFIG, arch: 'plain' }]);
    expect(worker('residual').posted).toEqual([{ type: 'gradients', id: 1, config: CONFIG, arch: 'residual' }]);
    worker('residual').reply(half('residual', 1, 7));
    expect(results).toEqual([]);
    expect(client.busy).toBe(true);
    worker('plain').reply(half('plain', 1, 5));
    expect(results.map((r) => [r.id, r.final, r.ms, ...fills(r)])).toEqual([[1, true, 7, 5, 7]]);
    expect(client.busy).toBe(false);
    client.dispose();
  });

  it('a preview half and a final half make a preview; the last reply has both final', () => {
    const { client, worker, results, fills } = setup();
    client.requestGradients(CONFIG, 'both');
    worker('plain').reply(half('plain', 1, 1, false));
    worker('residual').reply(half('residual', 1, 2, true));
    worker('plain').reply(half('plain', 1, 3, true));
    expect(results.map((r) => [r.final, ...fills(r)])).toEqual([[false, 1, 2], [true, 3, 2]]);
    client.dispose();
  });

  it('one architecture goes to its own worker alone', () => {
    const { client, factory, results, fills } = setup();
    client.requestGradients(CONFIG, 'residual');
    expect(factory.workers).toHaveLength(1);
    expect(factory.workers[0].last).toMatchObject({ arch: 'residual' });
    factory.workers[0].reply(half('residual', 1, 4));
    expect(results.map(fills)).toEqual([[null, 4]]);
    client.dispose();
  });

  it('never pairs halves of two requests, and never answers an older request after a newer one', () => {
    const { client, worker, results } = setup();
    client.requestGradients(CONFIG, 'both'); // 1: both halves sent
    client.requestGradients({ ...CONFIG, depth: 5 }, 'both'); // 2: waits in each half
    client.requestGradients({ ...CONFIG, depth: 6 }, 'both'); // 3: replaces 2 in each half
    worker('plain').reply(half('plain', 1, 1)); // the plain half now sends request 3 (its own id 3)
    expect(worker('plain').last).toMatchObject({ id: 3, config: { depth: 6 } });
    worker('plain').reply(half('plain', 3, 3));
    expect(results).toEqual([]); // request 3 still lacks its residual half
    worker('residual').reply(half('residual', 1, 1)); // request 1 is complete…
    expect(results.map((r) => r.id)).toEqual([1]);
    worker('residual').reply(half('residual', 3, 3)); // …and then request 3
    expect(results.map((r) => r.id)).toEqual([1, 3]);
    client.dispose();
  });

  it('once a newer request is answered, a late half of an older one is dropped', () => {
    const { client, worker, results } = setup();
    client.requestGradients(CONFIG, 'both'); // 1
    client.requestGradients(CONFIG, 'plain'); // 2: waits behind plain's 1
    worker('plain').reply(half('plain', 1, 1));
    worker('plain').reply(half('plain', 2, 2));
    expect(results.map((r) => r.id)).toEqual([2]);
    worker('residual').reply(half('residual', 1, 1));
    expect(results.map((r) => r.id)).toEqual([2]);
    client.dispose();
  });

  it('an error in one half fails the request it belongs to, under the request’s id', () => {
    const { client, worker, results, errors } = setup();
    const id = client.requestGradients(CONFIG, 'both');
    worker('residual').reply({ type: 'error', id: 1, message: 'residual failed' });
    expect(errors).toEqual([['residual failed', id]]);
    worker('plain').reply(half('plain', 1, 1));
    expect(results).toEqual([]);
    client.dispose();
  });

  it('a crash test goes to the plain half and its error carries the crash test’s id', () => {
    const { client, factory, errors } = setup();
    const id = client.crashTest('throw');
    expect(factory.workers).toHaveLength(1);
    factory.workers[0].reply({ type: 'error', id: 1, message: 'crash-test: deliberate failure' });
    expect(errors).toEqual([['crash-test: deliberate failure', id]]);
    client.dispose();
  });

  it('a hung half is replaced and retried; the request is answered once it is', () => {
    const { client, factory, worker, results } = setup();
    client.requestGradients(CONFIG, 'both');
    worker('residual').reply(half('residual', 1, 2));
    vi.advanceTimersByTime(1500);
    const fresh = factory.workers[2];
    expect(fresh.last).toMatchObject({ arch: 'plain', id: 1 });
    fresh.reply(half('plain', 1, 1));
    expect(results.map((r) => r.id)).toEqual([1]);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });
});

describe('PairedGradientClient, one architecture after both', () => {
  it('is not busy once the newest request is answered, whatever the other half still does', () => {
    const { client, worker, results } = setup();
    client.requestGradients(CONFIG, 'both');
    client.requestGradients(CONFIG, 'plain');
    worker('plain').reply(half('plain', 1, 1));
    worker('plain').reply(half('plain', 2, 2));
    expect(results.map((r) => r.id)).toEqual([2]);
    expect(client.busy).toBe(false);
    client.dispose();
  });

  it('stops the other half’s job when it is too long to wait for', () => {
    const { client, factory, worker } = setup();
    const huge = { ...CONFIG, depth: 1000, width: 512, batch: 16 };
    client.requestGradients(huge, 'both');
    const plainWorker = worker('plain');
    client.requestGradients(CONFIG, 'residual');
    expect(plainWorker.terminated).toBe(true);
    expect(factory.live()).toHaveLength(1);
    client.dispose();
  });
});
