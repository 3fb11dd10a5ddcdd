// The network's parameters in the URL: `arch=both&depth=50&act=tanh&sw=1&…`, every one
// always written but the normalization and weight sharing (`norm=pre-ln`, `tied=1`), which
// appear only when set, so links from before them read the same. Numbers are clamped into the
// page's range and rounded like a slider's.

import { CHOICES, cleanNumber, DEFAULT_PARAMS, SIGNIFICANT_DIGITS, UI_LIMITS, type NumericParam, type Params, type WordParam } from '../params';
import { choiceField, flagField, parseDecimal, type Field, type FieldTable } from './field';

function numberField<K extends NumericParam>(key: string, param: K): Field<Params[K]> {
  const spec = UI_LIMITS[param];
  return {
    key,
    parse(raw) {
      const parsed = parseDecimal(raw);
      if (parsed === null) return { value: DEFAULT_PARAMS[param], problem: 'is not a number' };
      const value = cleanNumber(param, parsed);
      if (!(parsed >= spec.min && parsed <= spec.max)) return { value, problem: 'is out of range' };
      if (spec.integer && !Number.isInteger(parsed)) return { value, problem: 'is not a whole number' };
      return { value };
    },
    format: (value) => String(spec.integer ? value : Number(value.toPrecision(SIGNIFICANT_DIGITS))),
  };
}

function paramChoiceField<K extends WordParam>(key: string, param: K): Field<Params[K]> {
  return choiceField(key, CHOICES[param] as readonly Params[K][], DEFAULT_PARAMS[param]);
}

/** Every parameter, in the order the URL lists them. */
export const PARAM_FIELDS: FieldTable<Params> = {
  arch: paramChoiceField('arch', 'arch'),
  depth: numberField('depth', 'depth'),
  width: numberField('width', 'width'),
  activation: paramChoiceField('act', 'activation'),
  sigmaW: numberField('sw', 'sigmaW'),
  sigmaB: numberField('sb', 'sigmaB'),
  sigmaV: numberField('sv', 'sigmaV'),
  branchScale: numberField('alpha', 'branchScale'),
  init: paramChoiceField('init', 'init'),
  batch: numberField('batch', 'batch'),
  inputScale: numberField('s', 'inputScale'),
  seed: numberField('seed', 'seed'),
  loss: paramChoiceField('loss', 'loss'),
  norm: paramChoiceField('norm', 'norm'),
  tied: flagField('tied'),
};

/** Parameters written only when they differ from their defaults. */
export const PARAMS_WRITTEN_WHEN_SET: ReadonlySet<keyof Params> = new Set<keyof Params>(['norm', 'tied']);
