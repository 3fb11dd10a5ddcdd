// The derivation client against a fake worker: newest request wins, stale replies are dropped,
// errors are reported, and a crashed or silent worker is replaced once.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core';
import type { LayerDetail } from '../../../src/core/layerDetail';
import { createLayerDetailClient } from '../../../src/worker/jobs/derivationClients';
import { fakeWorkerFactory } from '../fakes';

const detail = (k: number): LayerDetail => ({ k, alpha: 1, plain: null, residual: null });
const body = (layer: number) => ({ type: 'layer-detail' as const, config: DEFAULT_CONFIG, arch: 'both' as const, layer });

function setup() {
  const factory = fakeWorkerFactory();
  const client = createLayerDetailClient(factory.create);
  const results: number[] = [];
  const errors: string[] = [];
  client.listen({ result: (r) => results.push(r.detail.k), error: (m) => errors.push(m) });
  return { ...factory, client, results, errors };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('JobClient', () => {
  it('sends one request at a time and only the newest of those waiting', () => {
    const { client, workers, results } = setup();
    const first = client.request(body(1));
    client.request(body(2));
    const third = client.request(body(3));
    const worker = workers[0];
    expect(worker.posted.map((p) => p.id)).toEqual([first]);
    worker.reply({ type: 'layer-detail-result', id: first, detail: detail(1), ms: 1 });
    expect(worker.posted.map((p) => p.id)).toEqual([first, third]);
    worker.reply({ type: 'layer-detail-result', id: third, detail: detail(3), ms: 1 });
    expect(results).toEqual([1, 3]);
    expect(client.busy).toBe(false);
  });

  it('drops a reply that does not answer the request in the worker', () => {
    const { client, workers, results } = setup();
    const id = client.request(body(1));
    workers[0].reply({ type: 'layer-detail-result', id: id + 7, detail: detail(9), ms: 1 });
    workers[0].reply({ type: 'linear-case-result', id, norms: {}, ms: 1 });
    expect(results).toEqual([]);
  });

  it('reports an error reply and moves on to the next request', () => {
    const { client, workers, errors, results } = setup();
    const id = client.request(body(1));
    const next = client.request(body(2));
    workers[0].reply({ type: 'error', id, message: 'layer must be an integer in [1, 50], got 60' });
    expect(errors).toEqual(['layer must be an integer in [1, 50], got 60']);
    workers[0].reply({ type: 'layer-detail-result', id: next, detail: detail(2), ms: 1 });
    expect(results).toEqual([2]);
  });

  it('replaces a crashed worker and retries once, then reports', () => {
    const { client, workers, live, errors } = setup();
    const id = client.request(body(1));
    workers[0].crash();
    expect(workers[0].terminated).toBe(true);
    expect(live()).toHaveLength(1);
    expect(workers[1].last.id).toBe(id);
    workers[1].crash();
    expect(errors).toEqual(['The derivations worker crashed. It failed again after a restart.']);
    expect(client.busy).toBe(false);
  });

  it('replaces a silent worker after the deadline', () => {
    const { client, workers } = setup();
    client.request(body(1));
    vi.advanceTimersByTime(60_000);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].posted).toHaveLength(1);
  });

  it('reports a malformed reply and stops everything on dispose', () => {
    const { client, workers, errors } = setup();
    client.request(body(1));
    workers[0].reply({ nonsense: true });
    expect(errors).toEqual(['The derivations worker sent a malformed reply.']);
    client.dispose();
    expect(workers[0].terminated).toBe(true);
    client.request(body(2));
    expect(workers).toHaveLength(1);
  });
});
