// The theory slice: answers belong to one request id and anything for another id is dropped,
// so a superseded phase diagram never paints a stale cell; the phase grid fills cell by cell.

import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/store';
import { IDLE_PHASE, MEAN_FIELD_KEEP } from '../../src/store/theorySlice';
import { PHASE_DEPTHS, PHASE_SIGMA_BS, PHASE_SIGMA_WS, phasePlan } from '../../src/store/theoryPlan';
import { DEFAULT_PARAMS } from '../../src/store/params';
import type { PhaseCellOf } from '../../src/worker/jobs/theoryProtocol';

const AXES = { x: 'sigmaW' as const, y: 'sigmaB' as const, xs: [0.5, 1, 1.5], ys: [0, 1] };
const START = { key: 'k', axes: AXES, archs: ['plain', 'residual'] as const, width: 32, batch: 4 };
const cell = (arch: 'plain' | 'residual', ix: number, iy: number, value: number): PhaseCellOf => ({ arch, ix, iy, value });

describe('phase diagram state', () => {
  it('fills each architecture’s grid at iy·nx + ix and counts the cells that arrived', () => {
    const store = createAppStore();
    store.getState().startPhase(7, START);
    store.getState().addPhaseCells(7, [cell('plain', 2, 1, -3), cell('residual', 0, 0, 0.5), cell('plain', 2, 1, -2)], false);
    const { grids, status } = store.getState().phase;
    expect(status).toBe('computing');
    expect(grids.plain!.values[1 * 3 + 2]).toBe(-2);
    expect(grids.plain!.count).toBe(1);
    expect(Array.from(grids.plain!.known)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(grids.residual!.values[0]).toBe(0.5);
    expect(Number.isNaN(grids.residual!.values[1])).toBe(true);
    store.getState().addPhaseCells(7, [], true);
    expect(store.getState().phase.status).toBe('done');
  });

  it('drops cells, lines and errors from an older request id', () => {
    const store = createAppStore();
    store.getState().startPhase(1, START);
    store.getState().addPhaseCells(1, [cell('plain', 0, 0, -1)], false);
    store.getState().startPhase(2, { ...START, key: 'k2' });
    const fresh = store.getState().phase;
    store.getState().addPhaseCells(1, [cell('plain', 1, 0, -5)], true);
    store.getState().setPhaseLine(1, [0], [1]);
    store.getState().setTheoryError('phase', 1, 'old failure');
    expect(store.getState().phase).toBe(fresh);
    expect(fresh.grids.plain!.count).toBe(0);
    expect(fresh.status).toBe('computing');
    store.getState().setPhaseLine(2, [0, 1], [1, Number.NaN]);
    expect(store.getState().phase.line).toEqual({ sigmaBs: [0, 1], sigmaWs: [1, Number.NaN] });
  });

  it('ignores cells outside the grid, and clearing forgets the diagram', () => {
    const store = createAppStore();
    store.getState().startPhase(3, START);
    store.getState().addPhaseCells(3, [cell('plain', 5, 5, 1), cell('plain', -1, 0, 1)], false);
    expect(store.getState().phase.grids.plain!.count).toBe(0);
    store.getState().clearPhase();
    expect(store.getState().phase).toBe(IDLE_PHASE);
  });
});

describe('mean-field and spectrum state', () => {
  it('keeps the newest answers by key, newest first, and drops an answer to an older request', () => {
    const store = createAppStore();
    const answer = (key: string) => ({ key, depth: 2, curves: [], fixed: { qStar: 0, chiStar: 1, depthScale: Number.POSITIVE_INFINITY }, batchNorm: null });
    for (let id = 1; id <= MEAN_FIELD_KEEP + 3; id++) {
      store.getState().startMeanField(id);
      store.getState().setMeanField(id, answer(`k${id}`));
    }
    const { answers, status } = store.getState().meanField;
    expect(status).toBe('done');
    expect(answers).toHaveLength(MEAN_FIELD_KEEP);
    expect(answers[0].key).toBe(`k${MEAN_FIELD_KEEP + 3}`);
    store.getState().startMeanField(100);
    store.getState().setMeanField(99, answer('late'));
    expect(store.getState().meanField.answers[0].key).toBe(`k${MEAN_FIELD_KEEP + 3}`);
  });

  it('collects one spectrum per (architecture, initialisation) of the newest request', () => {
    const store = createAppStore();
    const spectrum = (arch: 'plain' | 'residual', init: 'gaussian' | 'orthogonal') => ({ arch, init, log10Singular: new Float64Array([0]), error: null });
    store.getState().startSpectrum(4, 'a');
    store.getState().addSpectrum(4, spectrum('plain', 'gaussian'), false);
    store.getState().addSpectrum(3, spectrum('residual', 'gaussian'), false);
    store.getState().addSpectrum(4, spectrum('plain', 'orthogonal'), true);
    const { spectra, status } = store.getState().spectrum;
    expect(spectra.map((s) => `${s.arch}/${s.init}`)).toEqual(['plain/gaussian', 'plain/orthogonal']);
    expect(status).toBe('done');
    store.getState().setTheoryError('spectrum', -1, 'malformed reply');
    expect(store.getState().spectrum).toMatchObject({ status: 'error', message: 'malformed reply' });
  });
});

describe('phase plan', () => {
  it('a σ_b diagram ignores σ_w and σ_b, caps the width at 32 and measures 4 inputs per cell', () => {
    const a = phasePlan({ ...DEFAULT_PARAMS, width: 256, sigmaW: 1.3, sigmaB: 0.4 }, 'sigmaB');
    const b = phasePlan({ ...DEFAULT_PARAMS, width: 256, sigmaW: 2.1, sigmaB: 0 }, 'sigmaB');
    expect(a.key).toBe(b.key);
    expect(a.config).toMatchObject({ width: 32, batch: 4, depth: DEFAULT_PARAMS.depth });
    expect(a.axes).toEqual({ x: 'sigmaW', y: 'sigmaB', xs: PHASE_SIGMA_WS, ys: PHASE_SIGMA_BS });
    expect(phasePlan({ ...DEFAULT_PARAMS, depth: 80 }, 'sigmaB').key).not.toBe(a.key);
  });

  it('a depth diagram ignores the depth but not σ_b; its depths run from 1 to 1000', () => {
    const a = phasePlan({ ...DEFAULT_PARAMS, depth: 10 }, 'depth');
    expect(phasePlan({ ...DEFAULT_PARAMS, depth: 500 }, 'depth').key).toBe(a.key);
    expect(phasePlan({ ...DEFAULT_PARAMS, sigmaB: 0.5 }, 'depth').key).not.toBe(a.key);
    expect(PHASE_DEPTHS[0]).toBe(1);
    expect(PHASE_DEPTHS.at(-1)).toBe(1000);
    expect(new Set(PHASE_DEPTHS).size).toBe(PHASE_DEPTHS.length);
  });
});
