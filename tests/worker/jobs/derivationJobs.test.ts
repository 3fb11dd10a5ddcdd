// The derivation job kinds through the worker's real request handler and the real core: shape
// checks, replies, and errors that name the problem.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, linearCaseNorms, tiedSpectrum, type NetworkConfig } from '../../../src/core';
import { layerDetail } from '../../../src/core/layerDetail';
import { decodeRequest } from '../../../src/worker/decodeRequest';
import { createRequestHandler } from '../../../src/worker/handleRequest';
import { isFinalReply, isWorkerReply, type WorkerReply } from '../../../src/worker/protocol';

const SMALL: NetworkConfig = { ...DEFAULT_CONFIG, depth: 6, width: 8, batch: 2 };

function setup() {
  const replies: WorkerReply[] = [];
  const transfers: Transferable[][] = [];
  const handle = createRequestHandler({
    post: (reply, transfer) => {
      replies.push(reply);
      transfers.push(transfer);
    },
    compute: () => {
      throw new Error('not used');
    },
    sleep: () => Promise.resolve(),
    now: () => 0,
    close: () => undefined,
    hang: () => undefined,
  });
  return { handle, replies, transfers };
}

describe('decoding', () => {
  it('accepts well-formed derivation requests', () => {
    expect(decodeRequest({ type: 'linear-case', id: 3, config: SMALL })).toEqual({ type: 'linear-case', id: 3, config: SMALL });
    expect(decodeRequest({ type: 'layer-detail', id: 4, config: SMALL, arch: 'both', layer: 2 })).toEqual({
      type: 'layer-detail', id: 4, config: SMALL, arch: 'both', layer: 2,
    });
  });

  it.each([
    [{ type: 'linear-case', id: 1 }, /no config/],
    [{ type: 'layer-detail', id: 1, config: SMALL, arch: 'both' }, /layer must be a positive integer/],
    [{ type: 'layer-detail', id: 1, config: SMALL, arch: 'both', layer: 0 }, /layer must be a positive integer/],
    [{ type: 'layer-detail', id: 1, config: SMALL, arch: 'wide', layer: 1 }, /arch must be one of/],
  ])('names what is wrong with %o', (raw, message) => {
    const decoded = decodeRequest(raw);
    expect(decoded.type).toBe('error');
    if (decoded.type === 'error') expect(decoded.message).toMatch(message);
  });
});

describe('handling', () => {
  it('linear case: the core’s norms, with their array transferred', async () => {
    const { handle, replies, transfers } = setup();
    await handle({ type: 'linear-case', id: 1, config: SMALL });
    const reply = replies[0];
    if (reply.type !== 'linear-case-result') throw new Error(`expected a result, got ${reply.type}`);
    expect(reply.norms).toEqual({ ...linearCaseNorms(SMALL), tied: null });
    expect(transfers[0]).toEqual([reply.norms.log10LayerNorms.buffer]);
    expect(isWorkerReply(reply) && isFinalReply(reply)).toBe(true);
  });

  it('linear case, shared weights: ρ(W) and ‖W‖₂ of the one matrix, consistent with the product', async () => {
    const { handle, replies } = setup();
    const tied: NetworkConfig = { ...SMALL, tied: true, depth: 12 };
    await handle({ type: 'linear-case', id: 4, config: tied });
    const reply = replies[0];
    if (reply.type !== 'linear-case-result' || reply.norms.tied === null) throw new Error('expected a tied result');
    const { log10SpectralRadius: rho, log10SpectralNorm: norm } = reply.norms.tied;
    expect(reply.norms.tied).toEqual(tiedSpectrum(tied));
    expect(rho).toBeLessThanOrEqual(norm + 1e-12);
    // one matrix L times: the product of the norms is ‖W‖₂^L, and ρ(W)^L ≤ ‖W^L‖₂ ≤ ‖W‖₂^L
    expect(reply.norms.log10NormProduct).toBeCloseTo(tied.depth * norm, 10);
    expect(tied.depth * rho).toBeLessThanOrEqual(reply.norms.log10ProductNorm + 1e-9);
    expect(reply.norms.log10ProductNorm).toBeLessThanOrEqual(reply.norms.log10NormProduct + 1e-9);
  });

  it('linear case: a width over 128 is refused plainly', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'linear-case', id: 2, config: { ...SMALL, width: 256 } });
    expect(replies).toEqual([{ type: 'error', id: 2, message: 'the linear case is computed for width ≤ 128, got 256' }]);
  });

  it('layer detail: the core’s numbers for layer k', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'layer-detail', id: 5, config: SMALL, arch: 'residual', layer: 4 });
    expect(replies[0]).toMatchObject({ type: 'layer-detail-result', id: 5, detail: layerDetail(SMALL, 'residual', 4) });
  });

  it('layer detail: a layer past the network and a bad config are errors with the reason', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'layer-detail', id: 6, config: SMALL, arch: 'plain', layer: 7 });
    await handle({ type: 'layer-detail', id: 7, config: { ...SMALL, sigmaW: -1 }, arch: 'plain', layer: 1 });
    expect(replies[0]).toEqual({ type: 'error', id: 6, message: 'layer must be an integer in [1, 6], got 7' });
    expect(replies[1]).toMatchObject({ type: 'error', id: 7, message: expect.stringMatching(/^sigmaW must be/) });
  });
});
