// The training slice and its sync over a recording client: settings that define a run reset
// it, η continues it, play/pause/step move both runs in step, a preset sets the page's
// parameters and starts one run, and a network too large to train is refused with a reason.

import { describe, expect, it } from 'vitest';
import type { Arch, NetworkConfig } from '../../src/core';
import { TRAINING_PRESETS, type TrainerOptions } from '../../src/core/training';
import { createAppStore } from '../../src/store/store';
import { commonStep } from '../../src/store/trainingSlice';
import { connectTraining, LOCKSTEP_LEAD } from '../../src/store/trainingSync';
import type { TrainingListener } from '../../src/worker/trainingClient';
import type { Cadence } from '../../src/worker/trainingProtocol';
import { report } from '../worker/trainingFakes';

type Call =
  | { kind: 'reset'; arch: Arch; id: number; config: NetworkConfig; options: TrainerOptions; cadence: Cadence }
  | { kind: 'advance'; arch: Arch; until: number; pace: number | null; settle: boolean }
  | { kind: 'rate'; arch: Arch; learningRate: number };

function setup(active = true) {
  const calls: Call[] = [];
  let listener: TrainingListener = {};
  let nextId = 1;
  const runIds: Record<Arch, number> = { plain: 0, residual: 0 };
  const client = {
    reset: (arch: Arch, config: NetworkConfig, options: TrainerOptions, cadence: Cadence) => {
      const id = nextId++;
      runIds[arch] = id;
      calls.push({ kind: 'reset', arch, id, config, options, cadence });
      return id;
    },
    advance: (arch: Arch, until: number, pace: number | null, settle: boolean) => calls.push({ kind: 'advance', arch, until, pace, settle }),
    setLearningRate: (arch: Arch, learningRate: number) => calls.push({ kind: 'rate', arch, learningRate }),
    listen: (l: TrainingListener) => {
      listener = l;
      return () => undefined;
    },
  };
  const store = createAppStore();
  if (active) store.getState().activateTraining();
  const disconnect = connectTraining(store, client);
  const state = () => store.getState();
  /** The worker of `arch` reports reaching `step`. */
  const reach = (arch: Arch, step: number, extra = {}) => listener.report?.(report(runIds[arch], arch, step, { idle: true, ...extra }));
  const of = <K extends Call['kind']>(kind: K) => calls.filter((c): c is Extract<Call, { kind: K }> => c.kind === kind);
  const lastAdvance = (arch: Arch) => of('advance').filter((c) => c.arch === arch).at(-1);
  const flush = () => Promise.resolve();
  return { store, state, calls, of, reach, lastAdvance, flush, disconnect, error: (m: string) => listener.error?.(m, 'plain') };
}

describe('starting runs', () => {
  it('starts nothing until the panel is active, then one run per architecture', async () => {
    const t = setup(false);
    await t.flush();
    expect(t.calls).toEqual([]);
    t.state().activateTraining();
    await t.flush();
    expect(t.of('reset').map((c) => c.arch)).toEqual(['plain', 'residual']);
    const [reset] = t.of('reset');
    expect(reset.options).toEqual({ task: 'circles', optimizer: { kind: 'sgd', momentum: 0.9 }, learningRate: 0.02, batchSize: 16, clip: null, seed: 1 });
    expect(reset.config.depth).toBe(t.state().params.depth);
    expect(t.state().trainingRun.depth).toBe(t.state().params.depth);
  });

  it('a network setting or a run setting resets; η, pace, run length and the probe batch do not', async () => {
    const t = setup();
    await t.flush();
    const resets = () => t.of('reset').length;
    t.state().setParam('sigmaW', 1.5);
    await t.flush();
    expect(resets()).toBe(4);
    t.state().setTrainingSetting('task', 'xor');
    await t.flush();
    expect(resets()).toBe(6);
    t.state().setTrainingSetting('learningRate', 0.05);
    t.state().setTrainingSetting('stepsPerSecond', 10);
    t.state().setTrainingSetting('runLength', 300);
    t.state().setParam('batch', 64);
    t.state().setParam('arch', 'plain');
    await t.flush();
    expect(resets()).toBe(6);
    expect(t.of('rate')).toEqual([
      { kind: 'rate', arch: 'plain', learningRate: 0.05 },
      { kind: 'rate', arch: 'residual', learningRate: 0.05 },
    ]);
  });

  it('the normalization and weight sharing define the run: each change trains the new networks', async () => {
    const t = setup();
    await t.flush();
    t.state().setParam('norm', 'pre-ln');
    await t.flush();
    t.state().setParam('tied', true);
    await t.flush();
    const resets = t.of('reset');
    expect(resets).toHaveLength(6);
    expect(resets.slice(2, 4).map((c) => [c.config.norm, c.config.tied])).toEqual([['pre-ln', false], ['pre-ln', false]]);
    expect(resets.slice(4).map((c) => [c.arch, c.config.norm, c.config.tied])).toEqual([['plain', 'pre-ln', true], ['residual', 'pre-ln', true]]);
  });

  it('Reset starts the same settings again from step 0', async () => {
    const t = setup();
    await t.flush();
    t.reach('plain', 0);
    t.state().playTraining();
    t.reach('plain', 5, { idle: false });
    t.state().resetTraining();
    await t.flush();
    expect(t.of('reset')).toHaveLength(4);
    expect(t.state()).toMatchObject({ trainingPlaying: false, trainingTarget: 0 });
    expect(t.state().trainingRun.plain.step).toBe(0);
  });

  it('a preset sets the page parameters and the training settings, and starts one run', async () => {
    const t = setup();
    await t.flush();
    t.state().applyTrainingPreset('deepTanh');
    await t.flush();
    const resets = t.of('reset').slice(2);
    expect(resets.map((c) => c.arch)).toEqual(['plain', 'residual']);
    expect(t.state().params).toMatchObject({ depth: 32, width: 16, activation: 'tanh', sigmaW: 1, sigmaB: 0 });
    expect(t.state().params.branchScale).toBeCloseTo(1 / Math.sqrt(32), 5);
    expect(resets[0].options).toMatchObject(TRAINING_PRESETS.deepTanh.options);
    expect(t.state().trainingGoal).toBe(150);
    t.state().applyTrainingPreset('diverging');
    await t.flush();
    expect(t.of('reset').at(-1)!.options).toMatchObject({ task: 'teacher', optimizer: { kind: 'sgd', momentum: 0 }, clip: null, batchSize: 32 });
    expect(t.state().trainingGoal).toBe(200);
  });

  it('a network too large to train here is refused with the reason, and play does nothing', async () => {
    const t = setup();
    t.state().setParams({ depth: 1000, width: 512 });
    await t.flush();
    expect(t.of('reset')).toEqual([]);
    expect(t.state().trainingRun.blocked).toMatch(/depth × width² ≤ 500,000.*1,000 × 512²/);
    t.state().playTraining();
    expect(t.state().trainingPlaying).toBe(false);
  });
});

describe('play, pause and step', () => {
  it('play asks both runs for the goal, no more than LOCKSTEP_LEAD ahead of each other', async () => {
    const t = setup();
    await t.flush();
    t.reach('plain', 0);
    t.reach('residual', 0);
    t.state().playTraining();
    expect(t.state()).toMatchObject({ trainingPlaying: true, trainingTarget: 150 });
    expect(t.lastAdvance('plain')).toMatchObject({ until: LOCKSTEP_LEAD, settle: false, pace: 50 });
    t.reach('residual', 7, { idle: false });
    expect(t.lastAdvance('plain')).toMatchObject({ until: 7 + LOCKSTEP_LEAD });
    t.reach('plain', 17);
    expect(t.lastAdvance('residual')).toMatchObject({ until: 27 });
  });

  it('stops playing when both runs reach the goal, and play then continues to the next one', async () => {
    const t = setup();
    await t.flush();
    t.state().playTraining();
    t.reach('plain', 150);
    expect(t.state().trainingPlaying).toBe(true);
    t.reach('residual', 150);
    expect(t.state().trainingPlaying).toBe(false);
    expect(t.lastAdvance('residual')).toMatchObject({ until: 150, settle: true });
    t.state().playTraining();
    expect(t.state().trainingTarget).toBe(300);
  });

  it('pause asks both to stop where the front one is; a run that overshot pulls the other along', async () => {
    const t = setup();
    await t.flush();
    t.state().playTraining();
    t.reach('plain', 12, { idle: false });
    t.reach('residual', 9, { idle: false });
    t.state().pauseTraining();
    expect(t.state()).toMatchObject({ trainingPlaying: false, trainingTarget: 12 });
    expect(t.lastAdvance('plain')).toMatchObject({ until: 12, settle: true });
    expect(t.lastAdvance('residual')).toMatchObject({ until: 12, settle: true });
    t.reach('plain', 14);
    expect(t.state().trainingTarget).toBe(14);
    expect(t.lastAdvance('residual')).toMatchObject({ until: 14 });
  });

  it('step moves both runs one step past the front one', async () => {
    const t = setup();
    await t.flush();
    t.reach('plain', 0);
    t.reach('residual', 0);
    t.state().stepTraining();
    expect(t.lastAdvance('plain')).toMatchObject({ until: 1, settle: true });
    t.reach('plain', 1);
    t.reach('residual', 1);
    t.state().stepTraining();
    expect(t.lastAdvance('residual')).toMatchObject({ until: 2 });
    expect(commonStep(t.state().trainingRun)).toBe(1);
  });

  it('a diverged run stops; the other trains on alone, and play ends when it arrives', async () => {
    const t = setup();
    await t.flush();
    t.state().playTraining();
    t.reach('plain', 3, { diverged: 4 });
    t.reach('residual', 5, { idle: false });
    expect(t.lastAdvance('residual')).toMatchObject({ until: 150, settle: true });
    expect(t.state().trainingPlaying).toBe(true);
    t.reach('residual', 150);
    expect(t.state().trainingPlaying).toBe(false);
    expect(commonStep(t.state().trainingRun)).toBe(150);
  });

  it('an error pauses and is shown; the next run clears it', async () => {
    const t = setup();
    await t.flush();
    t.state().playTraining();
    t.error('The plain training worker crashed.');
    expect(t.state()).toMatchObject({ trainingPlaying: false, trainingError: 'The plain training worker crashed.' });
    t.state().resetTraining();
    await t.flush();
    expect(t.state().trainingError).toBeNull();
  });

  it('rejects settings outside their choices and clamps η', () => {
    const t = setup();
    t.state().setTrainingSetting('batchSize', 7);
    t.state().setTrainingSetting('learningRate', 1e9);
    t.state().setTrainingSetting('learningRate', Number.NaN);
    expect(t.state().trainingSettings).toMatchObject({ batchSize: 16, learningRate: 10 });
  });

  it('the scrubber stays within the steps taken', async () => {
    const t = setup();
    await t.flush();
    t.reach('plain', 20);
    t.reach('residual', 20);
    t.state().scrubTraining(50);
    expect(t.state().trainingScrub).toBe(20);
    t.state().scrubTraining(-3);
    expect(t.state().trainingScrub).toBe(0);
    t.state().playTraining();
    expect(t.state().trainingScrub).toBeNull();
  });
});
