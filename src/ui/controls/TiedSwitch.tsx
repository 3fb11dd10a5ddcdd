// Weight sharing: every layer uses layer 1's W, b (and V), which makes the plain network a
// recurrent network unrolled over L time steps. A checkbox with the switch role, so a screen
// reader says "on" and "off" and Space toggles it.

import { useId } from 'react';
import { useAppStore } from '../../store/store';

export function TiedSwitch() {
  const id = useId();
  const hintId = useId();
  const tied = useAppStore((s) => s.params.tied);
  const setParam = useAppStore((s) => s.setParam);
  return (
    <div className="control" data-param="tied">
      <div className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={tied}
          aria-describedby={hintId}
          onChange={(e) => setParam('tied', e.currentTarget.checked)}
        />
        <label className="control__label switch__label" htmlFor={id}>
          Share weights across layers (recurrent)
        </label>
      </div>
      <p className="control__hint" id={hintId}>
        {tied ? (
          'One W (and b, V) for every layer: the plain network is a recurrent network unrolled over L time steps.'
        ) : (
          <>
            Each layer draws its own W<sub>k</sub>; on, every layer uses layer 1’s.
          </>
        )}
      </p>
    </div>
  );
}
