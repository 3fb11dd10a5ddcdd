// The theory slice: whether the chart shows the mean-field overlay, which deeper views are
// open, and the answers of their worker jobs. Every answer carries the id of the request it
// belongs to; a reply for any other id is dropped, so a superseded phase diagram can never
// paint a stale cell.

import type { Arch } from '../core';
import type { BatchNormRate, PhaseAxes } from '../core/theory';
import type { FixedPointSummary, MeanFieldCurve, PhaseCellOf, Spectrum } from '../worker/jobs/theoryProtocol';
import type { SliceCreator } from './store';
import type { PhaseMode } from './theoryPlan';

export type TheoryStatus = 'idle' | 'computing' | 'done' | 'error';

/** How many recent mean-field answers are kept, so the overlay can match a lagging chart. */
export const MEAN_FIELD_KEEP = 12;

/** One mean-field answer and the key of the parameters it was computed for. */
export interface MeanFieldAnswer {
  key: string;
  depth: number;
  curves: MeanFieldCurve[];
  fixed: FixedPointSummary;
  /** BatchNorm's rate, for a network with BatchNorm (null otherwise, or for a batch below 4) */
  batchNorm: BatchNormRate | null;
}

export interface MeanFieldState {
  requestId: number;
  status: TheoryStatus;
  message: string | null;
  /** newest first */
  answers: MeanFieldAnswer[];
}

/** One architecture's grid: values at iy·nx + ix, and which cells have arrived. */
export interface PhaseGridState {
  values: Float64Array;
  known: Uint8Array;
  count: number;
}

export interface PhaseState {
  requestId: number;
  key: string;
  status: TheoryStatus;
  message: string | null;
  axes: PhaseAxes | null;
  /** width and inputs per cell the diagram used */
  width: number;
  batch: number;
  grids: Partial<Record<Arch, PhaseGridState>>;
  /** the order-to-chaos line: critical σ_w for each σ_b (NaN: none in range) */
  line: { sigmaBs: number[]; sigmaWs: number[] } | null;
}

export interface SpectrumState {
  requestId: number;
  key: string;
  status: TheoryStatus;
  message: string | null;
  spectra: Spectrum[];
}

export interface PhaseStart {
  key: string;
  axes: PhaseAxes;
  archs: readonly Arch[];
  width: number;
  batch: number;
}

export interface TheorySlice {
  /** draw the mean-field prediction over the measured curves */
  theoryOverlay: boolean;
  setTheoryOverlay(on: boolean): void;
  /** the phase diagram's mode, or null while it is closed */
  phaseMode: PhaseMode | null;
  setPhaseMode(mode: PhaseMode | null): void;
  spectrumOpen: boolean;
  setSpectrumOpen(open: boolean): void;

  meanField: MeanFieldState;
  startMeanField(requestId: number): void;
  setMeanField(requestId: number, answer: MeanFieldAnswer): void;

  phase: PhaseState;
  startPhase(requestId: number, start: PhaseStart): void;
  addPhaseCells(requestId: number, cells: readonly PhaseCellOf[], done: boolean): void;
  setPhaseLine(requestId: number, sigmaBs: number[], sigmaWs: number[]): void;
  /** forgets the diagram (closed, or nothing to compute) */
  clearPhase(): void;

  spectrum: SpectrumState;
  startSpectrum(requestId: number, key: string): void;
  addSpectrum(requestId: number, spectrum: Spectrum, done: boolean): void;
  clearSpectrum(): void;

  /** A theory job failed; ignored unless `requestId` is its newest request (or -1, unknown). */
  setTheoryError(job: 'meanField' | 'phase' | 'spectrum', requestId: number, message: string): void;
}

const IDLE_MEAN_FIELD: MeanFieldState = { requestId: 0, status: 'idle', message: null, answers: [] };
export const IDLE_PHASE: PhaseState = { requestId: 0, key: '', status: 'idle', message: null, axes: null, width: 0, batch: 0, grids: {}, line: null };
export const IDLE_SPECTRUM: SpectrumState = { requestId: 0, key: '', status: 'idle', message: null, spectra: [] };

function emptyGrid(cells: number): PhaseGridState {
  return { values: new Float64Array(cells).fill(Number.NaN), known: new Uint8Array(cells), count: 0 };
}

/** The grid with `cells` written in; a new object, so subscribers see the change. */
function withCells(grid: PhaseGridState, nx: number, cells: readonly PhaseCellOf[]): PhaseGridState {
  const values = Float64Array.from(grid.values);
  const known = Uint8Array.from(grid.known);
  let count = grid.count;
  for (const { ix, iy, value } of cells) {
    const i = iy * nx + ix;
    if (!(i >= 0 && i < values.length)) continue;
    if (!known[i]) count += 1;
    known[i] = 1;
    values[i] = value;
  }
  return { values, known, count };
}

export const createTheorySlice: SliceCreator<TheorySlice> = (set, get) => ({
  theoryOverlay: false,
  setTheoryOverlay: (on) => set({ theoryOverlay: on }),
  phaseMode: null,
  setPhaseMode: (mode) => set({ phaseMode: mode }),
  spectrumOpen: false,
  setSpectrumOpen: (open) => set({ spectrumOpen: open }),

  meanField: IDLE_MEAN_FIELD,
  startMeanField: (requestId) => set({ meanField: { ...get().meanField, requestId, status: 'computing', message: null } }),
  setMeanField: (requestId, answer) => {
    const current = get().meanField;
    if (requestId !== current.requestId) return;
    const answers = [answer, ...current.answers.filter((a) => a.key !== answer.key)].slice(0, MEAN_FIELD_KEEP);
    set({ meanField: { requestId, status: 'done', message: null, answers } });
  },

  phase: IDLE_PHASE,
  startPhase: (requestId, { key, axes, archs, width, batch }) => {
    const cells = axes.xs.length * axes.ys.length;
    const grids: Partial<Record<Arch, PhaseGridState>> = {};
    for (const arch of archs) grids[arch] = emptyGrid(cells);
    set({ phase: { requestId, key, status: 'computing', message: null, axes, width, batch, grids, line: null } });
  },
  addPhaseCells: (requestId, cells, done) => {
    const phase = get().phase;
    if (requestId !== phase.requestId || !phase.axes) return;
    const nx = phase.axes.xs.length;
    const grids = { ...phase.grids };
    for (const arch of Object.keys(grids) as Arch[]) {
      const mine = cells.filter((c) => c.arch === arch);
      if (mine.length > 0) grids[arch] = withCells(grids[arch]!, nx, mine);
    }
    set({ phase: { ...phase, grids, status: done ? 'done' : phase.status } });
  },
  setPhaseLine: (requestId, sigmaBs, sigmaWs) => {
    const phase = get().phase;
    if (requestId !== phase.requestId) return;
    set({ phase: { ...phase, line: { sigmaBs, sigmaWs } } });
  },
  clearPhase: () => set({ phase: IDLE_PHASE }),

  spectrum: IDLE_SPECTRUM,
  startSpectrum: (requestId, key) => set({ spectrum: { requestId, key, status: 'computing', message: null, spectra: [] } }),
  addSpectrum: (requestId, spectrum, done) => {
    const current = get().spectrum;
    if (requestId !== current.requestId) return;
    const spectra = [...current.spectra.filter((s) => s.arch !== spectrum.arch || s.init !== spectrum.init), spectrum];
    set({ spectrum: { ...current, spectra, status: done ? 'done' : current.status } });
  },
  clearSpectrum: () => set({ spectrum: IDLE_SPECTRUM }),

  setTheoryError: (job, requestId, message) => {
    const current = get()[job];
    if (requestId !== -1 && requestId !== current.requestId) return;
    set({ [job]: { ...current, status: 'error', message } } as Pick<TheorySlice, typeof job>);
  },
});
