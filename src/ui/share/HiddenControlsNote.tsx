// Says which controls a link has hidden, so a reader (or the instructor checking the link)
// knows the panel is shortened on purpose.

import { useAppStore } from '../../store/store';
import { CONTROL_NAMES } from './controlNames';

export function HiddenControlsNote() {
  const hidden = useAppStore((s) => s.hidden);
  if (hidden.length === 0) return null;
  const names = hidden.map((c) => CONTROL_NAMES[c].toLowerCase()).join(', ');
  return (
    <p className="hidden-controls-note">
      This link hides {hidden.length === 1 ? 'one control' : `${hidden.length} controls`} ({names}); they keep the values in the
      link.
    </p>
  );
}
