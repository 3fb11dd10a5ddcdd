// The gradient-clipping switch and its norm c. Clipping bounds the size of every update, so
// an exploding run that would diverge keeps training; the toggle lets a class see that.

import { useId } from 'react';
import { useAppStore } from '../../store/store';
import { CLIP_NORMS } from '../../store/trainingSettings';
import { Tex } from '../equations/Tex';

export function ClipControl() {
  const id = useId();
  const clipOn = useAppStore((s) => s.trainingSettings.clipOn);
  const clip = useAppStore((s) => s.trainingSettings.clip);
  const setSetting = useAppStore((s) => s.setTrainingSetting);
  return (
    <div className="control training-clip">
      <div className="training-clip__row">
        <label className="training-check">
          <input type="checkbox" checked={clipOn} onChange={(e) => setSetting('clipOn', e.currentTarget.checked)} />
          <span className="control__label">Clip the gradient</span>
        </label>
        <label className="visually-hidden" htmlFor={id}>
          Clip norm
        </label>
        <select
          id={id}
          className="select training-clip__norm"
          value={String(clip)}
          disabled={!clipOn}
          onChange={(e) => setSetting('clip', Number(e.currentTarget.value))}
        >
          {CLIP_NORMS.map((c) => (
            <option key={c} value={String(c)}>
              c = {c}
            </option>
          ))}
        </select>
      </div>
      <p className="control__hint">
        <Tex id="training.clip" />
      </p>
    </div>
  );
}
