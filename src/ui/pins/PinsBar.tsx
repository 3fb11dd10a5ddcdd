// Under the main chart: the button that pins the current run, and the legend of pinned runs,
// each with its settings and a remove button (a real button, so the keyboard reaches it).

import { useId } from 'react';
import { MAX_PINS, type PinOutcome } from '../../store/pinsSlice';
import { useAppStore } from '../../store/store';
import { LineSwatch } from '../chart/LineSwatch';
import { pinLabel } from './pinLabel';
import './pins.css';

const BLOCKED: Record<Exclude<PinOutcome, 'pinned'>, string> = {
  'not-ready': 'Wait for the result to pin it.',
  duplicate: 'This run is pinned already.',
  full: `${MAX_PINS} pins is the most one chart can show: remove one to pin another.`,
};

export function PinsBar() {
  const hintId = useId();
  const pins = useAppStore((s) => s.pins);
  const blocker = useAppStore((s) => s.pinBlocker());
  const pinCurrent = useAppStore((s) => s.pinCurrent);
  const removePin = useAppStore((s) => s.removePin);
  const clearPins = useAppStore((s) => s.clearPins);
  return (
    <div className="pins">
      <div className="pins__actions">
        <button type="button" className="button button--small" onClick={() => pinCurrent()} aria-disabled={blocker !== null} aria-describedby={hintId}>
          Pin this run
        </button>
        <span id={hintId} className="pins__hint">
          {blocker === null
            ? pins.length === 0
              ? 'Keeps the curves on the chart while you change the settings, to compare them.'
              : 'Change a setting and compare with the faded pinned curves.'
            : blocker === 'not-ready'
              ? ''
              : BLOCKED[blocker]}
        </span>
        {pins.length > 1 ? (
          <button type="button" className="button button--small pins__clear" onClick={clearPins}>
            Remove all pins
          </button>
        ) : null}
      </div>
      {pins.length > 0 ? (
        <ul className="pins__legend" aria-label="Pinned runs">
          {pins.map((pin) => {
            const label = pinLabel(pin.params);
            return (
              <li key={pin.tag} className="pins__item">
                <span className="pins__tag" aria-hidden="true">
                  {pin.tag}
                </span>
                {pin.curves.map((c) => (
                  <span key={c.arch} className="pins__swatch">
                    <LineSwatch arch={c.arch} width={26} />
                  </span>
                ))}
                <span className="pins__label">
                  <span className="visually-hidden">Pin {pin.tag}: </span>
                  {label}
                </span>
                <button type="button" className="pins__remove" aria-label={`Remove pin ${pin.tag}: ${label}`} onClick={() => removePin(pin.tag)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
