// In presentation mode the strip under the chart holds depth, weight scale and activation;
// this button (or the key C) opens every other control and the classroom toolbar over the
// chart, and closes them again (also Escape).

import { useAppStore } from '../../store/store';

export function MoreControlsButton() {
  const present = useAppStore((s) => s.present);
  const open = useAppStore((s) => s.moreControls);
  const setOpen = useAppStore((s) => s.setMoreControls);
  if (!present) return null;
  return (
    <button type="button" className="button more-controls" aria-pressed={open} aria-keyshortcuts="C" onClick={() => setOpen(!open)}>
      {open ? 'Fewer' : 'More'} <kbd className="classroom-bar__key">C</kbd>
    </button>
  );
}
