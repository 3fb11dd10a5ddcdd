// The derivations slice: the lab's point stays valid, proofs reveal from step 1, the series
// highlight only changes when it must, and job answers merge into their state.

import { describe, expect, it } from 'vitest';
import { ACTIVATION_TABLE } from '../../src/core/activations';
import { drawLabExample, labJacobians } from '../../src/core/layerDetail';
import { LAB_X_LIMIT } from '../../src/store/derivationsSlice';
import { createAppStore } from '../../src/store/store';

describe('the lab point', () => {
  it('starts at the drawn x and re-rolls to a new example', () => {
    const store = createAppStore();
    const { labSeed, labX } = store.getState();
    expect(labX).toEqual(Array.from(drawLabExample(labSeed).x));
    store.getState().rerollLab();
    expect(store.getState().labSeed).toBe(labSeed + 1);
    expect(store.getState().labX).toEqual(Array.from(drawLabExample(labSeed + 1).x));
  });

  it('clamps x_j to the range and ignores what is not a number or not an entry', () => {
    const store = createAppStore();
    const before = store.getState().labX;
    store.getState().setLabX(0, 99);
    expect(store.getState().labX[0]).toBe(LAB_X_LIMIT);
    store.getState().setLabX(1, -0.25);
    expect(store.getState().labX[1]).toBe(-0.25);
    const after = store.getState().labX;
    store.getState().setLabX(2, NaN);
    store.getState().setLabX(7, 1);
    store.getState().setLabX(0.5, 1);
    expect(store.getState().labX).toBe(after);
    store.getState().resetLabX();
    expect(store.getState().labX).toEqual(before);
  });

  it('moves a unit onto its ReLU kink', () => {
    const store = createAppStore();
    store.getState().moveLabToKink(2);
    const { labSeed, labX } = store.getState();
    const lab = labJacobians(drawLabExample(labSeed), Float64Array.from(labX), ACTIVATION_TABLE.relu);
    expect(Math.abs(lab.z[2])).toBeLessThan(1e-12);
    expect(lab.kinkUnits).toContain(2);
    expect(labX.every((v) => Math.abs(v) <= LAB_X_LIMIT)).toBe(true);
  });
});

describe('proof steps', () => {
  it('show step 1 until told otherwise, never fewer', () => {
    const store = createAppStore();
    expect(store.getState().proofSteps.residual ?? 1).toBe(1);
    store.getState().setProofStep('residual', 3);
    expect(store.getState().proofSteps.residual).toBe(3);
    store.getState().setProofStep('residual', -2);
    expect(store.getState().proofSteps.residual).toBe(1);
    store.getState().setProofStep('plain', Infinity);
    expect(store.getState().proofSteps.plain).toBeUndefined();
  });
});

describe('series highlight', () => {
  it('keeps its object when set to the same series', () => {
    const store = createAppStore();
    store.getState().setHighlightSeries({ arch: 'plain', quantity: 'gradF' });
    const first = store.getState().highlightSeries;
    store.getState().setHighlightSeries({ arch: 'plain', quantity: 'gradF' });
    expect(store.getState().highlightSeries).toBe(first);
    store.getState().setHighlightSeries(null);
    expect(store.getState().highlightSeries).toBeNull();
  });
});

describe('job state', () => {
  it('merges patches', () => {
    const store = createAppStore();
    expect(store.getState().layerDetail.status).toBe('idle');
    store.getState().setLayerDetail({ requestedKey: 'a', status: 'computing' });
    store.getState().setLayerDetail({ status: 'error', message: 'no' });
    expect(store.getState().layerDetail).toMatchObject({ requestedKey: 'a', status: 'error', message: 'no', value: null });
  });
});
