// One row of the customise panel: whether readers of the link can change a control, see it
// locked, or not see it at all. Three radios in a fieldset named after the control.

import { useId } from 'react';
import { accessOf, type ControlAccess, type ShareControl } from '../../store/shareSlice';
import { useAppStore } from '../../store/store';
import { CONTROL_NAMES } from './controlNames';

interface AccessRowProps {
  control: ShareControl;
}

const CHOICES: { access: ControlAccess; label: string }[] = [
  { access: 'open', label: 'Can change' },
  { access: 'locked', label: 'Locked' },
  { access: 'hidden', label: 'Hidden' },
];

export function AccessRow({ control }: AccessRowProps) {
  const name = useId();
  const access = useAppStore((s) => accessOf(control, s.locked, s.hidden));
  const setControlAccess = useAppStore((s) => s.setControlAccess);
  return (
    <fieldset className="access-row">
      <legend className="access-row__name">{CONTROL_NAMES[control]}</legend>
      <div className="access-row__options">
        {CHOICES.map((choice) => (
          <label key={choice.access} className={`access-row__option access-row__option--${choice.access}`}>
            <input type="radio" name={name} checked={access === choice.access} onChange={() => setControlAccess(control, choice.access)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
