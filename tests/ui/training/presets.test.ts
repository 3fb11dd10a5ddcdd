import { describe, expect, it } from 'vitest';
import { TRAINING_PRESETS, type PresetName } from '../../../src/core/training';
import { DEFAULT_PARAMS, cleanParam, type Params } from '../../../src/store/params';
import { DEFAULT_TRAINING_SETTINGS, settingsOfPreset } from '../../../src/store/trainingSettings';
import { LEARNING_RATES, learningRatePosition } from '../../../src/ui/training/learningRates';
import { presetMatches } from '../../../src/ui/training/presetMatch';

function applied(name: PresetName) {
  const preset = TRAINING_PRESETS[name];
  const params = { ...DEFAULT_PARAMS };
  for (const [key, value] of Object.entries(preset.config)) (params as Record<string, unknown>)[key] = cleanParam(key as keyof Params, value);
  return { params, settings: settingsOfPreset(DEFAULT_TRAINING_SETTINGS, preset) };
}

describe('presets', () => {
  it.each(Object.keys(TRAINING_PRESETS) as PresetName[])('%s matches itself after it is applied, and its settings are offered', (name) => {
    const { params, settings } = applied(name);
    expect(presetMatches(name, params, settings)).toBe(true);
    expect(settings.runLength).toBe(TRAINING_PRESETS[name].steps);
    expect(LEARNING_RATES).toContain(settings.learningRate);
  });

  it('stops matching when a network setting or the task changes, not when clipping is switched on', () => {
    const { params, settings } = applied('diverging');
    expect(presetMatches('diverging', params, { ...settings, clipOn: true })).toBe(true);
    expect(presetMatches('diverging', { ...params, depth: 11 }, settings)).toBe(false);
    expect(presetMatches('diverging', params, { ...settings, task: 'xor' })).toBe(false);
    expect(presetMatches('deepTanh', params, settings)).toBe(false);
  });
});

describe('learning-rate track', () => {
  it('1, 2, 5 per decade from 10⁻⁴ to 10; the nearest position on a log scale', () => {
    expect(LEARNING_RATES[0]).toBe(1e-4);
    expect(LEARNING_RATES.at(-1)).toBe(10);
    expect(LEARNING_RATES).toContain(0.02);
    expect(LEARNING_RATES[learningRatePosition(0.03)]).toBe(0.02);
    expect(LEARNING_RATES[learningRatePosition(3)]).toBe(2);
    expect(LEARNING_RATES[learningRatePosition(1e-9)]).toBe(1e-4);
  });
});
