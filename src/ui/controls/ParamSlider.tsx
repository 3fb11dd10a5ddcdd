// A labelled range input bound to one numeric parameter. The native slider moves through the
// positions of a Track, so arrow keys step to the next distinct value; the live value is shown
// beside the label and spoken through aria-valuetext.

import { useId, type CSSProperties, type ReactNode } from 'react';
import { useAppStore } from '../../store/store';
import { lastPosition, positionToValue, valueToPosition, type Track } from '../../store/sliderTracks';

/** Parameters set with a slider. */
export type SliderParam = 'depth' | 'width' | 'sigmaW' | 'sigmaB' | 'branchScale';

interface ParamSliderProps {
  /** the store parameter this slider reads and writes */
  param: SliderParam;
  /** visible label; the accessible name is exactly this text */
  label: string;
  /** math symbol after the label (decorative, hidden from the accessible name) */
  symbol?: ReactNode;
  /** position ↔ value table */
  track: Track;
  /** the value as printed beside the label */
  format: (value: number) => string;
  /** aria-valuetext, e.g. "weight scale 1.20" */
  valueText: (value: number) => string;
  /** a short line of help under the slider */
  hint?: ReactNode;
  /** extra controls under the slider (e.g. preset buttons) */
  children?: ReactNode;
}

export function ParamSlider({ param, label, symbol, track, format, valueText, hint, children }: ParamSliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const value = useAppStore((s) => s.params[param]);
  const setParam = useAppStore((s) => s.setParam);
  const position = valueToPosition(track, value);
  const fill = { '--fill': `${(position / lastPosition(track)) * 100}%` } as CSSProperties;
  return (
    <div className="control" data-param={param}>
      <div className="control__head">
        <label className="control__label" htmlFor={id}>
          {label}
          {symbol ? (
            <span className="control__symbol" aria-hidden="true">
              {' '}
              {symbol}
            </span>
          ) : null}
        </label>
        <output className="control__value num" htmlFor={id}>
          {format(value)}
        </output>
      </div>
      <input
        id={id}
        className="slider"
        type="range"
        min={0}
        max={lastPosition(track)}
        step={1}
        value={position}
        style={fill}
        aria-valuetext={valueText(value)}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => setParam(param, positionToValue(track, Number(e.currentTarget.value)))}
      />
      {children}
      {hint ? (
        <p className="control__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
