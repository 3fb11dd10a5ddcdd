// What each theory job is asked for, given the page's parameters: the phase diagram's grid and
// the narrow, small-batch networks it measures, and the keys that say when a job's answer
// still fits the parameters (a σ_w drag moves the phase diagram's marker, it does not redraw it).

import type { Arch, NetworkConfig } from '../core';
import type { PhaseAxes } from '../core/theory';
import { configOf, type Params } from './params';

/** The phase diagram's second axis: σ_b at the current depth, or the depth at the current σ_b. */
export const PHASE_MODES = ['sigmaB', 'depth'] as const;
export type PhaseMode = (typeof PHASE_MODES)[number];

/** Both architectures, always: the views compare them side by side. */
export const THEORY_ARCHS: readonly Arch[] = ['plain', 'residual'];

/** The diagram measures networks at most this wide, with this many inputs per cell. */
export const PHASE_MAX_WIDTH = 32;
export const PHASE_BATCH = 4;
/** σ_w = 0.25, 0.375, …, 3.125: the order-to-chaos line of every activation lies in it for σ_b ≤ 1. */
export const PHASE_SIGMA_WS: readonly number[] = Array.from({ length: 24 }, (_, i) => 0.25 + 0.125 * i);
/** σ_b = 0, 0.2, …, 3. */
export const PHASE_SIGMA_BS: readonly number[] = Array.from({ length: 16 }, (_, i) => Math.round(i * 2) / 10);
/** 16 depths from 1 to 1000, evenly spaced in log L. */
export const PHASE_DEPTHS: readonly number[] = Array.from({ length: 16 }, (_, i) => Math.round(10 ** ((3 * i) / 15)));

/** The Jacobian is formed for widths up to this. */
export const SPECTRUM_MAX_WIDTH = 128;

export interface PhasePlan {
  /** equal for parameter sets whose diagrams are the same */
  key: string;
  config: NetworkConfig;
  axes: PhaseAxes;
}

/** The grid, and the settings every cell shares, for the current parameters. */
export function phasePlan(params: Params, mode: PhaseMode): PhasePlan {
  const base = configOf(params);
  const config: NetworkConfig = {
    ...base,
    width: Math.min(base.width, PHASE_MAX_WIDTH),
    batch: PHASE_BATCH,
    // the axes' own parameters take their cells' values; fixed here so the key ignores them
    sigmaW: 1,
    ...(mode === 'sigmaB' ? { sigmaB: 0 } : { depth: 1 }),
  };
  const axes: PhaseAxes = { x: 'sigmaW', y: mode, xs: PHASE_SIGMA_WS, ys: mode === 'sigmaB' ? PHASE_SIGMA_BS : PHASE_DEPTHS };
  return { key: `${mode}|${keyOf(config)}`, config, axes };
}

/**
 * The mean-field prediction ignores the draw (seed, init, batch, loss): only these matter. With
 * BatchNorm it is Yang et al.'s rate, which depends on the batch size B and not on σ_w, σ_b.
 */
export function meanFieldKey(params: NetworkConfig): string {
  const { depth, width, activation, sigmaW, sigmaB, sigmaV, branchScale, inputScale, norm, batch } = params;
  if (norm === 'batch') return keyOf({ depth, activation, norm, batch });
  return keyOf({ depth, width, activation, sigmaW, sigmaB, sigmaV, branchScale, inputScale });
}

/** Both initialisations are computed, so the chosen one does not change the answer. */
export function spectrumKey(params: Params): string {
  const { depth, width, activation, sigmaW, sigmaB, sigmaV, branchScale, inputScale, seed, norm, tied } = params;
  return keyOf({ depth, width, activation, sigmaW, sigmaB, sigmaV, branchScale, inputScale, seed, norm, tied });
}

/** The network the spectrum is computed for: the page's own (batch does not enter the Jacobian). */
export function spectrumConfig(params: Params): NetworkConfig {
  return configOf(params);
}

function keyOf(fields: object): string {
  return Object.entries(fields)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
}
