// A segmented radio group bound to one categorical parameter (architecture, init).

import type { ReactNode } from 'react';
import { useId } from 'react';
import { useAppStore } from '../../store/store';
import type { Params } from '../../store/params';

type ChoiceParam = 'arch' | 'init';

interface ChoiceGroupProps<K extends ChoiceParam> {
  /** the store parameter this group reads and writes */
  param: K;
  /** group label (legend); the group's accessible name */
  label: string;
  /** the choices, in display order */
  options: readonly { value: Params[K]; label: ReactNode }[];
}

export function ChoiceGroup<K extends ChoiceParam>({ param, label, options }: ChoiceGroupProps<K>) {
  const name = useId();
  const value = useAppStore((s) => s.params[param]);
  const setParam = useAppStore((s) => s.setParam);
  return (
    <fieldset className="control choice" data-param={param}>
      <legend className="control__label">{label}</legend>
      <div className="choice__options">
        {options.map((o) => (
          <label key={o.value} className="choice__option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => setParam(param, o.value)}
            />
            <span className="choice__text">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
