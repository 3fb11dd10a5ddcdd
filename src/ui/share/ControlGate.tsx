// Applies a link's lock and hide to one control: a hidden control is not rendered; a locked
// one is shown inside a disabled fieldset (every input in it is disabled at once) with a
// padlock and a sentence saying why, which is also the group's accessible name.

import { useId, type ReactNode } from 'react';
import { accessOf, type ShareControl } from '../../store/shareSlice';
import { useAppStore } from '../../store/store';
import { CONTROL_NAMES } from './controlNames';
import { LockIcon } from './LockIcon';

interface ControlGateProps {
  /** which control this wraps */
  control: ShareControl;
  children: ReactNode;
}

export function ControlGate({ control, children }: ControlGateProps) {
  const noteId = useId();
  const access = useAppStore((s) => accessOf(control, s.locked, s.hidden));
  if (access === 'hidden') return null;
  if (access === 'open') return children;
  return (
    <fieldset className="control-gate" disabled aria-describedby={noteId}>
      <legend className="visually-hidden">{CONTROL_NAMES[control]}, locked</legend>
      {children}
      <p className="control-gate__note" id={noteId}>
        <LockIcon />
        Locked for this exercise
      </p>
    </fieldset>
  );
}
