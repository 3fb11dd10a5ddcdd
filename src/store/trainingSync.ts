// Makes training state flow one way. The run key (the page's network plus the settings that
// define a run) starts a new run in both workers; the target step and the pace move the runs;
// η reaches both runs as it changes, which continues them. Reports and errors come back into
// the store. Components only call the slice's actions: nothing else talks to the workers.

import type { Arch } from '../core';
import type { TrainingClient } from '../worker/trainingClient';
import { cadenceFor, untrainableReason } from '../worker/trainingCadence';
import { configOf } from './params';
import type { AppState, AppStore } from './store';
import { TRAINING_ARCHS } from './trainingSlice';
import { trainerOptions } from './trainingSettings';

type Client = Pick<TrainingClient, 'reset' | 'advance' | 'setLearningRate' | 'listen'>;

/** A run may be at most this many steps ahead of the other, so both curves grow together. */
export const LOCKSTEP_LEAD = 10;

/**
 * What defines a run: everything the trainer is built from except η (which a run may change as
 * it goes). The page's batch of probe inputs, its loss and its architecture choice do not enter.
 */
export function trainingRunKey(s: AppState): string {
  const { depth, width, activation, sigmaW, sigmaB, sigmaV, branchScale, init, inputScale, seed, norm, tied } = s.params;
  const { task, optimizer, batchSize, clipOn, clip } = s.trainingSettings;
  const network = [depth, width, activation, sigmaW, sigmaB, sigmaV, branchScale, init, inputScale, seed, norm, tied];
  return JSON.stringify([network, [task, optimizer, batchSize, clipOn && clip], s.trainingResets]);
}

/** The step `arch` should train to now, and whether that is where it stops; null when it cannot step. */
export function advancePlan(s: AppState, arch: Arch): { until: number; settle: boolean } | null {
  const run = s.trainingRun;
  const mine = run[arch];
  const other = run[arch === 'plain' ? 'residual' : 'plain'];
  if (run.blocked || mine.diverged !== null) return null;
  const target = s.trainingTarget;
  const until = other.diverged === null && s.trainingError === null ? Math.min(target, other.step + LOCKSTEP_LEAD) : target;
  return { until, settle: until === target };
}

/** Connects the store to the training workers; returns the function that disconnects it. */
export function connectTraining(store: AppStore, client: Client): () => void {
  const state = () => store.getState();
  /** key of the run the workers were last given */
  let started: string | null = null;
  /** the last advance sent to each worker */
  const sent: Record<Arch, string> = { plain: '', residual: '' };
  let queued = false;

  const startRun = () => {
    queued = false;
    const s = state();
    if (!s.trainingActive) return;
    const key = trainingRunKey(s);
    if (key === started) return;
    started = key;
    sent.plain = sent.residual = '';
    const config = configOf(s.params);
    const blocked = untrainableReason(config);
    if (blocked === null) {
      const options = trainerOptions(s.trainingSettings, config.seed);
      const cadence = cadenceFor(config, options.batchSize);
      for (const arch of TRAINING_ARCHS) client.reset(arch, config, options, cadence);
    }
    s.beginTrainingRun(key, config.depth, blocked);
  };

  // A preset changes the parameters and the settings in two updates: one microtask later, one run.
  const queueRun = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(startRun);
  };

  const sendAdvances = (s: AppState) => {
    if (started === null || s.trainingRun.key !== started) return;
    const pace = s.trainingSettings.stepsPerSecond;
    for (const arch of TRAINING_ARCHS) {
      const plan = advancePlan(s, arch);
      if (plan === null) continue;
      const key = `${plan.until}|${plan.settle}|${pace}`;
      if (key === sent[arch]) continue;
      sent[arch] = key;
      client.advance(arch, plan.until, pace, plan.settle);
    }
  };

  const stopListening = client.listen({
    report: (report) => state().receiveTrainingReport(report),
    error: (message) => state().setTrainingError(message),
  });
  const stopRun = store.subscribe((s) => (s.trainingActive ? trainingRunKey(s) : ''), queueRun, { fireImmediately: true });
  const stopAdvance = store.subscribe(sendAdvances);
  const stopRate = store.subscribe(
    (s) => s.trainingSettings.learningRate,
    (learningRate) => {
      if (started === null || state().trainingRun.blocked) return;
      for (const arch of TRAINING_ARCHS) client.setLearningRate(arch, learningRate);
    },
  );

  return () => {
    stopListening();
    stopRun();
    stopAdvance();
    stopRate();
  };
}
