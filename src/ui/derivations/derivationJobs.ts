// Connects the store to the two derivation jobs, one way: the parameters (and the selected
// layer) drive the requests through subscriptions, the replies land in the store. A change
// that cannot alter a job's answer (the activation, for the linear case) sends nothing.

import { LINEAR_CASE_MAX_WIDTH } from '../../worker/jobs/derivationJobs';
import type { LayerDetailClient, LinearCaseClient } from '../../worker/jobs/derivationClients';
import { configOf, type Params } from '../../store/params';
import type { AppState, AppStore } from '../../store/store';

/** The layer the derivations show: the selected one, else layer 1, within 1..L. */
export function derivationLayer(selectedLayer: number | null, depth: number): number {
  return Math.min(depth, Math.max(1, selectedLayer ?? 1));
}

/** linearCaseNorms reads only these: σ is the identity, b = 0 and no normalization whatever the page shows. */
export function linearCaseKey(p: Params): string {
  return `L=${p.depth} n=${p.width} sw=${p.sigmaW} init=${p.init} seed=${p.seed} tied=${p.tied}`;
}

/** Layer k's Jacobian depends on layers 1..k and x_1: not on the depth, the batch or the loss. */
export function layerDetailKey(p: Params, k: number): string {
  return [`k=${k}`, p.arch, p.width, p.activation, p.sigmaW, p.sigmaB, p.sigmaV, p.branchScale, p.init, p.inputScale, p.seed, p.norm, p.tied].join(' ');
}

export interface DerivationClients {
  linearCase: Pick<LinearCaseClient, 'request' | 'listen'>;
  layerDetail: Pick<LayerDetailClient, 'request' | 'listen'>;
}

const currentLayerKey = (s: AppState) => layerDetailKey(s.params, derivationLayer(s.selectedLayer, s.params.depth));

/** Starts the requests for the current state and keeps them in step; returns the disconnect. */
export function connectDerivationJobs(store: AppStore, clients: DerivationClients): () => void {
  const state = () => store.getState();
  const keyById = { linear: new Map<number, string>(), detail: new Map<number, string>() };

  const requestLinearCase = () => {
    const { params } = state();
    const key = linearCaseKey(params);
    if (params.width > LINEAR_CASE_MAX_WIDTH) {
      state().setLinearCase({ requestedKey: key, status: 'unavailable', message: null });
      return;
    }
    keyById.linear.set(clients.linearCase.request({ type: 'linear-case', config: { ...configOf(params), norm: 'none' } }), key);
    state().setLinearCase({ requestedKey: key, status: 'computing', message: null });
  };

  const requestLayerDetail = () => {
    const { params, selectedLayer } = state();
    const layer = derivationLayer(selectedLayer, params.depth);
    const key = layerDetailKey(params, layer);
    if (params.norm === 'batch') {
      // BatchNorm couples the samples: no layer has a Jacobian of one input to report
      state().setLayerDetail({ requestedKey: key, status: 'unavailable', message: null });
      return;
    }
    keyById.detail.set(clients.layerDetail.request({ type: 'layer-detail', config: configOf(params), arch: params.arch, layer }), key);
    state().setLayerDetail({ requestedKey: key, status: 'computing', message: null });
  };

  /** The answer is the newest one if it belongs to the newest request. */
  const settle = (map: Map<number, string>, id: number, requested: string) => {
    const key = map.get(id);
    for (const older of map.keys()) if (older <= id) map.delete(older);
    return { key, newest: key === requested };
  };

  const stops = [
    clients.linearCase.listen({
      result: (reply) => {
        const { key, newest } = settle(keyById.linear, reply.id, state().linearCase.requestedKey);
        if (key === undefined) return;
        state().setLinearCase({ value: reply.norms, valueKey: key, ...(newest ? { status: 'done' } : {}) });
      },
      error: (message, id) => {
        const { newest } = settle(keyById.linear, id, state().linearCase.requestedKey);
        if (newest || id === -1) state().setLinearCase({ status: 'error', message });
      },
    }),
    clients.layerDetail.listen({
      result: (reply) => {
        const { key, newest } = settle(keyById.detail, reply.id, state().layerDetail.requestedKey);
        if (key === undefined) return;
        state().setLayerDetail({ value: reply.detail, valueKey: key, ...(newest ? { status: 'done' } : {}) });
      },
      error: (message, id) => {
        const { newest } = settle(keyById.detail, id, state().layerDetail.requestedKey);
        if (newest || id === -1) state().setLayerDetail({ status: 'error', message });
      },
    }),
    store.subscribe((s) => linearCaseKey(s.params), requestLinearCase, { fireImmediately: true }),
    store.subscribe(currentLayerKey, requestLayerDetail, { fireImmediately: true }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
