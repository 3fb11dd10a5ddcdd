// The switch for the mean-field overlay, with a sample of the dotted line it draws, so the
// button doubles as the overlay's legend entry.

import { useAppStore } from '../../store/store';

export function TheoryToggle() {
  const on = useAppStore((s) => s.theoryOverlay);
  const setOn = useAppStore((s) => s.setTheoryOverlay);
  return (
    <button type="button" className="button button--small theory-toggle" aria-pressed={on} onClick={() => setOn(!on)}>
      <svg className="line-swatch" width={34} height={12} aria-hidden="true" focusable="false">
        <line className="theory-line series--neutral" x1={3} x2={31} y1={6} y2={6} />
      </svg>
      Mean-field theory
    </button>
  );
}
