// Two buttons that move one page parameter to its neighbouring slider value, so the linear
// case's numbers can be watched while depth or σ_w changes, without scrolling to the controls.
// A control a shared link locks or hides shows its value only.

import type { ReactNode } from 'react';
import { useSectionStore } from '../layout/DeferredSection';
import { lastPosition, positionToValue, valueToPosition, type Track } from '../../store/sliderTracks';
import { useControlOpen } from './useControlOpen';

interface ParamStepperProps {
  param: 'depth' | 'sigmaW';
  track: Track;
  /** the symbol and its value, as shown between the buttons */
  children: ReactNode;
  /** accessible names of the two buttons */
  lessLabel: string;
  moreLabel: string;
}

export function ParamStepper({ param, track, children, lessLabel, moreLabel }: ParamStepperProps) {
  const value = useSectionStore((s) => s.params[param]);
  const setParam = useSectionStore((s) => s.setParam);
  const open = useControlOpen(param);
  const position = valueToPosition(track, value);
  const step = (by: number) => setParam(param, positionToValue(track, Math.min(lastPosition(track), Math.max(0, position + by))));
  if (!open) return <span className="stepper__value num">{children}</span>;
  return (
    <span className="stepper">
      <button type="button" className="button button--small" aria-label={lessLabel} onClick={() => step(-1)}>
        −
      </button>
      <span className="stepper__value num">{children}</span>
      <button type="button" className="button button--small" aria-label={moreLabel} onClick={() => step(1)}>
        +
      </button>
    </span>
  );
}
