// Whether the page still shows a preset: its network settings on the page's parameters and its
// training settings in the panel. Once the reader moves a slider the preset's story no longer
// applies, and the panel stops telling it.

import { TRAINING_PRESETS, type PresetName } from '../../core/training';
import { cleanParam, type Params } from '../../store/params';
import { settingsOfPreset, type TrainingSettings } from '../../store/trainingSettings';

export function presetMatches(name: PresetName, params: Params, settings: TrainingSettings): boolean {
  const preset = TRAINING_PRESETS[name];
  for (const [key, value] of Object.entries(preset.config) as [keyof Params, Params[keyof Params]][]) {
    if (cleanParam(key, value) !== params[key]) return false;
  }
  const wanted = settingsOfPreset(settings, preset);
  // clipping is the rescue a preset invites the reader to try, so it does not end the preset
  return (['task', 'optimizer', 'learningRate', 'batchSize'] as const).every((k) => wanted[k] === settings[k]);
}
