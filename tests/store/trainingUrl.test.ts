// The training settings in the URL (task, optimiser, η, minibatch, clip, pace, run length and
// the preset last applied): written only when not default, read back exactly, and any bad
// value turned into a sane setting with a short notice.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASKS } from '../../src/core/training';
import { DEFAULT_PARAMS } from '../../src/store/params';
import {
  BATCH_SIZES,
  CLIP_NORMS,
  cleanLearningRate,
  cleanSetting,
  DEFAULT_TRAINING_SETTINGS,
  LEARNING_RATE_RANGE,
  OPTIMIZERS,
  RUN_LENGTHS,
  SPEEDS,
  type TrainingSettings,
} from '../../src/store/trainingSettings';
import { PRESET_NAMES } from '../../src/store/url/trainingFields';
import { decodeHash, DEFAULT_VIEW, encodeHash } from '../../src/store/urlCodec';

const validSettings: fc.Arbitrary<TrainingSettings> = fc.record({
  task: fc.constantFrom(...TASKS),
  optimizer: fc.constantFrom(...OPTIMIZERS),
  learningRate: fc.double({ min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, noNaN: true }).map((v) => cleanLearningRate(v)!),
  batchSize: fc.constantFrom(...BATCH_SIZES),
  clipOn: fc.boolean(),
  clip: fc.constantFrom(...CLIP_NORMS),
  stepsPerSecond: fc.constantFrom(...SPEEDS),
  runLength: fc.constantFrom(...RUN_LENGTHS),
});

const training = (hash: string) => decodeHash(hash).view.training ?? DEFAULT_TRAINING_SETTINGS;

describe('encodeHash with training settings', () => {
  it('adds nothing for the default settings, so existing links keep their form', () => {
    expect(encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, training: DEFAULT_TRAINING_SETTINGS })).toBe(encodeHash(DEFAULT_PARAMS));
  });

  it('writes the settings that differ after the parameters and before the view, with short keys', () => {
    const settings: TrainingSettings = { ...DEFAULT_TRAINING_SETTINGS, task: 'xor', optimizer: 'adam', learningRate: 0.005, clipOn: true, stepsPerSecond: null };
    const hash = encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, layer: 3, training: settings, preset: 'vanishing' });
    expect(hash).toBe(`${encodeHash(DEFAULT_PARAMS)}&task=xor&opt=adam&lr=0.005&clip=on&pace=max&layer=3&preset=vanishing`);
  });

  it('any valid settings and preset round-trip exactly, without notices', () => {
    fc.assert(
      fc.property(validSettings, fc.constantFrom(null, ...PRESET_NAMES), (settings, preset) => {
        const decoded = decodeHash(encodeHash(DEFAULT_PARAMS, { ...DEFAULT_VIEW, training: settings, preset }));
        expect(decoded.view.training ?? DEFAULT_TRAINING_SETTINGS).toEqual(settings);
        expect(decoded.view.preset ?? null).toBe(preset);
        expect(decoded.params).toEqual(DEFAULT_PARAMS);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a view without training settings decodes without them', () => {
    expect(decodeHash(encodeHash(DEFAULT_PARAMS)).view).toEqual(DEFAULT_VIEW);
  });
});

describe('decodeHash training settings', () => {
  const cases: [string, Partial<TrainingSettings>, string[]][] = [
    ['#task=SPIRALS&opt=sgd', { task: 'spirals', optimizer: 'sgd' }, []],
    ['#task=mnist', {}, ['task=mnist is not one of circles, xor, spirals, teacher; using circles']],
    ['#opt=rmsprop', {}, ['opt=rmsprop is not one of sgd, momentum, adam; using momentum']],
    ['#lr=0.1', { learningRate: 0.1 }, []],
    ['#lr=0.0123456', { learningRate: 0.0123 }, []],
    ['#lr=50', { learningRate: 10 }, ['lr=50 is out of range; using 10']],
    ['#lr=0', { learningRate: 1e-4 }, ['lr=0 is out of range; using 0.0001']],
    ['#lr=NaN', {}, ['lr=NaN is not a number; using 0.02']],
    ['#lr=1e999', { learningRate: 10 }, ['lr=1e999 is out of range; using 10']],
    ['#mb=64', { batchSize: 64 }, []],
    ['#mb=20', { batchSize: 16 }, ['mb=20 is not one of 4, 8, 16, 32, 64, 128; using 16']],
    ['#mb=-3', { batchSize: 4 }, ['mb=-3 is not one of 4, 8, 16, 32, 64, 128; using 4']],
    ['#mb=lots', {}, ['mb=lots is not one of 4, 8, 16, 32, 64, 128; using 16']],
    ['#clip=on&clipnorm=10', { clipOn: true, clip: 10 }, []],
    ['#clip', { clipOn: true }, []],
    ['#clip=maybe', {}, ['clip=maybe is not on or off; using off']],
    ['#clipnorm=3', { clip: 1 }, ['clipnorm=3 is not one of 0.1, 1, 10; using 1']],
    ['#pace=max', { stepsPerSecond: null }, []],
    ['#pace=5', { stepsPerSecond: 5 }, []],
    ['#pace=1000', { stepsPerSecond: 100 }, ['pace=1000 is not one of 1, 2, 5, 10, 20, 50, 100, max; using 100']],
    ['#pace=fast', {}, ['pace=fast is not one of 1, 2, 5, 10, 20, 50, 100, max; using 50']],
    ['#steps=300', { runLength: 300 }, []],
    ['#steps=100000', { runLength: 3000 }, ['steps=100000 is not one of 50, 100, 150, 200, 300, 500, 1000, 3000; using 3000']],
  ];
  it.each(cases)('%j', (hash, changes, notices) => {
    const decoded = decodeHash(hash);
    expect(training(hash)).toEqual({ ...DEFAULT_TRAINING_SETTINGS, ...changes });
    expect(decoded.notices).toEqual(notices);
    expect(decoded.params).toEqual(DEFAULT_PARAMS);
  });

  it.each([
    ['#preset=deepTanh', 'deepTanh', []],
    ['#preset=DIVERGING', 'diverging', []],
    ['#preset=preLN', 'preLN', []],
    ['#preset=postln', 'postLN', []],
    ['#preset=none', undefined, []],
    ['#preset=<script>', undefined, ['preset=<script> is not one of deepTanh, vanishing, exploding, diverging, preLN, postLN, none; using none']],
  ] as const)('%j sets only the preset label', (hash, preset, notices) => {
    const decoded = decodeHash(hash);
    expect(decoded.view.preset).toBe(preset);
    expect(decoded.view.training).toBeUndefined();
    expect(decoded.params).toEqual(DEFAULT_PARAMS);
    expect(decoded.notices).toEqual(notices);
  });

  it('any string in any training key decodes to settings the panel accepts', () => {
    const keys = ['task', 'opt', 'lr', 'mb', 'clip', 'clipnorm', 'pace', 'steps', 'preset'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.double().map(String)), fc.constantFrom(...keys), (value, key) => {
        const { view, notices } = decodeHash(`#${key}=${encodeURIComponent(value)}`);
        const settings = view.training ?? DEFAULT_TRAINING_SETTINGS;
        for (const k of Object.keys(DEFAULT_TRAINING_SETTINGS) as (keyof TrainingSettings)[]) {
          expect(cleanSetting(k, settings[k])).toBe(settings[k]);
        }
        expect(view.preset === undefined || PRESET_NAMES.includes(view.preset!)).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(1);
        for (const n of notices) expect(n.length).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });
});
