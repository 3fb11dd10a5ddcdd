// The worker's message handler, driven directly: no Worker, a fake post and either a fake
// or the real compute core.

import { describe, expect, it, vi } from 'vitest';
import { computeGradients, DEFAULT_CONFIG, WeightCache, type ArchChoice, type NetworkConfig } from '../../src/core';
import { estimateCost, PROGRESSIVE_COST } from '../../src/worker/cost';
import { decodeRequest } from '../../src/worker/decodeRequest';
import { createRequestHandler, REFINE_GRACE_MS, type HandlerDeps } from '../../src/worker/handleRequest';
import { resultTransferables, type AheadRequest, type WorkerReply } from '../../src/worker/protocol';
import { fakeResult } from './fakes';

const SMALL: NetworkConfig = { ...DEFAULT_CONFIG, depth: 4, width: 8, batch: 4 };
const LARGE: NetworkConfig = { ...DEFAULT_CONFIG, depth: 50, width: 256, batch: 16 };

/** A handler over fake deps; `sleep` resolves at once unless a test replaces it. */
function setup(overrides: Partial<HandlerDeps> = {}) {
  const replies: WorkerReply[] = [];
  const transfers: Transferable[][] = [];
  const compute = vi.fn((config: NetworkConfig, _arch: ArchChoice, samples?: number) => ({ ...fakeResult(samples ?? config.batch), config }));
  const deps: HandlerDeps = {
    post: (reply, transfer) => {
      replies.push(reply);
      transfers.push(transfer);
    },
    compute,
    sleep: () => Promise.resolve(),
    now: () => 0,
    close: vi.fn(),
    hang: vi.fn(),
    ...overrides,
  };
  return { handle: createRequestHandler(deps), replies, transfers, compute, deps };
}

describe('estimateCost', () => {
  it('is B·n²·L per weight matrix, two matrices per residual block', () => {
    expect(estimateCost(LARGE, 'plain')).toBe(16 * 256 * 256 * 50);
    expect(estimateCost(LARGE, 'residual')).toBe(2 * 16 * 256 * 256 * 50);
    expect(estimateCost(LARGE, 'both')).toBe(3 * 16 * 256 * 256 * 50);
    expect(estimateCost(SMALL, 'both')).toBeLessThan(PROGRESSIVE_COST);
    expect(estimateCost(LARGE, 'plain')).toBeGreaterThan(PROGRESSIVE_COST);
  });
});

describe('gradients requests', () => {
  it('answers a small job once, final, with its buffers as transferables', async () => {
    const { handle, replies, transfers, compute } = setup();
    await handle({ type: 'gradients', id: 1, config: SMALL, arch: 'both' });
    expect(compute).toHaveBeenCalledTimes(1);
    expect(compute).toHaveBeenCalledWith(SMALL, 'both', undefined);
    expect(replies).toHaveLength(1);
    const reply = replies[0];
    expect(reply).toMatchObject({ type: 'gradients-result', id: 1, final: true });
    if (reply.type !== 'gradients-result') throw new Error('expected a result');
    expect(transfers[0]).toEqual(resultTransferables(reply.result));
    expect(transfers[0].length).toBeGreaterThan(0);
  });

  it('answers a large job with a one-input preview, then the full batch', async () => {
    const { handle, replies, compute } = setup();
    await handle({ type: 'gradients', id: 1, config: LARGE, arch: 'both' });
    expect(compute.mock.calls.map((call) => call[2])).toEqual([1, undefined]);
    expect(replies.map((r) => r.type === 'gradients-result' && r.final)).toEqual([false, true]);
    expect(replies.every((r) => r.id === 1)).toBe(true);
  });

  it('waits up to REFINE_GRACE_MS after a preview before refining', async () => {
    const sleep = vi.fn(() => Promise.resolve());
    const { handle, replies } = setup({ sleep });
    await handle({ type: 'gradients', id: 1, config: LARGE, arch: 'both' });
    expect(sleep).toHaveBeenCalledWith(REFINE_GRACE_MS);
    expect(replies).toHaveLength(2);
  });

  it('skips the refinement when a newer request arrives after the preview', async () => {
    const never = () => new Promise<void>(() => {});
    const { handle, replies, compute } = setup({ sleep: never });
    const first = handle({ type: 'gradients', id: 1, config: LARGE, arch: 'both' });
    // The first job now waits for a message; the next one wakes it without any timer.
    await handle({ type: 'gradients', id: 2, config: SMALL, arch: 'plain' });
    await first;
    expect(replies.map((r) => [r.id, r.type === 'gradients-result' && r.final])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('a message of another kind wakes the job but does not cancel its refinement', async () => {
    const never = () => new Promise<void>(() => {});
    const { handle, replies } = setup({ sleep: never });
    const first = handle({ type: 'gradients', id: 1, config: LARGE, arch: 'both' });
    await handle({ type: 'crash-test', id: 5, mode: 'throw' });
    await first;
    expect(replies.map((r) => [r.id, r.type])).toEqual([
      [1, 'gradients-result'],
      [5, 'error'],
      [1, 'gradients-result'],
    ]);
  });

  it('an older request arriving late does not cancel a newer one', async () => {
    const never = () => new Promise<void>(() => {});
    const { handle, replies } = setup({ sleep: never });
    const first = handle({ type: 'gradients', id: 8, config: LARGE, arch: 'both' });
    await handle({ type: 'gradients', id: 3, config: SMALL, arch: 'plain' });
    await first;
    expect(replies.map((r) => r.id)).toEqual([8, 3, 8]);
  });

  it('computes exactly `samples` inputs, in one final stage, when asked to', async () => {
    const { handle, replies, compute } = setup();
    await handle({ type: 'gradients', id: 3, config: LARGE, arch: 'both', samples: 4 });
    expect(compute.mock.calls.map((call) => call[2])).toEqual([4]);
    expect(replies).toMatchObject([{ id: 3, final: true }]);
  });

  it('reports how long each stage took', async () => {
    let t = 0;
    const { handle, replies } = setup({ now: () => (t += 5) });
    await handle({ type: 'gradients', id: 1, config: SMALL, arch: 'plain' });
    expect(replies[0]).toMatchObject({ ms: 5 });
  });

  it('answers an out-of-range config with an error naming the field', async () => {
    const { handle, replies, compute } = setup();
    await handle({ type: 'gradients', id: 7, config: { ...SMALL, depth: -3 }, arch: 'both' });
    expect(compute).not.toHaveBeenCalled();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'error', id: 7 });
    expect(replies[0].type === 'error' && replies[0].message).toMatch(/depth/);
  });

  it('answers an unknown normalization or a non-boolean tied with an error naming it', async () => {
    const { handle, replies, compute } = setup();
    await handle({ type: 'gradients', id: 3, config: { ...SMALL, norm: 'group' as NetworkConfig['norm'] }, arch: 'both' });
    await handle({ type: 'gradients', id: 4, config: { ...SMALL, tied: 'yes' as unknown as boolean }, arch: 'both' });
    expect(compute).not.toHaveBeenCalled();
    expect(replies.map((r) => r.type === 'error' && r.message)).toEqual([expect.stringMatching(/^norm /), expect.stringMatching(/^tied /)]);
  });

  it('passes the normalization and weight sharing to the core as requested', async () => {
    const { handle, compute } = setup();
    await handle({ type: 'gradients', id: 5, config: { ...SMALL, norm: 'pre-ln', tied: true }, arch: 'residual' });
    expect(compute.mock.calls[0][0]).toMatchObject({ norm: 'pre-ln', tied: true });
  });

  it('turns an exception from the core into an error reply', async () => {
    const { handle, replies } = setup({
      compute: () => {
        throw new RangeError('out of memory, say');
      },
    });
    await handle({ type: 'gradients', id: 9, config: SMALL, arch: 'both' });
    expect(replies).toEqual([{ type: 'error', id: 9, message: 'out of memory, say' }]);
  });

  it('runs the real core end to end', async () => {
    const cache = new WeightCache();
    const { handle, replies } = setup({ compute: (config, arch, samples) => computeGradients(config, arch, { cache, samples }) });
    await handle({ type: 'gradients', id: 1, config: SMALL, arch: 'both' });
    const reply = replies[0];
    if (reply.type !== 'gradients-result') throw new Error(`expected a result, got ${JSON.stringify(reply)}`);
    expect(reply.result.plain?.gradF.mean).toHaveLength(SMALL.depth + 1);
    expect(reply.result.residual?.gradV).toHaveLength(SMALL.depth);
  });
});

/**
 * A sleep that ends only when the test says so: `release` ends every sleep under way, then lets
 * the jobs run until each waits again (or is done).
 */
function gatedSleep() {
  let pending: (() => void)[] = [];
  const sleep = vi.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
  const release = async () => {
    const wake = pending;
    pending = [];
    for (const resolve of wake) resolve();
    await settle();
  };
  return { sleep, release };
}

/** Lets every promise chain under way run to its next wait: a timer comes after all microtasks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function list(id: number, configs: NetworkConfig[], arch: ArchChoice = 'both'): AheadRequest {
  return { type: 'gradients-ahead', id, configs, arch };
}

/** Each reply as [type, id, index] (index only for a list's replies). */
function summary(replies: WorkerReply[]): [string, number, number | null][] {
  return replies.map((r) => [r.type, r.id, r.type === 'gradients-ahead-result' ? r.index : null]);
}

const NEXT: NetworkConfig[] = [SMALL, { ...SMALL, depth: 5 }, { ...SMALL, width: 6 }];

describe('gradients-ahead lists', () => {
  it('answers each setting in order, with its index, the core’s result and its buffers as transferables', async () => {
    let t = 0;
    const { handle, replies, transfers, compute } = setup({ now: () => (t += 3) });
    await handle(list(4, NEXT, 'residual'));
    expect(compute.mock.calls).toEqual(NEXT.map((config) => [config, 'residual']));
    expect(summary(replies)).toEqual([
      ['gradients-ahead-result', 4, 0],
      ['gradients-ahead-result', 4, 1],
      ['gradients-ahead-result', 4, 2],
    ]);
    replies.forEach((reply, i) => {
      if (reply.type !== 'gradients-ahead-result') throw new Error(`expected a list reply, got ${reply.type}`);
      expect(reply.result).toBe(compute.mock.results[i].value);
      expect(reply.result.config).toBe(NEXT[i]);
      expect(reply.ms).toBe(3);
      expect(transfers[i]).toEqual(resultTransferables(reply.result));
      expect(transfers[i].length).toBeGreaterThan(0);
    });
  });

  it('computes a large setting once, with the whole batch: no preview', async () => {
    const { handle, replies, compute } = setup();
    await handle(list(2, [LARGE]));
    expect(compute.mock.calls).toEqual([[LARGE, 'both']]);
    expect(summary(replies)).toEqual([['gradients-ahead-result', 2, 0]]);
  });

  it('takes the messages that have arrived before each setting', async () => {
    const { sleep, release } = gatedSleep();
    const { handle, replies } = setup({ sleep });
    const done = handle(list(1, NEXT));
    await settle();
    // not even the first setting before the worker has looked at its queue
    expect(replies).toEqual([]);
    expect(sleep).toHaveBeenLastCalledWith(0);
    await release();
    expect(replies).toHaveLength(1);
    await release();
    await release();
    await done;
    expect(replies).toHaveLength(3);
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('a newer list ends the one under way: no reply of the old list once the new one has come', async () => {
    const { sleep, release } = gatedSleep();
    const { handle, replies, compute } = setup({ sleep });
    const first = handle(list(1, NEXT));
    await release();
    expect(summary(replies)).toEqual([['gradients-ahead-result', 1, 0]]);
    const second = handle(list(2, [{ ...SMALL, depth: 7 }, { ...SMALL, depth: 8 }]));
    // the new list's arrival wakes the old one, which finds itself replaced
    await first;
    for (let i = 0; i < 4; i++) await release();
    await second;
    expect(summary(replies)).toEqual([
      ['gradients-ahead-result', 1, 0],
      ['gradients-ahead-result', 2, 0],
      ['gradients-ahead-result', 2, 1],
    ]);
    expect(compute.mock.calls.map((call) => call[0].depth)).toEqual([SMALL.depth, 7, 8]);
  });

  it('an older list arriving late neither ends the newer one nor runs', async () => {
    const { sleep, release } = gatedSleep();
    const { handle, replies } = setup({ sleep });
    const newer = handle(list(5, NEXT.slice(0, 2)));
    const older = handle(list(3, NEXT));
    for (let i = 0; i < 3; i++) await release();
    await Promise.all([newer, older]);
    expect(summary(replies)).toEqual([
      ['gradients-ahead-result', 5, 0],
      ['gradients-ahead-result', 5, 1],
    ]);
  });

  it('the reader’s own request arriving mid-list is answered before the list’s next setting', async () => {
    const { sleep, release } = gatedSleep();
    const { handle, replies } = setup({ sleep });
    const done = handle(list(1, NEXT));
    await release();
    await handle({ type: 'gradients', id: 2, config: { ...SMALL, depth: 9 }, arch: 'plain' });
    await settle();
    // the request's reply first; the list goes on (a request of another kind does not end it)
    expect(summary(replies)).toEqual([
      ['gradients-ahead-result', 1, 0],
      ['gradients-result', 2, null],
      ['gradients-ahead-result', 1, 1],
    ]);
    await release();
    await done;
    expect(summary(replies).slice(3)).toEqual([['gradients-ahead-result', 1, 2]]);
  });

  it('an invalid setting ends the list with an error under the list’s id, naming the field', async () => {
    const { handle, replies, compute } = setup();
    await handle(list(6, [SMALL, { ...SMALL, depth: 0 }, SMALL]));
    expect(compute).toHaveBeenCalledTimes(1);
    expect(summary(replies)).toEqual([
      ['gradients-ahead-result', 6, 0],
      ['error', 6, null],
    ]);
    expect(replies[1].type === 'error' && replies[1].message).toMatch(/depth/);
  });

  it('an exception from the core becomes an error reply under the list’s id', async () => {
    const { handle, replies } = setup({
      compute: () => {
        throw new RangeError('out of memory, say');
      },
    });
    await handle(list(8, NEXT));
    expect(replies).toEqual([{ type: 'error', id: 8, message: 'out of memory, say' }]);
  });

  it('an empty list gives no reply and computes nothing', async () => {
    const { handle, replies, compute } = setup();
    await handle(list(3, []));
    expect(replies).toEqual([]);
    expect(compute).not.toHaveBeenCalled();
  });

  it('with the real core, a list changes no number: each result is exactly computeGradients’s', async () => {
    // one weight cache across the list, as in the worker
    const cache = new WeightCache();
    const { handle, replies } = setup({ compute: (config, arch, samples) => computeGradients(config, arch, samples === undefined ? { cache } : { cache, samples }) });
    const base: NetworkConfig = { ...DEFAULT_CONFIG, depth: 6, width: 8, batch: 4 };
    const configs = [base, { ...base, sigmaW: 1.5 }];
    await handle(list(1, configs));
    expect(summary(replies)).toEqual([
      ['gradients-ahead-result', 1, 0],
      ['gradients-ahead-result', 1, 1],
    ]);
    replies.forEach((reply, i) => {
      if (reply.type !== 'gradients-ahead-result') throw new Error(`expected a list reply, got ${JSON.stringify(reply)}`);
      const expected = computeGradients(configs[i], 'both');
      expect(reply.result.plain?.gradF.mean).toHaveLength(base.depth + 1);
      expect(reply.result.plain?.gradF.mean).toEqual(expected.plain?.gradF.mean);
      expect(reply.result.residual?.gradV).toEqual(expected.residual?.gradV);
      expect(reply.result).toEqual(expected);
    });
    // the two settings really differ, so the results are not equal by accident
    const [first, second] = replies.map((reply) => (reply.type === 'gradients-ahead-result' ? reply.result.plain?.gradF.mean : null));
    expect(first).not.toEqual(second);
  });
});

describe('crash-test requests', () => {
  it('throw → error reply', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'crash-test', id: 4, mode: 'throw' });
    expect(replies).toMatchObject([{ type: 'error', id: 4 }]);
  });

  it('exit → closes the worker without a reply', async () => {
    const { handle, replies, deps } = setup();
    await handle({ type: 'crash-test', id: 4, mode: 'exit' });
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(replies).toEqual([]);
  });

  it('hang → never answers', async () => {
    const { handle, replies, deps } = setup();
    await handle({ type: 'crash-test', id: 4, mode: 'hang' });
    expect(deps.hang).toHaveBeenCalledTimes(1);
    expect(replies).toEqual([]);
  });
});

describe('decodeRequest', () => {
  const cases: [string, unknown, RegExp, number][] = [
    ['not an object', 42, /not an object/, -1],
    ['null', null, /not an object/, -1],
    ['no id', { type: 'gradients', config: SMALL, arch: 'both' }, /numeric id/, -1],
    ['NaN id', { type: 'gradients', id: NaN, config: SMALL, arch: 'both' }, /numeric id/, -1],
    ['unknown type', { type: 'train', id: 2 }, /unknown request type train/, 2],
    ['no config', { type: 'gradients', id: 2, arch: 'both' }, /no config/, 2],
    ['bad arch', { type: 'gradients', id: 2, config: SMALL, arch: 'dense' }, /arch must be/, 2],
    ['bad samples', { type: 'gradients', id: 2, config: SMALL, arch: 'both', samples: 0.5 }, /samples/, 2],
    ['bad crash mode', { type: 'crash-test', id: 2, mode: 'explode' }, /mode/, 2],
  ];
  it.each(cases)('%s → error reply', async (_name, data, message, id) => {
    const decoded = decodeRequest(data);
    expect(decoded).toMatchObject({ type: 'error', id });
    expect(decoded.type === 'error' && decoded.message).toMatch(message);
    const { handle, replies } = setup();
    await handle(data);
    expect(replies).toEqual([decoded]);
  });

  it('passes a well-formed request through unchanged', () => {
    const request = { type: 'gradients', id: 1, config: SMALL, arch: 'residual', samples: 2 };
    expect(decodeRequest(request)).toEqual(request);
    expect(decodeRequest({ type: 'crash-test', id: 1, mode: 'hang' })).toEqual({ type: 'crash-test', id: 1, mode: 'hang' });
  });
});
