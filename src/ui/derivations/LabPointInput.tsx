// One coordinate x_j of the lab's point: drag the slider or type a number. Text that is not a
// number in range is kept in the field with a message under it; the store keeps the last good
// value, so the lab never shows a broken state.

import { useId, useState } from 'react';
import { LAB_X_LIMIT } from '../../store/derivationsSlice';
import { useSectionStore } from '../layout/DeferredSection';
import { fixedMinus, subscript } from './numbers';

interface LabPointInputProps {
  /** coordinate index j (0-based; shown 1-based) */
  j: number;
}

/** Reads "−1.5", "-1.5", "1,5" or " 2 " as numbers; anything else is NaN. */
function parseEntry(text: string): number {
  const t = text.trim().replace('−', '-').replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

export function LabPointInput({ j }: LabPointInputProps) {
  const id = useId();
  const value = useSectionStore((s) => s.labX[j]);
  const setLabX = useSectionStore((s) => s.setLabX);
  const [draft, setDraft] = useState<string | null>(null);
  const name = `x${subscript(j + 1)}`;
  const parsed = draft === null ? value : parseEntry(draft);
  const problem = draft !== null && !(Math.abs(parsed) <= LAB_X_LIMIT) ? `${name} must be a number from −${LAB_X_LIMIT} to ${LAB_X_LIMIT}` : null;

  const type = (text: string) => {
    setDraft(text);
    const v = parseEntry(text);
    if (Math.abs(v) <= LAB_X_LIMIT) setLabX(j, v);
  };

  return (
    <div className="lab-x">
      <label className="lab-x__label" htmlFor={id}>
        {name}
      </label>
      <input
        className="slider lab-x__slider"
        type="range"
        min={-LAB_X_LIMIT}
        max={LAB_X_LIMIT}
        step={0.05}
        value={value}
        aria-label={`${name}, drag`}
        aria-valuetext={`${name} = ${fixedMinus(value, 3)}`}
        onChange={(e) => {
          setDraft(null);
          setLabX(j, Number(e.currentTarget.value));
        }}
      />
      <input
        id={id}
        className="lab-x__input num"
        type="text"
        inputMode="decimal"
        value={draft ?? fixedMinus(value, 3)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => type(e.currentTarget.value)}
        onBlur={() => setDraft(null)}
      />
      {problem ? (
        <p className="lab-x__problem" id={`${id}-problem`} role="alert">
          {problem}; keeping {fixedMinus(value, 3)}.
        </p>
      ) : null}
    </div>
  );
}
