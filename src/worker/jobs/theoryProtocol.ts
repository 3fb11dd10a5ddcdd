// The messages of the three theory jobs: the mean-field prediction behind the chart's overlay,
// the phase diagram (long and progressive: it answers in batches of cells until `done`), and
// the input–output Jacobian's singular values. protocol.ts adds them to its unions.

import type { Arch, InitName, NetworkConfig } from '../../core';
import type { BatchNormRate, PhaseAxes } from '../../core/theory';

/**
 * The mean-field trajectory of each architecture and the plain map's fixed point; for a network
 * with BatchNorm, the plain network's BatchNorm rate instead.
 */
export interface MeanFieldRequest {
  type: 'mean-field';
  id: number;
  config: NetworkConfig;
  archs: Arch[];
}

/** One architecture's predicted curves (log10 throughout, so finite but for BatchNorm's r₀ = 0). */
export interface MeanFieldCurve {
  arch: Arch;
  /** log10 ‖∇_{F_k}L‖/‖∇_{F_L}L‖, k = 0..L */
  log10Grad: Float64Array;
  /** log10 q_k, k = 0..L (q_0 = s²); null for BatchNorm, whose theory does not track q_k */
  log10Q: Float64Array | null;
  /** χ_k at index k−1: the predicted ‖∇_{F_{k−1}}L‖²/‖∇_{F_k}L‖² */
  chi: Float64Array;
}

/** Where the plain network's variance settles and how fast its gradient then changes. */
export interface FixedPointSummary {
  /** q* (0 or Infinity possible) */
  qStar: number;
  /** χ(q*) = σ_w² E[φ'(√q* z)²] (NaN where q* diverges and χ depends on q) */
  chiStar: number;
  /** ξ = 1/|ln χ(q*)|: Infinity at criticality, null where it is not defined */
  depthScale: number | null;
}

export interface MeanFieldReply {
  type: 'mean-field-result';
  id: number;
  /** with BatchNorm, the plain network's curve only, and none for a batch below 4 */
  curves: MeanFieldCurve[];
  fixed: FixedPointSummary;
  /** BatchNorm's rate (Yang et al. 2019) when the request's network has BatchNorm and B ≥ 4 */
  batchNorm: BatchNormRate | null;
  ms: number;
}

/** Measured log10 ‖∇_{F_0}L‖/‖∇_{F_L}L‖ over a grid, and the order-to-chaos line on it. */
export interface PhaseRequest {
  type: 'phase';
  id: number;
  /** the cells' shared settings (width and batch already as the diagram uses them) */
  config: NetworkConfig;
  archs: Arch[];
  axes: PhaseAxes;
}

/** One measured cell of one architecture's grid. */
export interface PhaseCellOf {
  arch: Arch;
  ix: number;
  iy: number;
  /** log10 ‖∇_{F_0}L‖/‖∇_{F_L}L‖; NaN if the forward pass overflowed, −Infinity if exactly zero */
  value: number;
}

/** A batch of cells; `done` marks the last reply of the request. */
export interface PhaseCellsReply {
  type: 'phase-cells';
  id: number;
  cells: PhaseCellOf[];
  done: boolean;
  ms: number;
}

/** The plain network's critical σ_w for each σ_b (NaN where the plotted range holds none). */
export interface PhaseLineReply {
  type: 'phase-line';
  id: number;
  sigmaBs: number[];
  sigmaWs: number[];
}

/** Singular values of ∂F_L/∂F_0 for each architecture under both initialisations. */
export interface SpectrumRequest {
  type: 'spectrum';
  id: number;
  config: NetworkConfig;
  archs: Arch[];
}

/** One spectrum, or why it could not be computed (the forward pass overflowed). */
export interface Spectrum {
  arch: Arch;
  init: InitName;
  /** log10 of the singular values, largest first (empty when `error` is set) */
  log10Singular: Float64Array;
  error: string | null;
}

export interface SpectrumReply {
  type: 'spectrum-result';
  id: number;
  spectrum: Spectrum;
  done: boolean;
  ms: number;
}

export type TheoryRequest = MeanFieldRequest | PhaseRequest | SpectrumRequest;
export type TheoryReply = MeanFieldReply | PhaseCellsReply | PhaseLineReply | SpectrumReply;

export const THEORY_REPLY_TYPES: readonly TheoryReply['type'][] = ['mean-field-result', 'phase-cells', 'phase-line', 'spectrum-result'];

/** False for a theory reply that more replies to the same request will follow. */
export function isFinalTheoryReply(reply: TheoryReply): boolean {
  switch (reply.type) {
    case 'phase-cells':
    case 'spectrum-result':
      return reply.done;
    case 'phase-line':
      return false;
    default:
      return true;
  }
}
