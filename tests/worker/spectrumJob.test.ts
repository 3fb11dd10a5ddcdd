// The Jacobian-spectrum job through the worker's real message handler: both initialisations
// for each architecture, one spectrum per reply, the reader's own initialisation first; an
// orthogonal linear network's singular values are all exactly σ_w^L; a newer request stops an
// older one between two Jacobians.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, inputOutputJacobian, type NetworkConfig } from '../../src/core';
import { createRequestHandler, type HandlerDeps } from '../../src/worker/handleRequest';
import { isFinalReply, type WorkerReply } from '../../src/worker/protocol';
import type { SpectrumReply } from '../../src/worker/jobs/theoryProtocol';
import { spectrumWork } from '../../src/worker/jobs/theoryClients';

const LINEAR: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'identity', init: 'orthogonal', sigmaW: 1.1, sigmaB: 0, depth: 20, width: 16 };

function setup() {
  const replies: WorkerReply[] = [];
  const transfers: Transferable[][] = [];
  const deps: HandlerDeps = {
    post: (reply, transfer) => {
      replies.push(reply);
      transfers.push(transfer);
    },
    compute: () => {
      throw new Error('not used by the spectrum job');
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => 0,
    close: () => undefined,
    hang: () => undefined,
  };
  return { handle: createRequestHandler(deps), replies, transfers };
}

const spectra = (replies: WorkerReply[]) => replies.filter((r): r is SpectrumReply => r.type === 'spectrum-result');

describe('spectrum job', () => {
  it('an orthogonal linear plain network: every singular value is σ_w^L', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'spectrum', id: 1, config: LINEAR, archs: ['plain'] });
    const [orthogonal] = spectra(replies);
    expect(orthogonal.spectrum).toMatchObject({ arch: 'plain', init: 'orthogonal', error: null });
    expect(orthogonal.spectrum.log10Singular).toHaveLength(16);
    for (const v of orthogonal.spectrum.log10Singular) expect(v).toBeCloseTo(20 * Math.log10(1.1), 12);
  });

  it('answers both initialisations for each architecture, the reader’s first, the last reply final', async () => {
    const { handle, replies, transfers } = setup();
    const config = { ...DEFAULT_CONFIG, depth: 8, width: 12 };
    await handle({ type: 'spectrum', id: 2, config, archs: ['plain', 'residual'] });
    const got = spectra(replies);
    expect(got.map((r) => `${r.spectrum.init}/${r.spectrum.arch}`)).toEqual([
      'gaussian/plain', 'gaussian/residual', 'orthogonal/plain', 'orthogonal/residual',
    ]);
    expect(got.map((r) => isFinalReply(r))).toEqual([false, false, false, true]);
    for (const r of got) {
      const expected = inputOutputJacobian({ ...config, init: r.spectrum.init }, r.spectrum.arch).log10Singular;
      expect(Array.from(r.spectrum.log10Singular)).toEqual(Array.from(expected));
    }
    expect(transfers.every((t) => t.length === 1)).toBe(true);
  });

  it('a newer request stops the older between two Jacobians', async () => {
    const { handle, replies } = setup();
    const config = { ...DEFAULT_CONFIG, depth: 30, width: 24 };
    const first = handle({ type: 'spectrum', id: 1, config, archs: ['plain', 'residual'] });
    while (spectra(replies).length < 1) await new Promise((resolve) => setTimeout(resolve, 0));
    const before = replies.length;
    const second = handle({ type: 'spectrum', id: 2, config: { ...config, sigmaW: 1.2 }, archs: ['plain'] });
    await Promise.all([first, second]);
    const after = replies.slice(before);
    expect(after.filter((r) => r.id === 1)).toEqual([]);
    expect(after.map((r) => r.id)).toEqual([2, 2]);
    expect(after.at(-1)).toMatchObject({ done: true });
  });

  it('refuses widths above 128 with a plain message', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'spectrum', id: 5, config: { ...DEFAULT_CONFIG, width: 256, depth: 2 }, archs: ['plain'] });
    expect(replies).toEqual([{ type: 'error', id: 5, message: 'the Jacobian spectrum is computed for width ≤ 128, got 256' }]);
  });

  it('estimates its work as L·n³ per Jacobian, twice for residual, for both initialisations', () => {
    expect(spectrumWork(10, 4, ['plain'])).toBe(2 * 10 * 64);
    expect(spectrumWork(10, 4, ['plain', 'residual'])).toBe(2 * 3 * 10 * 64);
  });
});
