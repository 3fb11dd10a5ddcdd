// The theory jobs follow the store: the overlay asks for the mean-field prediction, an open
// phase diagram for its grid (again only when its key changes), an open spectrum for the
// Jacobian's singular values; closing a view cancels its job; replies land under their id;
// the URL carries the open views.

import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/store/store';
import { connectTheory, type TheoryClients } from '../../src/store/theorySync';
import { decodeHash, encodeHash } from '../../src/store/urlCodec';
import { DEFAULT_PARAMS } from '../../src/store/params';

/** A client double: records requests, lets the test reply to them. */
function fakeClient() {
  let id = 0;
  const requests: { id: number; body: Record<string, unknown> }[] = [];
  const listeners: { reply?: (r: never) => void; error?: (m: string, id: number) => void }[] = [];
  return {
    requests,
    cancel: vi.fn(),
    request: (body: Record<string, unknown>) => {
      requests.push({ id: ++id, body });
      return id;
    },
    listen: (l: (typeof listeners)[number]) => {
      listeners.push(l);
      return () => undefined;
    },
    reply: (r: unknown) => listeners.forEach((l) => l.reply?.(r as never)),
    fail: (message: string, at: number) => listeners.forEach((l) => l.error?.(message, at)),
  };
}

function setup() {
  const store = createAppStore();
  const meanField = fakeClient();
  const phase = fakeClient();
  const spectrum = fakeClient();
  const stop = connectTheory(store, { meanField, phase, spectrum } as unknown as TheoryClients);
  return { store, meanField, phase, spectrum, stop };
}

describe('theory sync', () => {
  it('asks for nothing until a view is open', () => {
    const { meanField, phase, spectrum } = setup();
    expect([meanField.requests, phase.requests, spectrum.requests]).toEqual([[], [], []]);
  });

  it('the overlay requests the mean-field prediction for both architectures, again on each relevant change', () => {
    const { store, meanField } = setup();
    store.getState().setTheoryOverlay(true);
    expect(meanField.requests).toHaveLength(1);
    expect(meanField.requests[0].body).toMatchObject({ type: 'mean-field', archs: ['plain', 'residual'] });
    store.getState().setParam('seed', 9);
    expect(meanField.requests).toHaveLength(1);
    store.getState().setParam('sigmaW', 1.2);
    expect(meanField.requests).toHaveLength(2);
    const curves = [{ arch: 'plain', log10Grad: new Float64Array(51), log10Q: new Float64Array(51), chi: new Float64Array(50) }];
    meanField.reply({ type: 'mean-field-result', id: 1, curves, fixed: { qStar: 0, chiStar: 1, depthScale: null }, ms: 1 });
    expect(store.getState().meanField.answers).toEqual([]);
    meanField.reply({ type: 'mean-field-result', id: 2, curves, fixed: { qStar: 0, chiStar: 1, depthScale: null }, ms: 1 });
    expect(store.getState().meanField.answers[0]).toMatchObject({ depth: 50 });
  });

  it('with BatchNorm the prediction follows the batch size and activation, not σ_w, and its rate reaches the answer', () => {
    const { store, meanField } = setup();
    store.getState().setParam('norm', 'batch');
    store.getState().setTheoryOverlay(true);
    expect(meanField.requests).toHaveLength(1);
    expect(meanField.requests[0].body).toMatchObject({ config: { norm: 'batch', batch: 16 } });
    store.getState().setParam('sigmaW', 1.7);
    store.getState().setParam('sigmaB', 0.4);
    expect(meanField.requests).toHaveLength(1);
    store.getState().setParam('batch', 32);
    expect(meanField.requests).toHaveLength(2);
    const rate = { activation: 'tanh', B: 32, a: 0.4, lambda: 1.2, r0: 0.27, samples: 1 };
    meanField.reply({ type: 'mean-field-result', id: 2, curves: [], fixed: { qStar: 0, chiStar: 1, depthScale: null }, batchNorm: rate, ms: 1 });
    expect(store.getState().meanField.answers[0]).toMatchObject({ depth: 50, batchNorm: rate, curves: [] });
  });

  it('the phase diagram is requested when opened, not on a σ_w change, and cancelled when closed', () => {
    const { store, phase } = setup();
    store.getState().setPhaseMode('sigmaB');
    expect(phase.requests).toHaveLength(1);
    expect(phase.requests[0].body).toMatchObject({ type: 'phase', archs: ['plain', 'residual'], config: { width: 32, batch: 4 } });
    store.getState().setParam('sigmaW', 1.7);
    store.getState().setParam('sigmaB', 0.6);
    expect(phase.requests).toHaveLength(1);
    store.getState().setParam('depth', 20);
    expect(phase.requests).toHaveLength(2);
    phase.reply({ type: 'phase-cells', id: 1, cells: [{ arch: 'plain', ix: 0, iy: 0, value: -4 }], done: false, ms: 1 });
    expect(store.getState().phase.grids.plain!.count).toBe(0);
    phase.reply({ type: 'phase-cells', id: 2, cells: [{ arch: 'plain', ix: 0, iy: 0, value: -4 }], done: false, ms: 1 });
    expect(store.getState().phase.grids.plain!.count).toBe(1);
    store.getState().setPhaseMode(null);
    expect(phase.cancel).toHaveBeenCalledTimes(1);
    expect(store.getState().phase.status).toBe('idle');
  });

  it('the spectrum is requested only for widths up to 128, and an error lands under its id', () => {
    const { store, spectrum } = setup();
    store.getState().setParam('width', 256);
    store.getState().setSpectrumOpen(true);
    expect(spectrum.requests).toHaveLength(0);
    store.getState().setParam('width', 128);
    expect(spectrum.requests).toHaveLength(1);
    expect(spectrum.requests[0].body).toMatchObject({ type: 'spectrum', archs: ['plain', 'residual'], config: { width: 128 } });
    spectrum.fail('the forward pass overflowed', 1);
    expect(store.getState().spectrum).toMatchObject({ status: 'error', message: 'the forward pass overflowed' });
  });

  it('the URL carries the overlay and the open views, and leaves them out when off', () => {
    expect(encodeHash(DEFAULT_PARAMS)).not.toMatch(/theory|phase|spectrum/);
    const hash = encodeHash(DEFAULT_PARAMS, { panel: null, layer: null, lock: [], hide: [], embed: false, theory: true, phase: 'depth', spectrum: true });
    expect(hash).toMatch(/&theory=1&phase=depth&spectrum=1$/);
    const { view, params, notices } = decodeHash(hash);
    expect(view).toMatchObject({ theory: true, phase: 'depth', spectrum: true });
    expect(params).toEqual(DEFAULT_PARAMS);
    expect(notices).toEqual([]);
    expect(decodeHash('#phase=sideways').notices).toEqual(['phase=sideways is not sb or depth; using none']);
  });
});
