// The theory clients against fake workers: every request is posted at once and supersedes the
// older ones, replies to an older request never reach the page, a superseded heavy spectrum is
// stopped by replacing its worker, and a crashed worker is replaced and the request retried once.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core';
import type { PhaseAxes } from '../../src/core/theory';
import { createPhaseClient, createSpectrumClient } from '../../src/worker/jobs/theoryClients';
import type { PhaseCellsReply } from '../../src/worker/jobs/theoryProtocol';
import { fakeWorkerFactory } from './fakes';

const AXES: PhaseAxes = { x: 'sigmaW', y: 'sigmaB', xs: [0.5, 1, 1.5], ys: [0, 1] };
const body = (sigmaW: number) => ({ type: 'phase' as const, config: { ...DEFAULT_CONFIG, sigmaW }, archs: ['plain' as const], axes: AXES });
const cells = (id: number, done: boolean): PhaseCellsReply => ({ type: 'phase-cells', id, cells: [{ arch: 'plain', ix: 0, iy: 0, value: -1 }], done, ms: 1 });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('phase client', () => {
  it('posts each request at once on one worker and passes on only the newest request’s replies', () => {
    const { create, workers } = fakeWorkerFactory();
    const client = createPhaseClient(create);
    const got: number[] = [];
    client.listen({ reply: (r) => got.push(r.id) });
    const a = client.request(body(1));
    const b = client.request(body(2));
    expect(workers).toHaveLength(1);
    expect(workers[0].posted.map((r) => r.id)).toEqual([a, b]);
    workers[0].reply(cells(a, false));
    workers[0].reply(cells(b, false));
    expect(client.busy).toBe(true);
    workers[0].reply(cells(b, true));
    expect(got).toEqual([b, b]);
    expect(client.busy).toBe(false);
  });

  it('cancel stops a running job by replacing its worker; a later request gets a new one', () => {
    const { create, workers } = fakeWorkerFactory();
    const client = createPhaseClient(create);
    client.request(body(1));
    client.cancel();
    expect(workers[0].terminated).toBe(true);
    expect(client.busy).toBe(false);
    client.request(body(1.2));
    expect(workers).toHaveLength(2);
  });

  it('a crashed worker is replaced and the newest request retried once, then the failure reported', () => {
    const { create, workers } = fakeWorkerFactory();
    const client = createPhaseClient(create);
    const errors: string[] = [];
    client.listen({ error: (message) => errors.push(message) });
    const id = client.request(body(1));
    workers[0].crash();
    expect(workers[1].posted.map((r) => r.id)).toEqual([id]);
    workers[1].crash();
    expect(errors).toEqual(['The phase diagram worker crashed. It failed again after a restart.']);
  });

  it('a silent worker is replaced after the deadline', () => {
    const { create, workers } = fakeWorkerFactory();
    const client = createPhaseClient(create);
    client.request(body(1));
    vi.advanceTimersByTime(60_000);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });
});

describe('spectrum client', () => {
  it('replaces the worker when a heavy job is superseded, not when a light one is', () => {
    const { create, workers } = fakeWorkerFactory();
    const client = createSpectrumClient(create);
    const light = { type: 'spectrum' as const, config: { ...DEFAULT_CONFIG, depth: 10, width: 16 }, archs: ['plain' as const] };
    const heavy = { ...light, config: { ...DEFAULT_CONFIG, depth: 1000, width: 128 } };
    client.request(light);
    client.request(light);
    expect(workers).toHaveLength(1);
    client.request(heavy);
    client.request(light);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
  });
});
