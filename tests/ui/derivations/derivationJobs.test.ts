// The derivation jobs follow the store one way: a change that matters sends one request, one
// that does not sends none, and only the newest request's answer counts as current.

import { describe, expect, it } from 'vitest';
import type { LinearCaseValue } from '../../../src/worker/protocol';
import type { LayerDetail } from '../../../src/core/layerDetail';
import { createAppStore } from '../../../src/store/store';
import { connectDerivationJobs, derivationLayer, layerDetailKey, linearCaseKey, type DerivationClients } from '../../../src/ui/derivations/derivationJobs';
import type { JobListener, LayerDetailBody, LinearCaseBody } from '../../../src/worker/jobs/jobClient';
import type { LayerDetailReply, LinearCaseReply } from '../../../src/worker/protocol';

/** A client that records requests and lets the test answer them. */
function fakeClient<Body, Reply>() {
  const requests: { id: number; body: Body }[] = [];
  const listeners: JobListener<Reply>[] = [];
  let next = 1;
  return {
    requests,
    request(body: Body) {
      requests.push({ id: next, body });
      return next++;
    },
    listen(listener: JobListener<Reply>) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    answer(reply: Reply) {
      for (const l of listeners) l.result?.(reply);
    },
    fail(message: string, id: number) {
      for (const l of listeners) l.error?.(message, id);
    },
  };
}

const norms = (tag: number): LinearCaseValue => ({ log10ProductNorm: tag, log10NormProduct: tag, log10SigmaWPower: 0, log10LayerNorms: new Float64Array(1), tied: null });
const detail = (k: number): LayerDetail => ({ k, alpha: 1, plain: null, residual: null });

function setup() {
  const store = createAppStore();
  const linearCase = fakeClient<LinearCaseBody, LinearCaseReply>();
  const layerDetail = fakeClient<LayerDetailBody, LayerDetailReply>();
  const clients: DerivationClients = { linearCase, layerDetail };
  const disconnect = connectDerivationJobs(store, clients);
  return { store, linearCase, layerDetail, disconnect };
}

describe('connectDerivationJobs', () => {
  it('asks for the linear case and layer 1 at once', () => {
    const { store, linearCase, layerDetail } = setup();
    expect(linearCase.requests).toHaveLength(1);
    expect(linearCase.requests[0].body.config.width).toBe(store.getState().params.width);
    expect(layerDetail.requests.map((r) => r.body.layer)).toEqual([1]);
    expect(store.getState().linearCase.status).toBe('computing');
  });

  it('does not recompute the linear case for the activation, but does for σ_w', () => {
    const { store, linearCase, layerDetail } = setup();
    store.getState().setParam('activation', 'relu');
    expect(linearCase.requests).toHaveLength(1);
    expect(layerDetail.requests).toHaveLength(2);
    store.getState().setParam('sigmaW', 1.5);
    expect(linearCase.requests).toHaveLength(2);
    store.getState().setParam('batch', 4);
    expect(linearCase.requests).toHaveLength(2);
    expect(layerDetail.requests).toHaveLength(3);
  });

  it('says plainly when the width is too large for the linear case, and asks nothing', () => {
    const { store, linearCase } = setup();
    store.getState().setParam('width', 256);
    expect(linearCase.requests).toHaveLength(1);
    expect(store.getState().linearCase).toMatchObject({ status: 'unavailable', requestedKey: linearCaseKey(store.getState().params) });
  });

  it('asks for no layer detail with BatchNorm, whose layers couple the batch, and says it is unavailable', () => {
    const { store, layerDetail } = setup();
    store.getState().setParam('norm', 'batch');
    expect(layerDetail.requests).toHaveLength(1);
    expect(store.getState().layerDetail).toMatchObject({ status: 'unavailable', requestedKey: layerDetailKey(store.getState().params, 1) });
    store.getState().setParam('norm', 'pre-ln');
    expect(layerDetail.requests).toHaveLength(2);
  });

  it('follows the selected layer, kept within 1..L', () => {
    const { store, layerDetail } = setup();
    store.getState().setSelectedLayer(7);
    store.getState().setSelectedLayer(0);
    store.getState().setHoverLayer(12);
    expect(layerDetail.requests.map((r) => r.body.layer)).toEqual([1, 7, 1]);
    expect(derivationLayer(900, 50)).toBe(50);
  });

  it('keeps an older answer as a value but marks only the newest as done', () => {
    const { store, linearCase } = setup();
    store.getState().setParam('depth', 60);
    const [first, second] = linearCase.requests;
    linearCase.answer({ type: 'linear-case-result', id: first.id, norms: norms(1), ms: 1 });
    expect(store.getState().linearCase).toMatchObject({ status: 'computing', value: norms(1) });
    linearCase.answer({ type: 'linear-case-result', id: second.id, norms: norms(2), ms: 1 });
    expect(store.getState().linearCase).toMatchObject({ status: 'done', value: norms(2), valueKey: linearCaseKey(store.getState().params) });
  });

  it('labels a layer detail with the network and layer it belongs to, and reports errors', () => {
    const { store, layerDetail } = setup();
    const { id } = layerDetail.requests[0];
    layerDetail.answer({ type: 'layer-detail-result', id, detail: detail(1), ms: 1 });
    expect(store.getState().layerDetail.valueKey).toBe(layerDetailKey(store.getState().params, 1));
    store.getState().setSelectedLayer(3);
    layerDetail.fail('layer must be an integer in [1, 2], got 3', layerDetail.requests[1].id);
    expect(store.getState().layerDetail).toMatchObject({ status: 'error', message: 'layer must be an integer in [1, 2], got 3' });
  });

  it('stops following the store once disconnected', () => {
    const { store, linearCase, disconnect } = setup();
    disconnect();
    store.getState().setParam('depth', 70);
    expect(linearCase.requests).toHaveLength(1);
  });
});
