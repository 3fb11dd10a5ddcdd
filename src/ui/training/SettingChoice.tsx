// A segmented radio group bound to one training setting (the task, the optimiser), styled
// like the page's own architecture and init choices.

import { useId, type ReactNode } from 'react';
import { useAppStore } from '../../store/store';
import type { TrainingSettings } from '../../store/trainingSettings';

type ChoiceSetting = 'task' | 'optimizer';

interface SettingChoiceProps<K extends ChoiceSetting> {
  /** the setting this group reads and writes */
  setting: K;
  /** group label (legend); the group's accessible name */
  label: string;
  /** the choices, in display order */
  options: readonly { value: TrainingSettings[K]; label: ReactNode }[];
  /** a short line under the choices */
  hint?: ReactNode;
}

export function SettingChoice<K extends ChoiceSetting>({ setting, label, options, hint }: SettingChoiceProps<K>) {
  const name = useId();
  const value = useAppStore((s) => s.trainingSettings[setting]);
  const setSetting = useAppStore((s) => s.setTrainingSetting);
  return (
    <fieldset className="control choice">
      <legend className="control__label">{label}</legend>
      <div className="choice__options">
        {options.map((o) => (
          <label key={o.value} className="choice__option">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => setSetting(setting, o.value)} />
            <span className="choice__text">{o.label}</span>
          </label>
        ))}
      </div>
      {hint ? <div className="control__hint">{hint}</div> : null}
    </fieldset>
  );
}
