// Makes the theory jobs follow the store, one way: the parameters and the open views decide
// what each theory worker is asked; its replies go into the theory slice under the request's
// id. Closing a view stops its job. Nothing here is called from a component.

import type { MeanFieldClient, PhaseClient, SpectrumClient } from '../worker/jobs/theoryClients';
import { configOf } from './params';
import type { AppState, AppStore } from './store';
import { meanFieldKey, phasePlan, spectrumConfig, spectrumKey, SPECTRUM_MAX_WIDTH, THEORY_ARCHS } from './theoryPlan';

type Client<C> = Pick<C, Extract<keyof C, 'request' | 'listen' | 'cancel'>>;

export interface TheoryClients {
  meanField: Client<MeanFieldClient>;
  phase: Client<PhaseClient>;
  spectrum: Client<SpectrumClient>;
}

/** The key of what each job should be computing now, or null when it should be idle. */
const meanFieldWanted = (s: AppState) => (s.theoryOverlay ? meanFieldKey(s.params) : null);
const phaseWanted = (s: AppState) => (s.phaseMode ? phasePlan(s.params, s.phaseMode).key : null);
const spectrumWanted = (s: AppState) => (s.spectrumOpen && s.params.width <= SPECTRUM_MAX_WIDTH ? spectrumKey(s.params) : null);

/** Connects the three theory clients to the store; returns the function that disconnects them. */
export function connectTheory(store: AppStore, clients: TheoryClients): () => void {
  const state = () => store.getState();
  const asked = new Map<number, { key: string; depth: number }>();

  const requestMeanField = (key: string | null) => {
    if (key === null) return;
    const params = state().params;
    const id = clients.meanField.request({ type: 'mean-field', config: configOf(params), archs: [...THEORY_ARCHS] });
    asked.clear();
    asked.set(id, { key, depth: params.depth });
    state().startMeanField(id);
  };

  const requestPhase = (key: string | null) => {
    if (key === null) {
      clients.phase.cancel();
      state().clearPhase();
      return;
    }
    const { params, phaseMode } = state();
    const plan = phasePlan(params, phaseMode!);
    const id = clients.phase.request({ type: 'phase', config: plan.config, archs: [...THEORY_ARCHS], axes: plan.axes });
    state().startPhase(id, { key, axes: plan.axes, archs: THEORY_ARCHS, width: plan.config.width, batch: plan.config.batch });
  };

  const requestSpectrum = (key: string | null) => {
    if (key === null) {
      clients.spectrum.cancel();
      state().clearSpectrum();
      return;
    }
    const id = clients.spectrum.request({ type: 'spectrum', config: spectrumConfig(state().params), archs: [...THEORY_ARCHS] });
    state().startSpectrum(id, key);
  };

  const stops = [
    clients.meanField.listen({
      reply: (r) => {
        const request = asked.get(r.id);
        if (request === undefined) return;
        state().setMeanField(r.id, { ...request, curves: r.curves, fixed: r.fixed, batchNorm: r.batchNorm ?? null });
      },
      error: (message, id) => state().setTheoryError('meanField', id, message),
    }),
    clients.phase.listen({
      reply: (r) => {
        if (r.type === 'phase-cells') state().addPhaseCells(r.id, r.cells, r.done);
        else state().setPhaseLine(r.id, r.sigmaBs, r.sigmaWs);
      },
      error: (message, id) => state().setTheoryError('phase', id, message),
    }),
    clients.spectrum.listen({
      reply: (r) => state().addSpectrum(r.id, r.spectrum, r.done),
      error: (message, id) => state().setTheoryError('spectrum', id, message),
    }),
    store.subscribe(meanFieldWanted, requestMeanField),
    store.subscribe(phaseWanted, requestPhase),
    store.subscribe(spectrumWanted, requestSpectrum),
  ];
  requestMeanField(meanFieldWanted(state()));
  if (phaseWanted(state()) !== null) requestPhase(phaseWanted(state()));
  if (spectrumWanted(state()) !== null) requestSpectrum(spectrumWanted(state()));

  return () => {
    for (const stop of stops) stop();
  };
}
