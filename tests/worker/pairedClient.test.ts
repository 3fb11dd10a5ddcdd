// PairedGradientClient against fake Workers: a request for both architectures goes out as one
// plain and one residual request on two workers and comes back as one reply, never mixing two
// settings or two requests; previews and finals combine; errors and faults keep their request.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import { PairedGradientClient } from '../../src/worker/pairedClient';
import type { AheadReply, GradientsReply, WorkerReply } from '../../src/worker/protocol';
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

/**
 * A half's reply to setting `index` of its list `id`. It carries both architectures, the other
 * one filled with `-fill`, so a merge that takes an architecture from the wrong half shows.
 */
function aheadHalf(arch: 'plain' | 'residual', id: number, index: number, fill: number, ms = 1): AheadReply {
  const other = arch === 'plain' ? 'residual' : 'plain';
  const archs = { [arch]: fakeArch(arch, 3, fill), [other]: fakeArch(other, 3, -fill) } as Record<'plain' | 'residual', ReturnType<typeof fakeArch>>;
  return { type: 'gradients-ahead-result', id, index, ms, result: { config: LIST[index], plain: archs.plain, residual: archs.residual } };
}

const LIST: NetworkConfig[] = [
  { ...CONFIG, depth: 5 },
  { ...CONFIG, depth: 6 },
];

function setupAhead() {
  const base = setup();
  const aheads: AheadReply[] = [];
  base.client.listen({ ahead: (reply) => aheads.push(reply) });
  /** the worker that was sent a list for architecture `arch` */
  const listWorker = (arch: 'plain' | 'residual') =>
    base.factory.workers.find((w) => w.posted.some((m) => m.type === 'gradients-ahead' && m.arch === arch))!;
  const aheadFills = (r: AheadReply) => [r.result.plain?.gradF.mean[0] ?? null, r.result.residual?.gradF.mean[0] ?? null];
  return { ...base, aheads, listWorker, aheadFills };
}

describe('PairedGradientClient.computeAhead', () => {
  it('both: each half computes the list; a setting is answered once both halves are in, merged', () => {
    const { client, factory, listWorker, aheads, aheadFills } = setupAhead();
    const id = client.computeAhead(LIST, 'both');
    expect(id).toBe(1);
    expect(factory.workers).toHaveLength(2);
    expect(listWorker('plain').posted).toEqual([{ type: 'gradients-ahead', id: 1, configs: LIST, arch: 'plain' }]);
    expect(listWorker('residual').posted).toEqual([{ type: 'gradients-ahead', id: 1, configs: LIST, arch: 'residual' }]);
    listWorker('plain').reply(aheadHalf('plain', 1, 0, 5, 3));
    listWorker('residual').reply(aheadHalf('residual', 1, 1, 8, 8));
    expect(aheads).toEqual([]);
    listWorker('residual').reply(aheadHalf('residual', 1, 0, 7, 9));
    expect(aheads.map((r) => [r.type, r.id, r.index, r.ms, ...aheadFills(r)])).toEqual([['gradients-ahead-result', 1, 0, 9, 5, 7]]);
    expect(aheads[0].result.config).toEqual(LIST[0]);
    listWorker('plain').reply(aheadHalf('plain', 1, 1, 6, 4));
    // ms is the slower half's, whichever came last
    expect(aheads.map((r) => [r.index, r.ms, ...aheadFills(r)])).toEqual([
      [0, 9, 5, 7],
      [1, 8, 6, 8],
    ]);
    expect(aheads[1].result.config).toEqual(LIST[1]);
    // each setting is answered once: a half repeating itself adds nothing
    listWorker('plain').reply(aheadHalf('plain', 1, 1, 6, 4));
    expect(aheads).toHaveLength(2);
    client.dispose();
  });

  it('one architecture: only its worker gets the list, and its replies pass straight through under the paired id', () => {
    const { client, factory, worker, listWorker, aheads, aheadFills } = setupAhead();
    client.requestGradients(CONFIG, 'residual'); // paired id 1, on the residual worker
    const id = client.computeAhead(LIST, 'plain'); // paired id 2, the plain half's first id
    expect(id).toBe(2);
    expect(factory.workers).toHaveLength(2);
    expect(worker('residual').posted.map((m) => m.type)).toEqual(['gradients']);
    expect(listWorker('plain').posted).toEqual([{ type: 'gradients-ahead', id: 1, configs: LIST, arch: 'plain' }]);
    listWorker('plain').reply(aheadHalf('plain', 1, 0, 5, 3));
    expect(aheads.map((r) => [r.id, r.index, r.ms, ...aheadFills(r)])).toEqual([[2, 0, 3, 5, null]]);
    listWorker('plain').reply(aheadHalf('plain', 1, 1, 6, 4));
    expect(aheads.map((r) => [r.id, r.index])).toEqual([
      [2, 0],
      [2, 1],
    ]);
    client.dispose();
  });

  it('a late reply of a list just replaced is still merged, under that list’s id', () => {
    const { client, listWorker, aheads } = setupAhead();
    const first = client.computeAhead(LIST, 'both');
    listWorker('plain').reply(aheadHalf('plain', 1, 0, 1));
    const second = client.computeAhead(LIST, 'both');
    expect(listWorker('plain').last).toMatchObject({ type: 'gradients-ahead', id: 2 });
    // the residual worker finishes the first list's setting under way before it takes the second
    listWorker('residual').reply(aheadHalf('residual', 1, 0, 1));
    expect(aheads.map((r) => [r.id, r.index])).toEqual([[first, 0]]);
    listWorker('residual').reply(aheadHalf('residual', 2, 0, 2));
    listWorker('plain').reply(aheadHalf('plain', 2, 0, 2));
    expect(aheads.map((r) => [r.id, r.index])).toEqual([
      [first, 0],
      [second, 0],
    ]);
    client.dispose();
  });

  it('never pairs the halves of two lists', () => {
    const { client, listWorker, aheads } = setupAhead();
    client.computeAhead(LIST, 'both');
    client.computeAhead(LIST, 'both');
    listWorker('plain').reply(aheadHalf('plain', 1, 0, 1));
    listWorker('residual').reply(aheadHalf('residual', 2, 0, 2));
    expect(aheads).toEqual([]);
    client.dispose();
  });

  it('keeps the last four lists: a reply to an older one is dropped', () => {
    const { client, factory, aheads } = setupAhead();
    const ids = Array.from({ length: 5 }, () => client.computeAhead(LIST, 'plain'));
    const plain = factory.workers[0];
    expect(plain.posted.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
    plain.reply(aheadHalf('plain', 1, 0, 1));
    expect(aheads).toEqual([]);
    plain.reply(aheadHalf('plain', 2, 0, 2));
    expect(aheads.map((r) => [r.id, r.index])).toEqual([[ids[1], 0]]);
    client.dispose();
  });

  it('drops replies whose id is no list’s, including a request’s', () => {
    const { client, worker, aheads, results } = setupAhead();
    client.requestGradients(CONFIG, 'both'); // each half's id 1
    client.computeAhead(LIST, 'both'); // each half's id 2
    for (const arch of ['plain', 'residual'] as const) {
      worker(arch).reply(aheadHalf(arch, 42, 0, 1));
      worker(arch).reply(aheadHalf(arch, 1, 0, 1));
    }
    expect(aheads).toEqual([]);
    expect(results).toEqual([]);
    client.dispose();
  });

  it('settings computed ahead do not answer a pending request, whose halves still come back as one', () => {
    const { client, worker, aheads, results, fills } = setupAhead();
    const request = client.requestGradients(CONFIG, 'both');
    const list = client.computeAhead(LIST, 'both');
    for (const arch of ['plain', 'residual'] as const) worker(arch).reply(aheadHalf(arch, 2, 0, 9));
    expect(aheads.map((r) => [r.id, r.index])).toEqual([[list, 0]]);
    expect(results).toEqual([]);
    worker('plain').reply(half('plain', 1, 5));
    worker('residual').reply(half('residual', 1, 7));
    expect(results.map((r) => [r.id, r.final, ...fills(r)])).toEqual([[request, true, 5, 7]]);
    client.dispose();
  });

  it('ids of requests and lists come from one count', () => {
    const { client } = setupAhead();
    expect([client.requestGradients(CONFIG, 'both'), client.computeAhead(LIST, 'both'), client.requestGradients(CONFIG, 'plain')]).toEqual([1, 2, 3]);
    client.dispose();
  });

  // busy follows the newest request, not the newest id: a list takes an id from the same count
  it('stays busy while a request is pending, after a list is computed ahead', () => {
    const { client } = setupAhead();
    client.requestGradients(CONFIG, 'both');
    client.computeAhead(LIST, 'both');
    expect(client.busy).toBe(true);
  });
});
