// The activation function σ, as a native select; each option reads as the core's table labels it.

import { useId } from 'react';
import { ACTIVATION_TABLE } from '../../core';
import { ACTIVATIONS, type ActivationName } from '../../core/config';
import { useAppStore } from '../../store/store';

export function ActivationSelect() {
  const id = useId();
  const value = useAppStore((s) => s.params.activation);
  const setParam = useAppStore((s) => s.setParam);
  return (
    <div className="control" data-param="activation">
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
            {ACTIVATION_TABLE[a].label}
          </option>
        ))}
      </select>
    </div>
  );
}
