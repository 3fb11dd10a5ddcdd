// The random seed: a number field (committed while typing whenever it holds a valid integer)
// and a button that draws a new seed.

import { useId, useState } from 'react';
import { NUMERIC } from '../../core/config';
import { useAppStore } from '../../store/store';

export function SeedControl() {
  const id = useId();
  const seed = useAppStore((s) => s.params.seed);
  const setParam = useAppStore((s) => s.setParam);
  const reroll = useAppStore((s) => s.reroll);
  const [draft, setDraft] = useState(String(seed));
  const [shown, setShown] = useState(seed);
  if (shown !== seed) {
    setShown(seed);
    setDraft(String(seed));
  }
  const commit = (text: string) => {
    setDraft(text);
    const n = Number(text);
    if (text.trim() !== '' && Number.isInteger(n) && n >= NUMERIC.seed.min && n <= NUMERIC.seed.max) setParam('seed', n);
  };
  return (
    <div className="control" data-param="seed">
      <div className="control__head">
        <label className="control__label" htmlFor={id}>
          Seed
        </label>
      </div>
      <div className="seed">
        <input
          id={id}
          className="seed__input num"
          type="number"
          inputMode="numeric"
          min={NUMERIC.seed.min}
          max={NUMERIC.seed.max}
          step={1}
          value={draft}
          onChange={(e) => commit(e.currentTarget.value)}
          onBlur={() => setDraft(String(seed))}
        />
        <button type="button" className="button" onClick={reroll} aria-label="Re-roll seed">
          Re-roll
        </button>
      </div>
    </div>
  );
}
