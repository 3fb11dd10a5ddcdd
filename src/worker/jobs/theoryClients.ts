// The three theory clients the page uses, each on its own compute worker, with deadlines that
// grow with the work between two replies so a large but healthy job is not cut off.

import { createComputeWorker, type WorkerLike } from '../client';
import { TheoryJobClient } from './theoryClient';
import type { MeanFieldReply, PhaseCellsReply, PhaseLineReply, SpectrumReply } from './theoryProtocol';

/** A pessimistic speed, in multiply-adds per second. */
const OPS_PER_SECOND = 2e8;
const BASE_DEADLINE_MS = 20_000;
/** A superseded spectrum job estimated above this is stopped rather than finished (~5 s). */
const ABANDON_OPS = 1e9;

export type MeanFieldClient = TheoryJobClient<'mean-field', MeanFieldReply>;
export type PhaseClient = TheoryJobClient<'phase', PhaseCellsReply | PhaseLineReply>;
export type SpectrumClient = TheoryJobClient<'spectrum', SpectrumReply>;

/** Multiply-adds of the four Jacobians: L n³ per layer product, twice for residual. */
export function spectrumWork(depth: number, width: number, archs: readonly string[]): number {
  const perInit = archs.reduce((sum, arch) => sum + (arch === 'residual' ? 2 : 1), 0);
  return 2 * perInit * depth * width ** 3;
}

/** One trajectory per architecture: a table look-up per layer. */
export function createMeanFieldClient(createWorker: () => WorkerLike = createComputeWorker): MeanFieldClient {
  return new TheoryJobClient(createWorker, ['mean-field-result'], { name: 'theory', deadlineMs: () => BASE_DEADLINE_MS });
}

/** Between two replies: one batch of cells (the deepest cell may be L·n²·B·4 multiply-adds) or the critical line. */
export function createPhaseClient(createWorker: () => WorkerLike = createComputeWorker): PhaseClient {
  return new TheoryJobClient(createWorker, ['phase-cells', 'phase-line'], {
    name: 'phase diagram',
    deadlineMs: ({ config: { depth, width, batch }, axes }) => {
      const deepest = axes.y === 'depth' ? Math.max(...axes.ys) : depth;
      return BASE_DEADLINE_MS + ((8 * deepest * width ** 2 * batch) / OPS_PER_SECOND) * 1000;
    },
  });
}

/** Between two replies: one Jacobian (L n³, twice for residual, plus the orthogonal draws). */
export function createSpectrumClient(createWorker: () => WorkerLike = createComputeWorker): SpectrumClient {
  return new TheoryJobClient(createWorker, ['spectrum-result'], {
    name: 'spectrum',
    deadlineMs: ({ config: { depth, width } }) => BASE_DEADLINE_MS + ((4 * depth * width ** 3) / OPS_PER_SECOND) * 1000,
    abandon: ({ config: { depth, width }, archs }) => spectrumWork(depth, width, archs) > ABANDON_OPS,
  });
}
