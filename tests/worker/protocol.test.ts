// The protocol helpers: transferables and reply shape checks.

import { describe, expect, it } from 'vitest';
import { isFinalReply, isWorkerReply, resultTransferables, type AheadReply } from '../../src/worker/protocol';
import { fakeArch, fakeResult, resultReply } from './fakes';

describe('resultTransferables', () => {
  it('lists every array buffer of both architectures once', () => {
    const result = fakeResult();
    // plain: 8 spread arrays + gradW, gradB, meanD; residual adds gradV
    expect(resultTransferables(result)).toHaveLength(11 + 12);
  });

  it('lists a buffer shared by several arrays only once', () => {
    const shared = new Float64Array(16);
    const arch = fakeArch('plain', 3);
    arch.gradF = { mean: shared.subarray(0, 4), p10: shared.subarray(4, 8), p50: shared.subarray(8, 12), p90: shared.subarray(12, 16) };
    const buffers = resultTransferables({ config: fakeResult().config, plain: arch, residual: null });
    expect(buffers).toHaveLength(1 + 4 + 3);
    expect(new Set(buffers).size).toBe(buffers.length);
  });

  it('is empty for an empty result', () => {
    expect(resultTransferables({ config: fakeResult().config, plain: null, residual: null })).toEqual([]);
  });

  it('the listed buffers can really be transferred', () => {
    const result = fakeResult();
    const transfer = resultTransferables(result);
    const copy = structuredClone(result, { transfer });
    expect(result.plain?.gradW.length).toBe(0); // detached: moved, not copied
    expect(copy.plain?.gradW.length).toBe(3);
  });
});

describe('reply checks', () => {
  it('recognises replies and rejects anything else', () => {
    expect(isWorkerReply(resultReply(1))).toBe(true);
    expect(isWorkerReply({ type: 'error', id: 1, message: 'x' })).toBe(true);
    for (const junk of [null, undefined, 3, 'error', {}, { type: 'error' }, { type: 'gradients', id: 1 }, { type: 'error', id: '1' }]) {
      expect(isWorkerReply(junk)).toBe(false);
    }
  });

  it('a preview is not final; a full result or an error is', () => {
    expect(isFinalReply(resultReply(1, false))).toBe(false);
    expect(isFinalReply(resultReply(1, true))).toBe(true);
    expect(isFinalReply({ type: 'error', id: 1, message: 'x' })).toBe(true);
  });

  it('recognises a setting computed ahead, but not the list request it answers', () => {
    const reply: AheadReply = { type: 'gradients-ahead-result', id: 3, index: 0, result: fakeResult(), ms: 1 };
    expect(isWorkerReply(reply)).toBe(true);
    expect(isWorkerReply({ ...reply, id: '3' })).toBe(false);
    expect(isWorkerReply({ type: 'gradients-ahead', id: 3, configs: [], arch: 'both' })).toBe(false);
  });

  it('a setting computed ahead never ends its list: it is not final, not even the last one', () => {
    expect(isFinalReply({ type: 'gradients-ahead-result', id: 3, index: 0, result: fakeResult(), ms: 1 })).toBe(false);
    expect(isFinalReply({ type: 'gradients-ahead-result', id: 3, index: 63, result: fakeResult(), ms: 1 })).toBe(false);
  });
});
