// GradientClient against a fake Worker: coalescing, stale replies, errors, crash and hang
// recovery, and that every worker it creates is terminated in the end.

import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import { GradientClient, type WorkerLike } from '../../src/worker/client';
import type { AheadReply, GradientsReply } from '../../src/worker/protocol';
import { fakeResult, fakeWorkerFactory, resultReply } from './fakes';

const CONFIG: NetworkConfig = { ...DEFAULT_CONFIG, depth: 4, width: 8, batch: 2 };
const DEADLINE = 1000;
// Large enough that the cost allowance of a small job is negligible next to DEADLINE.
const OPS = 1e12;

function setup() {
  const factory = fakeWorkerFactory();
  const client = new GradientClient(factory.create, { deadlineMs: DEADLINE, opsPerSecond: OPS, cacheBytes: 2 ** 30 });
  const results: GradientsReply[] = [];
  const errors: [string, number][] = [];
  const restarts: string[] = [];
  client.listen({
    result: (reply) => results.push(reply),
    error: (message, id) => errors.push([message, id]),
    restart: (reason) => restarts.push(reason),
  });
  const worker = (i: number) => factory.workers[i];
  const ask = (depth = 4) => client.requestGradients({ ...CONFIG, depth }, 'both');
  return { client, factory, worker, results, errors, restarts, ask };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('GradientClient', () => {
  it('the real Worker fits WorkerLike', () => {
    expectTypeOf<Worker>().toExtend<WorkerLike>();
  });

  it('creates no worker until the first request', () => {
    const { client, factory } = setup();
    expect(factory.workers).toHaveLength(0);
    client.dispose();
    expect(factory.workers).toHaveLength(0);
  });

  it('sends a request with an increasing id and delivers its result', () => {
    const { client, worker, results, ask } = setup();
    const id = ask();
    expect(id).toBe(1);
    expect(client.latestId).toBe(1);
    expect(worker(0).posted).toEqual([{ type: 'gradients', id: 1, config: CONFIG, arch: 'both' }]);
    expect(client.busy).toBe(true);
    worker(0).reply(resultReply(1));
    expect(results.map((r) => r.id)).toEqual([1]);
    expect(client.busy).toBe(false);
    client.dispose();
  });

  it('100 requests while one is in flight: exactly 2 computed, the last one wins', () => {
    const { client, factory, worker, results, ask } = setup();
    ask(1);
    const ids = Array.from({ length: 100 }, (_, i) => ask(i + 2));
    expect(worker(0).posted).toHaveLength(1);
    worker(0).reply(resultReply(1));
    expect(worker(0).posted).toHaveLength(2);
    const last = worker(0).last;
    expect(last.id).toBe(ids[99]);
    expect(last.type === 'gradients' && last.config.depth).toBe(101);
    worker(0).reply(resultReply(last.id));
    expect(worker(0).posted).toHaveLength(2);
    expect(factory.workers).toHaveLength(1);
    // The first result was the freshest one available when it came; the last one ends it.
    expect(results.map((r) => r.id)).toEqual([1, ids[99]]);
    expect(client.busy).toBe(false);
    client.dispose();
  });

  it('gives the worker the waiting request at the first (preview) reply', () => {
    const { client, worker, results, ask } = setup();
    ask();
    const newer = ask();
    worker(0).reply(resultReply(1, false));
    expect(worker(0).last.id).toBe(newer);
    expect(results.map((r) => [r.id, r.final])).toEqual([[1, false]]);
    // The first job's refinement is now stale: dropped.
    worker(0).reply(resultReply(1, true));
    expect(results).toHaveLength(1);
    worker(0).reply(resultReply(newer, true));
    expect(results.map((r) => r.id)).toEqual([1, newer]);
    client.dispose();
  });

  it('sends a new request at once while the previous one is only refining', () => {
    const { client, worker, results, ask } = setup();
    ask();
    worker(0).reply(resultReply(1, false));
    const newer = ask();
    expect(worker(0).last.id).toBe(newer);
    worker(0).reply(resultReply(1, true));
    expect(results.map((r) => r.final)).toEqual([false]);
    client.dispose();
  });

  it('drops replies with unknown, old or future ids', () => {
    const { client, worker, results, errors, ask } = setup();
    ask();
    worker(0).reply(resultReply(1));
    ask();
    worker(0).reply(resultReply(1));
    worker(0).reply(resultReply(99));
    worker(0).reply({ type: 'error', id: 1, message: 'late' });
    expect(results.map((r) => r.id)).toEqual([1]);
    expect(errors).toEqual([]);
    client.dispose();
  });

  it('surfaces an error reply and moves on to the next request', () => {
    const { client, worker, results, errors, ask } = setup();
    ask();
    worker(0).reply({ type: 'error', id: 1, message: 'depth must be an integer' });
    expect(errors).toEqual([['depth must be an integer', 1]]);
    expect(client.busy).toBe(false);
    ask();
    worker(0).reply(resultReply(2));
    expect(results.map((r) => r.id)).toEqual([2]);
    client.dispose();
  });

  it('surfaces a malformed reply without mistaking it for an answer', () => {
    const { client, worker, errors, ask } = setup();
    ask();
    worker(0).reply({ hello: 'world' });
    expect(errors).toEqual([['The compute worker sent a malformed reply.', -1]]);
    expect(client.busy).toBe(true);
    client.dispose();
  });

  it('a request that cannot be posted fails with an error and leaves the worker usable', () => {
    const { client, factory, worker, errors, results, ask } = setup();
    ask();
    worker(0).reply(resultReply(1));
    const post = vi.spyOn(worker(0), 'postMessage').mockImplementationOnce(() => {
      throw new Error('could not be cloned');
    });
    ask();
    expect(errors).toEqual([['The request could not be sent: could not be cloned', 2]]);
    expect(client.busy).toBe(false);
    post.mockRestore();
    ask();
    worker(0).reply(resultReply(3));
    expect(results.map((r) => r.id)).toEqual([1, 3]);
    expect(factory.workers).toHaveLength(1);
    vi.advanceTimersByTime(10 * DEADLINE);
    expect(factory.workers).toHaveLength(1);
    client.dispose();
  });

  it('a crash replaces the worker and retries the request once', () => {
    const { client, factory, worker, results, restarts, ask } = setup();
    ask();
    worker(0).crash('out of memory');
    expect(worker(0).terminated).toBe(true);
    expect(factory.workers).toHaveLength(2);
    expect(worker(1).posted).toEqual([{ type: 'gradients', id: 1, config: CONFIG, arch: 'both' }]);
    expect(restarts).toEqual(['The compute worker crashed (out of memory).']);
    // Late events from the dead worker are ignored.
    worker(0).reply(resultReply(1));
    worker(0).crash();
    expect(results).toEqual([]);
    worker(1).reply(resultReply(1));
    expect(results.map((r) => r.id)).toEqual([1]);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });

  it('gives up after the retry fails too, and recovers on the next request', () => {
    const { client, factory, worker, errors, results, ask } = setup();
    ask();
    worker(0).crash();
    worker(1).garble();
    expect(errors).toHaveLength(1);
    expect(errors[0][1]).toBe(1);
    expect(errors[0][0]).toMatch(/could not be read.*failed again/);
    expect(factory.live()).toHaveLength(0);
    expect(client.busy).toBe(false);
    ask();
    expect(factory.workers).toHaveLength(3);
    worker(2).reply(resultReply(2));
    expect(results.map((r) => r.id)).toEqual([2]);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });

  it('retries the newest request when one was waiting behind the crashed one', () => {
    const { client, worker, ask } = setup();
    ask(5);
    const newer = ask(6);
    worker(0).crash();
    expect(worker(1).posted).toHaveLength(1);
    expect(worker(1).last.id).toBe(newer);
    client.dispose();
  });

  it('a hung worker is replaced at the deadline and the request retried', () => {
    const { client, factory, worker, results, restarts, ask } = setup();
    ask();
    vi.advanceTimersByTime(DEADLINE - 10);
    expect(factory.workers).toHaveLength(1);
    vi.advanceTimersByTime(20);
    expect(worker(0).terminated).toBe(true);
    expect(restarts).toEqual(['The compute worker did not answer within 1 s.']);
    expect(worker(1).last.id).toBe(1);
    worker(1).reply(resultReply(1));
    expect(results.map((r) => r.id)).toEqual([1]);
    // Answered: no deadline left running.
    vi.advanceTimersByTime(10 * DEADLINE);
    expect(factory.workers).toHaveLength(2);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });

  it('a preview resets the deadline: a long refinement is not a hang', () => {
    const { client, factory, worker, ask } = setup();
    ask();
    vi.advanceTimersByTime(DEADLINE - 10);
    worker(0).reply(resultReply(1, false));
    vi.advanceTimersByTime(DEADLINE - 10);
    expect(factory.workers).toHaveLength(1);
    vi.advanceTimersByTime(20);
    expect(factory.workers).toHaveLength(2);
    client.dispose();
  });

  it('gives a big job a deadline that grows with its cost', () => {
    const factory = fakeWorkerFactory();
    const client = new GradientClient(factory.create, { deadlineMs: DEADLINE, opsPerSecond: 1e6 });
    // 3 · (16 inputs + 200 for drawing the weights) · 64² · 50 at 1e6 per second ≈ 132.7 s on top of the deadline
    client.requestGradients({ ...DEFAULT_CONFIG, depth: 50, width: 64, batch: 16 }, 'both');
    vi.advanceTimersByTime(DEADLINE + 132_000);
    expect(factory.workers).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(factory.workers).toHaveLength(2);
    client.dispose();
  });

  it('a one-input job at depth 1000 × width 512 still gets minutes: drawing the weights dominates', () => {
    const factory = fakeWorkerFactory();
    const client = new GradientClient(factory.create, { deadlineMs: DEADLINE, opsPerSecond: 1e8 });
    client.requestGradients({ ...DEFAULT_CONFIG, depth: 1000, width: 512, batch: 1 }, 'both');
    vi.advanceTimersByTime(240_000);
    expect(factory.workers).toHaveLength(1);
    client.dispose();
  });

  it('a newer request abandons a long job: its worker is replaced at once, silently', () => {
    const { client, factory, worker, results, restarts, errors } = setup();
    const huge = { ...CONFIG, depth: 1000, width: 512, batch: 16 };
    client.requestGradients(huge, 'both');
    const next = client.requestGradients(CONFIG, 'both');
    expect(worker(0).terminated).toBe(true);
    expect(worker(1).posted.map((r) => r.id)).toEqual([next]);
    worker(1).reply(resultReply(next));
    expect(results.map((r) => r.id)).toEqual([next]);
    // Also while it refines after its preview.
    client.requestGradients(huge, 'both');
    worker(1).reply(resultReply(client.latestId, false));
    const last = client.requestGradients(CONFIG, 'both');
    expect(worker(1).terminated).toBe(true);
    expect(worker(2).posted.map((r) => r.id)).toEqual([last]);
    expect([restarts, errors]).toEqual([[], []]);
    expect(factory.live()).toHaveLength(1);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });

  it('a long job whose weights fit the worker’s cache is waited for: the cache is worth more than the wait', () => {
    const { client, factory } = setup();
    // depth 1000 × width 256, residual: 1000 MiB of W and V, long to compute, inside a 1 GiB cache
    client.requestGradients({ ...CONFIG, depth: 1000, width: 256, batch: 16 }, 'residual');
    client.requestGradients(CONFIG, 'residual');
    expect(factory.workers).toHaveLength(1);
    expect(factory.workers[0].terminated).toBe(false);
    client.dispose();
  });

  it('a short job is waited for, and other kinds of request never abandon a job', () => {
    const { client, factory } = setup();
    client.requestGradients(CONFIG, 'both');
    client.requestGradients(CONFIG, 'plain');
    client.requestGradients({ ...CONFIG, depth: 1000, width: 512 }, 'both');
    client.crashTest('throw');
    expect(factory.workers).toHaveLength(1);
    client.dispose();
  });

  it('setDeadlineMs shortens the deadline of the next request', () => {
    const { client, factory, ask } = setup();
    client.setDeadlineMs(100);
    client.setDeadlineMs(Number.NaN);
    ask();
    vi.advanceTimersByTime(150);
    expect(factory.workers).toHaveLength(2);
    client.dispose();
  });

  it('hang twice: gives up with an error, and leaves no worker running', () => {
    const { client, factory, errors, ask } = setup();
    ask();
    vi.advanceTimersByTime(DEADLINE + 1);
    vi.advanceTimersByTime(DEADLINE + 1);
    expect(factory.workers).toHaveLength(2);
    expect(factory.live()).toHaveLength(0);
    expect(errors).toHaveLength(1);
    expect(errors[0][0]).toMatch(/did not answer.*failed again/);
    vi.advanceTimersByTime(10 * DEADLINE);
    expect(factory.workers).toHaveLength(2);
    client.dispose();
  });

  it('crash-test requests go through the same recovery but are not retried', () => {
    const { client, factory, worker, restarts, errors, results } = setup();
    client.crashTest('hang');
    expect(worker(0).last).toEqual({ type: 'crash-test', id: 1, mode: 'hang' });
    const next = client.requestGradients(CONFIG, 'plain');
    vi.advanceTimersByTime(DEADLINE + 1);
    // The waiting gradients request is what the new worker gets.
    expect(worker(1).posted.map((r) => r.id)).toEqual([next]);
    worker(1).reply(resultReply(next));
    expect(results.map((r) => r.id)).toEqual([next]);

    client.crashTest('exit');
    vi.advanceTimersByTime(DEADLINE + 1);
    expect(factory.workers).toHaveLength(2);
    expect(restarts).toHaveLength(2);
    expect(errors).toEqual([]);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });

  it('dispose terminates the worker, stops the deadline and ignores later requests', () => {
    const { client, factory, worker, results, ask } = setup();
    ask();
    client.dispose();
    expect(worker(0).terminated).toBe(true);
    vi.advanceTimersByTime(10 * DEADLINE);
    ask();
    expect(factory.workers).toHaveLength(1);
    expect(results).toEqual([]);
  });

  it('leaks no workers under random traffic', () => {
    const { client, factory, ask } = setup();
    // A fixed script of requests, replies, crashes and silences (no randomness needed).
    for (let step = 0; step < 300; step++) {
      const live = factory.live();
      const current = live[0];
      switch (step % 7) {
        case 0:
        case 3:
          ask(step);
          break;
        case 1:
          if (current) current.reply(resultReply(current.last.id, step % 2 === 0));
          break;
        case 4:
          if (current && step % 5 === 0) current.crash();
          break;
        case 6:
          vi.advanceTimersByTime(step % 3 === 0 ? DEADLINE + 1 : 10);
          break;
      }
      expect(factory.live().length).toBeLessThanOrEqual(1);
    }
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });
});

/** The worker's reply to setting `index` of list `id`. */
function aheadReply(id: number, index: number, fill = index): AheadReply {
  return { type: 'gradients-ahead-result', id, index, result: fakeResult(fill), ms: 2 };
}

/** setup() with a listener for the settings computed ahead too. */
function setupAhead() {
  const base = setup();
  const aheads: AheadReply[] = [];
  base.client.listen({ ahead: (reply) => aheads.push(reply) });
  return { ...base, aheads };
}

const LIST: NetworkConfig[] = [
  { ...CONFIG, depth: 5 },
  { ...CONFIG, depth: 6 },
];

describe('GradientClient.computeAhead', () => {
  it('posts the list at once, even while a request waits for its reply, and the queue goes on as before', () => {
    const { client, worker, results, ask } = setupAhead();
    ask(); // 1: sent
    const waiting = ask(); // 2: waits for 1's reply
    const id = client.computeAhead(LIST, 'plain');
    expect(id).toBe(3);
    expect(client.latestId).toBe(3);
    expect(worker(0).posted).toEqual([
      { type: 'gradients', id: 1, config: CONFIG, arch: 'both' },
      { type: 'gradients-ahead', id: 3, configs: LIST, arch: 'plain' },
    ]);
    worker(0).reply(resultReply(1));
    expect(worker(0).last.id).toBe(waiting);
    expect(results.map((r) => r.id)).toEqual([1]);
    client.dispose();
  });

  it('a setting computed ahead goes to the ahead listeners and leaves the pending request pending', () => {
    const { client, worker, results, errors, aheads, ask } = setupAhead();
    const request = ask();
    const list = client.computeAhead(LIST, 'both');
    const waiting = ask();
    const reply = aheadReply(list, 0);
    worker(0).reply(reply);
    expect(aheads).toEqual([reply]);
    expect([results, errors]).toEqual([[], []]);
    expect(client.busy).toBe(true);
    // not taken for the request's first reply: the waiting request is still held back
    expect(worker(0).posted.map((r) => r.id)).toEqual([request, list]);
    worker(0).reply(aheadReply(list, 1));
    worker(0).reply(resultReply(request));
    expect(results.map((r) => r.id)).toEqual([request]);
    expect(worker(0).posted.map((r) => r.id)).toEqual([request, list, waiting]);
    worker(0).reply(resultReply(waiting));
    expect(results.map((r) => r.id)).toEqual([request, waiting]);
    expect(aheads.map((r) => [r.id, r.index])).toEqual([
      [list, 0],
      [list, 1],
    ]);
    expect(client.busy).toBe(false);
    client.dispose();
  });

  it('requests and lists take their ids from one count: no two share an id', () => {
    const { client, worker, ask } = setupAhead();
    const ids = [ask(), client.computeAhead(LIST, 'both'), ask(), client.computeAhead(LIST, 'residual'), client.crashTest('hang')];
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(client.latestId).toBe(5);
    // the lists went out at once; request 3 was replaced by the crash test before it was sent
    expect(worker(0).posted.map((r) => [r.type, r.id])).toEqual([
      ['gradients', 1],
      ['gradients-ahead', 2],
      ['gradients-ahead', 4],
    ]);
    client.dispose();
  });

  it('an error reply to a list is not a request’s failure: no error listener hears it', () => {
    const { client, worker, results, errors, ask } = setupAhead();
    const request = ask();
    const list = client.computeAhead([{ ...CONFIG, depth: 0 }], 'both');
    worker(0).reply({ type: 'error', id: list, message: 'depth must be an integer from 1 to 10000' });
    expect(errors).toEqual([]);
    expect(client.busy).toBe(true);
    worker(0).reply(resultReply(request));
    expect(results.map((r) => r.id)).toEqual([request]);
    // nor when no request is under way
    worker(0).reply({ type: 'error', id: list, message: 'again' });
    expect(errors).toEqual([]);
    // an error without an id still reaches them
    worker(0).reply({ type: 'error', id: -1, message: 'request could not be deserialized' });
    expect(errors).toEqual([['request could not be deserialized', -1]]);
    client.dispose();
  });

  it('a list before any request spawns the worker, which the requests then use; no deadline runs for a list', () => {
    const { client, factory, worker, restarts, results, ask } = setupAhead();
    const list = client.computeAhead(LIST, 'both');
    expect(factory.workers).toHaveLength(1);
    expect(worker(0).posted).toEqual([{ type: 'gradients-ahead', id: list, configs: LIST, arch: 'both' }]);
    expect(client.busy).toBe(false);
    vi.advanceTimersByTime(10 * DEADLINE);
    worker(0).reply(aheadReply(list, 0));
    vi.advanceTimersByTime(10 * DEADLINE);
    expect(factory.workers).toHaveLength(1);
    expect(worker(0).terminated).toBe(false);
    expect(restarts).toEqual([]);
    const request = ask();
    expect(factory.workers).toHaveLength(1);
    expect(worker(0).last.id).toBe(request);
    worker(0).reply(resultReply(request));
    expect(results.map((r) => r.id)).toEqual([request]);
    client.dispose();
  });

  it('a setting computed ahead shows the worker is alive: it restarts the pending request’s deadline', () => {
    const { client, factory, worker, ask } = setupAhead();
    ask();
    const list = client.computeAhead(LIST, 'both');
    vi.advanceTimersByTime(DEADLINE - 10);
    worker(0).reply(aheadReply(list, 0));
    vi.advanceTimersByTime(DEADLINE - 10);
    expect(factory.workers).toHaveLength(1);
    vi.advanceTimersByTime(20);
    expect(factory.workers).toHaveLength(2);
    client.dispose();
  });

  it('a list is not retried: after a crash only the request goes to the new worker, and the dead worker’s replies are dropped', () => {
    const { client, factory, worker, aheads, ask } = setupAhead();
    const request = ask();
    const list = client.computeAhead(LIST, 'both');
    worker(0).crash();
    expect(factory.workers).toHaveLength(2);
    expect(worker(1).posted.map((r) => [r.type, r.id])).toEqual([['gradients', request]]);
    worker(0).reply(aheadReply(list, 0));
    expect(aheads).toEqual([]);
    client.dispose();
    expect(factory.live()).toHaveLength(0);
  });

  it('a list that cannot be posted is dropped without a word, the worker kept', () => {
    const { client, factory, worker, errors, results, ask } = setupAhead();
    ask();
    const post = vi.spyOn(worker(0), 'postMessage').mockImplementationOnce(() => {
      throw new Error('could not be cloned');
    });
    expect(client.computeAhead(LIST, 'both')).toBe(2);
    post.mockRestore();
    expect(errors).toEqual([]);
    expect(client.busy).toBe(true);
    worker(0).reply(resultReply(1));
    expect(results.map((r) => r.id)).toEqual([1]);
    expect(factory.workers).toHaveLength(1);
    expect(worker(0).terminated).toBe(false);
    client.dispose();
  });

  it('after dispose a list creates no worker and posts nothing', () => {
    const { client, factory } = setupAhead();
    client.dispose();
    expect(client.computeAhead(LIST, 'both')).toBe(1);
    expect(factory.workers).toHaveLength(0);
  });
});
