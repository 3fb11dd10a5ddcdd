// The derivations slice: the Jacobian lab's example and point, how far each proof is revealed,
// which chart series an equation term points at, and the two worker jobs' answers. None of it
// feeds the gradients computation.

import type { Arch } from '../core';
import type { LinearCaseValue } from '../worker/protocol';
import { drawLabExample, moveToKink, type LayerDetail } from '../core/layerDetail';
import type { SliceCreator } from './store';

/** The proofs a reader can step through. */
export const PROOF_IDS = ['jacobian.affine', 'jacobian.activation', 'jacobian.chain', 'jacobian.layernorm', 'plain', 'residual'] as const;
export type ProofId = (typeof PROOF_IDS)[number];

/** The lab's x_j stay within ±LAB_X_LIMIT, where σ is still worth looking at. */
export const LAB_X_LIMIT = 5;

/** The quantities an equation term can point at in the charts. */
export type HighlightQuantity = 'gradF' | 'gradW' | 'gradB' | 'gradV' | 'meanD' | 'jacobian';

/** The series an equation term refers to: the main chart emphasises that architecture. */
export interface SeriesHighlight {
  arch: Arch;
  quantity: HighlightQuantity;
}

/** A worker job's answer: the newest value, the parameters it belongs to, and the job's state. */
export interface JobState<T> {
  /** the key of the parameters last requested */
  requestedKey: string;
  /** the newest answer and the key it was computed for */
  value: T | null;
  valueKey: string;
  status: 'idle' | 'computing' | 'done' | 'error' | 'unavailable';
  /** why it failed or is unavailable */
  message: string | null;
}

export const IDLE_JOB: JobState<never> = { requestedKey: '', value: null, valueKey: '', status: 'idle', message: null };

export interface DerivationsSlice {
  labSeed: number;
  /** the point x of the lab, n entries */
  labX: readonly number[];
  /** Draws a new A, B, b and starting x. */
  rerollLab(): void;
  /** Sets x_j; values outside ±LAB_X_LIMIT are clamped, non-numbers ignored. */
  setLabX(j: number, value: number): void;
  /** Moves one x_j so that unit r of the lab sits exactly on σ's kink (z_r = 0), if it can within ±LAB_X_LIMIT. */
  moveLabToKink(r: number): void;
  /** Back to the drawn x. */
  resetLabX(): void;

  /** steps shown per proof (1 = only the first); missing means 1 */
  proofSteps: Partial<Record<ProofId, number>>;
  /** Shows the first `steps` steps (at least 1) of a proof. */
  setProofStep(proof: ProofId, steps: number): void;

  /** the series an equation term under the pointer or focus refers to */
  highlightSeries: SeriesHighlight | null;
  setHighlightSeries(highlight: SeriesHighlight | null): void;

  linearCase: JobState<LinearCaseValue>;
  layerDetail: JobState<LayerDetail>;
  setLinearCase(patch: Partial<JobState<LinearCaseValue>>): void;
  setLayerDetail(patch: Partial<JobState<LayerDetail>>): void;
}

const INITIAL_LAB_SEED = 1;

export const createDerivationsSlice: SliceCreator<DerivationsSlice> = (set, get) => ({
  labSeed: INITIAL_LAB_SEED,
  labX: Array.from(drawLabExample(INITIAL_LAB_SEED).x),
  rerollLab: () => {
    const labSeed = (get().labSeed + 1) >>> 0;
    set({ labSeed, labX: Array.from(drawLabExample(labSeed).x) });
  },
  setLabX: (j, value) => {
    const { labX } = get();
    if (!Number.isInteger(j) || j < 0 || j >= labX.length || !Number.isFinite(value)) return;
    const clamped = Math.min(LAB_X_LIMIT, Math.max(-LAB_X_LIMIT, value));
    if (clamped === labX[j]) return;
    set({ labX: labX.map((v, i) => (i === j ? clamped : v)) });
  },
  moveLabToKink: (r) => {
    const { labSeed, labX } = get();
    const moved = moveToKink(drawLabExample(labSeed), Float64Array.from(labX), r, LAB_X_LIMIT);
    if (moved) set({ labX: Array.from(moved) });
  },
  resetLabX: () => set({ labX: Array.from(drawLabExample(get().labSeed).x) }),

  proofSteps: {},
  setProofStep: (proof, steps) => {
    if (!Number.isFinite(steps)) return;
    const next = Math.max(1, Math.round(steps));
    if ((get().proofSteps[proof] ?? 1) !== next) set({ proofSteps: { ...get().proofSteps, [proof]: next } });
  },

  highlightSeries: null,
  setHighlightSeries: (highlight) => {
    const current = get().highlightSeries;
    if (current?.arch === highlight?.arch && current?.quantity === highlight?.quantity) return;
    set({ highlightSeries: highlight });
  },

  linearCase: IDLE_JOB,
  layerDetail: IDLE_JOB,
  setLinearCase: (patch) => set({ linearCase: { ...get().linearCase, ...patch } }),
  setLayerDetail: (patch) => set({ layerDetail: { ...get().layerDetail, ...patch } }),
});
