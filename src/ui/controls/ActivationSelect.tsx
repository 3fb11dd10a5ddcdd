// The activation function σ, as a native select.

import { useId } from 'react';
import { ACTIVATIONS, type ActivationName } from '../../core/config';
import { useAppStore } from '../../store/store';

const NAMES: Record<ActivationName, string> = {
  identity: 'identity (linear)',
  relu: 'ReLU',
  'leaky-relu': 'leaky ReLU',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  gelu: 'GELU',
};

export function ActivationSelect() {
  const id = useId();
  const value = useAppStore((s) => s.params.activation);
  const setParam = useAppStore((s) => s.setParam);
  return (
    <div className="control">
      <div className="control__head">
        <label className="control__label" htmlFor={id}>
          Activation
          <span className="control__symbol" aria-hidden="true">
            {' '}σ
          </span>
        </label>
      </div>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => setParam('activation', e.currentTarget.value as ActivationName)}
      >
        {ACTIVATIONS.map((a) => (
          <option key={a} value={a}>
            {NAMES[a]}
          </option>
        ))}
      </select>
    </div>
  );
}
