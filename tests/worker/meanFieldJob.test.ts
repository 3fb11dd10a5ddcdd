// The mean-field job through the worker's real message handler: without normalization both
// architectures' recursions; with BatchNorm the plain network's BatchNorm rate and curve, no
// residual curve, and nothing at all for a batch below 4.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import { batchNormPrediction, meanFieldPrediction } from '../../src/core/theory';
import { createRequestHandler, type HandlerDeps } from '../../src/worker/handleRequest';
import type { WorkerReply } from '../../src/worker/protocol';
import type { MeanFieldReply } from '../../src/worker/jobs/theoryProtocol';

async function ask(config: NetworkConfig): Promise<MeanFieldReply> {
  const replies: WorkerReply[] = [];
  const deps: HandlerDeps = {
    post: (reply) => replies.push(reply),
    compute: () => {
      throw new Error('not used by the mean-field job');
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => 0,
    close: () => undefined,
    hang: () => undefined,
  };
  await createRequestHandler(deps)({ type: 'mean-field', id: 1, config, archs: ['plain', 'residual'] });
  expect(replies.filter((r) => r.type === 'error')).toEqual([]);
  return replies.find((r): r is MeanFieldReply => r.type === 'mean-field-result')!;
}

const CONFIG: NetworkConfig = { ...DEFAULT_CONFIG, depth: 12, activation: 'relu' };

describe('mean-field job', () => {
  it('without normalization: both recursions, no BatchNorm rate', async () => {
    const reply = await ask(CONFIG);
    expect(reply.batchNorm).toBeNull();
    expect(reply.curves.map((c) => c.arch)).toEqual(['plain', 'residual']);
    expect(Array.from(reply.curves[0].log10Grad)).toEqual(Array.from(meanFieldPrediction(CONFIG, 'plain').log10Grad));
  });

  it('with BatchNorm: the plain network’s BatchNorm curve and rate, no residual curve', async () => {
    const config: NetworkConfig = { ...CONFIG, norm: 'batch', batch: 16 };
    const reply = await ask(config);
    const expected = batchNormPrediction('relu', 16, 12);
    expect(reply.batchNorm).toEqual(expected.rate);
    expect(reply.curves.map((c) => c.arch)).toEqual(['plain']);
    expect(Array.from(reply.curves[0].log10Grad)).toEqual(Array.from(expected.log10Grad));
    expect(reply.curves[0].log10Q).toBeNull();
  });

  it('with BatchNorm and a batch of 3: no curve and no rate', async () => {
    const reply = await ask({ ...CONFIG, norm: 'batch', batch: 3 });
    expect(reply.curves).toEqual([]);
    expect(reply.batchNorm).toBeNull();
  });
});
