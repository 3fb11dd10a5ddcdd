// The messages between the page and the compute worker. Every request carries an id that
// increases with each request, so both sides can tell a reply to the newest request from a
// stale one. Adding a job kind means one new member in `WorkerRequest` (and its reply in
// `WorkerReply`) plus its shape check in decodeRequest.ts and its handler in handleRequest.ts;
// both are tables keyed by request type, so the compiler lists what is missing.

import type { ArchChoice, ArchResult, GradientResult, LinearCaseNorms, NetworkConfig, TiedSpectrum } from '../core';
import type { LayerDetail } from '../core/layerDetail';
import { isFinalTheoryReply, THEORY_REPLY_TYPES, type TheoryReply, type TheoryRequest } from './jobs/theoryProtocol';

/** Gradient norms per layer for one configuration. */
export interface GradientsRequest {
  type: 'gradients';
  id: number;
  config: NetworkConfig;
  arch: ArchChoice;
  /** Compute with only the first `samples` inputs, in one stage. Omitted: the whole batch. */
  samples?: number;
}

/** Fault injection for browser tests: make the worker throw, close itself or never answer. */
export interface CrashTestRequest {
  type: 'crash-test';
  id: number;
  mode: CrashMode;
}

export const CRASH_MODES = ['throw', 'exit', 'hang'] as const;
export type CrashMode = (typeof CRASH_MODES)[number];

/** The linear case's three norms for the network's own W_k (width ≤ 128). */
export interface LinearCaseRequest {
  type: 'linear-case';
  id: number;
  config: NetworkConfig;
}

/** Layer k's backward-Jacobian norm at the first input, for the derivations. */
export interface LayerDetailRequest {
  type: 'layer-detail';
  id: number;
  config: NetworkConfig;
  arch: ArchChoice;
  /** layer k, 1..L */
  layer: number;
}

/**
 * Settings the page computes ahead of the reader (the next positions of a dragged slider): one
 * reply each, in order, between the worker's other jobs. A newer list replaces this one between
 * two of its settings; so does nothing else.
 */
export interface AheadRequest {
  type: 'gradients-ahead';
  id: number;
  configs: NetworkConfig[];
  arch: ArchChoice;
}

export type WorkerRequest = GradientsRequest | AheadRequest | CrashTestRequest | LinearCaseRequest | LayerDetailRequest | TheoryRequest;
export type RequestType = WorkerRequest['type'];
/** The request of one type. */
export type RequestOf<T extends RequestType> = Extract<WorkerRequest, { type: T }>;
/** A request before the client has given it an id (Omit applied to each member of the union). */
export type RequestBody = OmitEach<WorkerRequest, 'id'>;
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A gradients result. A large job answers twice: a quick preview from one input
 * (`final: false`), then the whole batch (`final: true`).
 */
export interface GradientsReply {
  type: 'gradients-result';
  id: number;
  result: GradientResult;
  final: boolean;
  /** wall-clock time of this stage's computation */
  ms: number;
}

/** The gradients of `configs[index]` of a list computed ahead: the whole batch, final. */
export interface AheadReply {
  type: 'gradients-ahead-result';
  id: number;
  index: number;
  result: GradientResult;
  ms: number;
}

/** The request failed; `id` is -1 when the request was too malformed to carry one. */
export interface ErrorReply {
  type: 'error';
  id: number;
  message: string;
}

/** The linear case's norms, with ρ(W) and ‖W‖₂ of the one matrix when the weights are shared. */
export type LinearCaseValue = LinearCaseNorms & { tied: TiedSpectrum | null };

export interface LinearCaseReply {
  type: 'linear-case-result';
  id: number;
  norms: LinearCaseValue;
  ms: number;
}

export interface LayerDetailReply {
  type: 'layer-detail-result';
  id: number;
  detail: LayerDetail;
  ms: number;
}

export type WorkerReply = GradientsReply | AheadReply | ErrorReply | LinearCaseReply | LayerDetailReply | TheoryReply;

/** True for the reply that ends its request: no further reply with this id follows. */
export function isFinalReply(reply: WorkerReply): boolean {
  if (reply.type === 'gradients-result') return reply.final;
  if (reply.type === 'gradients-ahead-result') return false;
  if (reply.type === 'phase-cells' || reply.type === 'phase-line' || reply.type === 'spectrum-result') return isFinalTheoryReply(reply);
  return true;
}

const REPLY_TYPES: ReadonlySet<string> = new Set<WorkerReply['type']>([
  'gradients-result', 'gradients-ahead-result', 'error', 'linear-case-result', 'layer-detail-result', ...THEORY_REPLY_TYPES,
]);

/** Shape check for what arrives from the worker, so a malformed message cannot be mistaken for a reply. */
export function isWorkerReply(data: unknown): data is WorkerReply {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id } = data as { type?: unknown; id?: unknown };
  return typeof type === 'string' && REPLY_TYPES.has(type) && typeof id === 'number';
}

/**
 * The distinct ArrayBuffers under a result's typed arrays, to hand to postMessage as
 * transferables: the arrays then move to the page instead of being copied. Deduplicated
 * because listing one buffer twice makes postMessage throw.
 */
export function resultTransferables(result: GradientResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const arch of [result.plain, result.residual]) {
    if (arch) for (const array of archArrays(arch)) addBuffer(buffers, array);
  }
  return [...buffers];
}

function archArrays(arch: ArchResult): Float64Array[] {
  const { gradF, normF, gradW, gradB, gradV, meanD } = arch;
  const arrays = [gradF.mean, gradF.p10, gradF.p50, gradF.p90, normF.mean, normF.p10, normF.p50, normF.p90, gradW, gradB, meanD];
  if (gradV) arrays.push(gradV);
  return arrays;
}

function addBuffer(buffers: Set<ArrayBuffer>, array: Float64Array): void {
  // A SharedArrayBuffer is shared, not transferred; listing one would throw.
  if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
}
