// The normalization layer and where it sits, as a native select: none, LayerNorm before each
// layer's product (Pre-LN) or after its output (Post-LN), or BatchNorm of z_k before σ.

import { useId, type ReactNode } from 'react';
import { NORMS, type NormName } from '../../core/config';
import { useAppStore } from '../../store/store';
import { NORM_OPTION_LABELS } from '../normLabels';

const HINT: Record<NormName, ReactNode> = {
  none: 'LayerNorm scales each sample’s features to mean 0, variance 1; BatchNorm does so for each feature over the batch.',
  'pre-ln': (
    <>
      LayerNorm of each layer’s input, before W<sub>k</sub>: inside the branch, so the skip path stays the identity.
    </>
  ),
  'post-ln': 'LayerNorm of each layer’s output (after the sum, in the residual network).',
  batch: (
    <>
      BatchNorm of z<sub>k</sub> over the batch, before σ, in both architectures.
    </>
  ),
};

export function NormSelect() {
  const id = useId();
  const hintId = useId();
  const value = useAppStore((s) => s.params.norm);
  const setParam = useAppStore((s) => s.setParam);
  return (
    <div className="control" data-param="norm">
      <div className="control__head">
        <label className="control__label" htmlFor={id}>
          Normalization
        </label>
      </div>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={hintId}
        onChange={(e) => setParam('norm', e.currentTarget.value as NormName)}
      >
        {NORMS.map((norm) => (
          <option key={norm} value={norm}>
            {NORM_OPTION_LABELS[norm]}
          </option>
        ))}
      </select>
      <p className="control__hint" id={hintId}>
        {HINT[value]}
      </p>
    </div>
  );
}
