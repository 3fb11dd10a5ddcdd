// The page's parameters: the core's NetworkConfig plus which architecture(s) to show, with
// the ranges the page allows. The store's actions and the URL codec both validate through
// here, so a value from a slider and one from a link are cleaned the same way.

import {
  ACTIVATIONS,
  ARCHS,
  clampToSpec,
  DEFAULT_CONFIG,
  INITS,
  LOSSES,
  NORMS,
  NUMERIC,
  type ArchChoice,
  type NetworkConfig,
  type NumericSpec,
} from '../core';

export type Params = NetworkConfig & { arch: ArchChoice };
export type ParamKey = keyof Params;
export type NumericParam = keyof typeof NUMERIC;
export type ChoiceParam = Exclude<ParamKey, NumericParam>;
/** The choice parameters whose values are words (all but the on/off `tied`). */
export type WordParam = Exclude<ChoiceParam, 'tied'>;

export const DEFAULT_PARAMS: Params = { ...DEFAULT_CONFIG, arch: 'both' };

/** NUMERIC with the page's own limits: the core computes deeper nets than a page can draw. */
export const UI_LIMITS: Record<NumericParam, NumericSpec> = {
  ...NUMERIC,
  depth: { ...NUMERIC.depth, max: 1000 },
  width: { ...NUMERIC.width, min: 2, max: 512 },
};

/** The accepted values of each choice parameter. */
export const CHOICES: { [K in ChoiceParam]: readonly Params[K][] } = {
  arch: ARCHS,
  activation: ACTIVATIONS,
  init: INITS,
  loss: LOSSES,
  norm: NORMS,
  tied: [false, true],
};

/**
 * Significant digits kept for real-valued parameters. Slider steps like 0.1 + 0.2 then
 * land on 0.3, and every value has a short exact decimal form for the URL.
 */
export const SIGNIFICANT_DIGITS = 6;

export function isNumericParam(key: ParamKey): key is NumericParam {
  return Object.hasOwn(UI_LIMITS, key);
}

/** Clamps into the page's range, rounds integers, keeps SIGNIFICANT_DIGITS; NaN gives the default. */
export function cleanNumber(key: NumericParam, value: number): number {
  const spec = UI_LIMITS[key];
  const clamped = clampToSpec(value, spec);
  if (spec.integer) return clamped;
  return clampToSpec(Number(clamped.toPrecision(SIGNIFICANT_DIGITS)), spec);
}

/** The cleaned value for `key`, or undefined when `value` cannot be one (wrong type, unknown choice). */
export function cleanParam<K extends ParamKey>(key: K, value: unknown): Params[K] | undefined {
  if (isNumericParam(key)) return typeof value === 'number' ? (cleanNumber(key, value) as Params[K]) : undefined;
  const choices = CHOICES[key as ChoiceParam] as readonly unknown[];
  return choices.includes(value) ? (value as Params[K]) : undefined;
}

/** The core's half of the parameters. */
export function configOf({ arch: _arch, ...config }: Params): NetworkConfig {
  return config;
}
