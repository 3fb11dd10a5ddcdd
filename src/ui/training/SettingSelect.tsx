// A labelled drop-down bound to one training setting. Options carry their own value (a number,
// a name or null), so the select never parses its text back into a setting.

import { useId } from 'react';
import { useAppStore } from '../../store/store';
import type { TrainingSettings } from '../../store/trainingSettings';

interface SettingSelectProps<K extends keyof TrainingSettings> {
  /** the setting this select reads and writes */
  setting: K;
  /** visible label; also the accessible name */
  label: string;
  /** the choices, in display order */
  options: readonly { value: TrainingSettings[K]; label: string }[];
  /** shown under the select */
  hint?: string;
  disabled?: boolean;
}

export function SettingSelect<K extends keyof TrainingSettings>({ setting, label, options, hint, disabled }: SettingSelectProps<K>) {
  const id = useId();
  const value = useAppStore((s) => s.trainingSettings[setting]);
  const setSetting = useAppStore((s) => s.setTrainingSetting);
  const index = options.findIndex((o) => o.value === value);
  return (
    <div className="control training-select">
      <label className="control__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={String(Math.max(0, index))}
        disabled={disabled}
        onChange={(e) => setSetting(setting, options[Number(e.currentTarget.value)].value)}
      >
        {options.map((o, i) => (
          <option key={o.label} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? <p className="control__hint">{hint}</p> : null}
    </div>
  );
}
