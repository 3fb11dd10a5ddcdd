// The shape check of a gradients-ahead list: a well-formed list passes through, anything else
// becomes a 'malformed request' error under the list's id, which the handler posts as it is.

import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core';
import { decodeRequest, MAX_AHEAD } from '../../src/worker/decodeRequest';
import { createRequestHandler } from '../../src/worker/handleRequest';
import type { WorkerReply } from '../../src/worker/protocol';
import { fakeResult } from './fakes';

const CONFIG: NetworkConfig = { ...DEFAULT_CONFIG, depth: 4, width: 8, batch: 2 };

function handler() {
  const replies: WorkerReply[] = [];
  const compute = vi.fn(() => fakeResult());
  const handle = createRequestHandler({
    post: (reply) => replies.push(reply),
    compute,
    sleep: () => Promise.resolve(),
    now: () => 0,
    close: vi.fn(),
    hang: vi.fn(),
  });
  return { handle, replies, compute };
}

describe('decodeRequest, gradients-ahead', () => {
  it('passes a well-formed list through unchanged', () => {
    const request = { type: 'gradients-ahead', id: 3, configs: [CONFIG, { ...CONFIG, depth: 5 }], arch: 'plain' };
    expect(decodeRequest(request)).toEqual(request);
  });

  it('accepts an empty list and a list of exactly MAX_AHEAD settings', () => {
    expect(MAX_AHEAD).toBe(64);
    expect(decodeRequest({ type: 'gradients-ahead', id: 1, configs: [], arch: 'both' })).toMatchObject({ type: 'gradients-ahead', configs: [] });
    const full = Array.from({ length: MAX_AHEAD }, (_, i) => ({ ...CONFIG, depth: i + 1 }));
    const decoded = decodeRequest({ type: 'gradients-ahead', id: 2, configs: full, arch: 'residual' });
    expect(decoded.type === 'gradients-ahead' && decoded.configs).toEqual(full);
  });

  it('keeps only the fields of the request', () => {
    expect(decodeRequest({ type: 'gradients-ahead', id: 4, configs: [CONFIG], arch: 'both', extra: 'ignored' })).toEqual({
      type: 'gradients-ahead',
      id: 4,
      configs: [CONFIG],
      arch: 'both',
    });
  });

  const tooLong = Array.from({ length: MAX_AHEAD + 1 }, () => CONFIG);
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['no configs', { arch: 'both' }, /configs must be a list of at most 64/],
    ['configs not an array', { configs: { 0: CONFIG, length: 1 }, arch: 'both' }, /configs must be a list/],
    ['a single config instead of a list', { configs: CONFIG, arch: 'both' }, /configs must be a list/],
    ['a list longer than MAX_AHEAD', { configs: tooLong, arch: 'both' }, /at most 64/],
    ['a number among the configs', { configs: [CONFIG, 3], arch: 'both' }, /every entry of configs must be a config/],
    ['null among the configs', { configs: [null], arch: 'both' }, /every entry of configs must be a config/],
    ['a bad arch', { configs: [CONFIG], arch: 'dense' }, /arch must be one of plain, residual, both/],
    ['no arch', { configs: [CONFIG] }, /arch must be one of/],
  ];
  it.each(cases)('%s → a malformed-request error under the list’s id, posted as it is', async (_name, fields, message) => {
    const data = { type: 'gradients-ahead', id: 11, ...fields };
    const decoded = decodeRequest(data);
    expect(decoded).toMatchObject({ type: 'error', id: 11 });
    expect(decoded.type === 'error' && decoded.message).toMatch(/^malformed request: /);
    expect(decoded.type === 'error' && decoded.message).toMatch(message);
    const { handle, replies, compute } = handler();
    await handle(data);
    expect(replies).toEqual([decoded]);
    expect(compute).not.toHaveBeenCalled();
  });

  it('a malformed list does not end the list under way', async () => {
    const { handle, replies } = handler();
    // a well-formed list is answered in full although a malformed one with a higher id came
    await handle({ type: 'gradients-ahead', id: 12, configs: 'none', arch: 'both' });
    await handle({ type: 'gradients-ahead', id: 5, configs: [CONFIG, CONFIG], arch: 'both' });
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['error', 12],
      ['gradients-ahead-result', 5],
      ['gradients-ahead-result', 5],
    ]);
  });
});
