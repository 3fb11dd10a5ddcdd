// The worker's side of the theory jobs. Each first yields once, so that of a burst of requests
// (a slider drag) only the newest runs; the phase diagram and the spectrum then yield again
// between batches of work and stop as soon as a newer request of their kind has arrived.

import { assertValidConfig, inputOutputJacobian, WeightCache, type InitName, type NetworkConfig } from '../../core';
import {
  BATCH_NORM_MIN_BATCH, batchNormPrediction, chiAt, criticalLine, depthScale, fixedPoint, meanFieldPrediction, phaseGrid, type PhaseCell,
} from '../../core/theory';
import type { WorkerReply, WorkerRequest } from '../protocol';
import type { FixedPointSummary, MeanFieldCurve, MeanFieldRequest, PhaseCellOf, PhaseRequest, Spectrum, SpectrumRequest } from './theoryProtocol';

/** Largest width whose n×n input–output Jacobian the core forms. */
export const SPECTRUM_MAX_WIDTH = 128;

/** Compute time between two posts of phase cells: often enough to look live, rarely enough to stay cheap. */
export const PHASE_BATCH_MS = 50;

/** Enough for the diagram's narrow networks (width ≤ 32) at every depth it uses. */
const PHASE_CACHE_BYTES = 64 * 2 ** 20;
/** Drawing W_k costs O(n²) (orthogonal O(n³)) against the product's O(n³) per layer: a small cache will do. */
const SPECTRUM_CACHE_BYTES = 64 * 2 ** 20;

export interface TheoryJobDeps {
  post(reply: WorkerReply, transfer: Transferable[]): void;
  now(): number;
}

/** What the request handler lets a job ask while it runs. */
export interface TheoryJobContext {
  /** a newer request of the same kind has arrived */
  isStale(request: WorkerRequest): boolean;
  /** resolves when the next message arrives, or after `ms` at the latest */
  nextMessage(ms: number): Promise<void>;
}

/** Lets queued messages in; true when the job should go on. */
async function stillWanted(request: WorkerRequest, context: TheoryJobContext): Promise<boolean> {
  await context.nextMessage(0);
  return !context.isStale(request);
}

/** q* from the first pre-activation variance q_1 = σ_w² s² + σ_b², χ there and the depth scale. */
export function fixedPointSummary(config: NetworkConfig): FixedPointSummary {
  const { activation, sigmaW, sigmaB, inputScale: s } = config;
  const q1 = sigmaW * sigmaW * s * s + sigmaB * sigmaB;
  const qStar = fixedPoint(activation, sigmaW, sigmaB, q1);
  return { qStar, chiStar: chiAt(activation, sigmaW, qStar), depthScale: depthScale(activation, sigmaW, sigmaB, q1) };
}

async function runMeanField(request: MeanFieldRequest, deps: TheoryJobDeps, context: TheoryJobContext): Promise<void> {
  if (!(await stillWanted(request, context))) return;
  const { id, config, archs } = request;
  assertValidConfig(config);
  const start = deps.now();
  const { curves, batchNorm } = config.norm === 'batch' ? batchNormCurves(config, archs) : { curves: archs.map((arch) => meanFieldCurve(config, arch)), batchNorm: null };
  const fixed = fixedPointSummary(config);
  const transfer = curves.flatMap((c) => [c.log10Grad.buffer, c.chi.buffer, ...(c.log10Q ? [c.log10Q.buffer] : [])]);
  deps.post({ type: 'mean-field-result', id, curves, fixed, batchNorm, ms: deps.now() - start }, transfer);
}

function meanFieldCurve(config: NetworkConfig, arch: MeanFieldCurve['arch']): MeanFieldCurve {
  const t = meanFieldPrediction(config, arch);
  return { arch, log10Grad: t.log10Grad, log10Q: t.log10Q, chi: t.chi };
}

/** [bn.lambda] The theory covers the plain network only, and needs B ≥ 4. */
function batchNormCurves(config: NetworkConfig, archs: readonly MeanFieldCurve['arch'][]) {
  if (config.batch < BATCH_NORM_MIN_BATCH) return { curves: [], batchNorm: null };
  const { rate, log10Grad, chi } = batchNormPrediction(config.activation, config.batch, config.depth);
  const curves: MeanFieldCurve[] = archs.includes('plain') ? [{ arch: 'plain', log10Grad, log10Q: null, chi }] : [];
  return { curves, batchNorm: rate };
}

/**
 * [phase.measured] Both architectures' grids, a cell of each in turn, coarse to fine, posted in
 * batches of about PHASE_BATCH_MS; the order-to-chaos line after the first batch.
 */
async function runPhase(request: PhaseRequest, deps: TheoryJobDeps, context: TheoryJobContext, cache: WeightCache): Promise<void> {
  if (!(await stillWanted(request, context))) return;
  const { id, config, archs, axes } = request;
  const grids = archs.map((arch) => ({ arch, cells: phaseGrid(config, arch, axes, 'coarse-to-fine', { cache }) }));
  let linePending = archs.includes('plain');
  let live = grids;
  let start = deps.now();
  let batch: PhaseCellOf[] = [];
  while (live.length > 0) {
    // one cell of each grid still running, so both maps fill in together
    const running: typeof live = [];
    for (const grid of live) {
      const next = grid.cells.next();
      if (next.done) continue;
      batch.push(cellOf(grid.arch, next.value));
      running.push(grid);
    }
    live = running;
    if (live.length > 0 && deps.now() - start < PHASE_BATCH_MS) continue;
    deps.post({ type: 'phase-cells', id, cells: batch, done: live.length === 0, ms: deps.now() - start }, []);
    if (live.length === 0) return;
    batch = [];
    if (linePending) {
      linePending = false;
      postCriticalLine(request, deps);
    }
    if (!(await stillWanted(request, context))) {
      for (const grid of live) grid.cells.return();
      return;
    }
    start = deps.now();
  }
}

function cellOf(arch: PhaseCellOf['arch'], cell: PhaseCell): PhaseCellOf {
  return { arch, ix: cell.ix, iy: cell.iy, value: cell.value };
}

/** [meanfield.critical] On a σ_b axis, one crossing per row; on a depth axis, the one at the current σ_b. */
function postCriticalLine(request: PhaseRequest, deps: TheoryJobDeps): void {
  const { id, config, axes } = request;
  const sigmaBs = axes.y === 'sigmaB' ? [...axes.ys] : [config.sigmaB];
  const line = criticalLine(config.activation, sigmaBs, {
    sigmaWMin: Math.min(...axes.xs),
    sigmaWMax: Math.max(...axes.xs),
    q0: config.inputScale ** 2,
  });
  deps.post({ type: 'phase-line', id, sigmaBs, sigmaWs: Array.from(line) }, []);
}

/** Both initialisations, the reader's own first, one spectrum per post. */
async function runSpectrum(request: SpectrumRequest, deps: TheoryJobDeps, context: TheoryJobContext, cache: WeightCache): Promise<void> {
  const { id, config, archs } = request;
  assertValidConfig(config);
  if (config.width > SPECTRUM_MAX_WIDTH) throw new RangeError(`the Jacobian spectrum is computed for width ≤ ${SPECTRUM_MAX_WIDTH}, got ${config.width}`);
  const inits: InitName[] = config.init === 'gaussian' ? ['gaussian', 'orthogonal'] : ['orthogonal', 'gaussian'];
  const jobs = inits.flatMap((init) => archs.map((arch) => ({ init, arch })));
  for (let i = 0; i < jobs.length; i++) {
    if (!(await stillWanted(request, context))) return;
    const start = deps.now();
    const spectrum = spectrumOf({ ...config, init: jobs[i].init }, jobs[i].arch, cache);
    const transfer = spectrum.log10Singular.length > 0 ? [spectrum.log10Singular.buffer] : [];
    deps.post({ type: 'spectrum-result', id, spectrum, done: i === jobs.length - 1, ms: deps.now() - start }, transfer);
  }
}

function spectrumOf(config: NetworkConfig, arch: Spectrum['arch'], cache: WeightCache): Spectrum {
  try {
    const { log10Singular } = inputOutputJacobian(config, arch, cache);
    return { arch, init: config.init, log10Singular, error: null };
  } catch (error) {
    // an overflowing forward pass has no Jacobian to speak of; anything else is a real failure
    if (!(error instanceof RangeError)) throw error;
    return { arch, init: config.init, log10Singular: new Float64Array(0), error: error.message };
  }
}

/** The handlers of the three theory job kinds, each kind with its own weight cache. */
export function theoryHandlers(deps: TheoryJobDeps, context: TheoryJobContext) {
  const phaseCache = new WeightCache(PHASE_CACHE_BYTES);
  const spectrumCache = new WeightCache(SPECTRUM_CACHE_BYTES);
  return {
    'mean-field': (request: MeanFieldRequest) => runMeanField(request, deps, context),
    phase: (request: PhaseRequest) => runPhase(request, deps, context, phaseCache),
    spectrum: (request: SpectrumRequest) => runSpectrum(request, deps, context, spectrumCache),
  };
}
