// The two derivation clients the page uses, each on its own compute worker, with deadlines
// that grow with the job's cost so a large but healthy job is not cut off.

import { createComputeWorker, type WorkerLike } from '../client';
import type { LayerDetailReply, LinearCaseReply } from '../protocol';
import { JobClient, type LayerDetailBody, type LinearCaseBody } from './jobClient';

/** A pessimistic speed, in multiply-adds (or random draws) per second. */
const OPS_PER_SECOND = 2e8;
const BASE_DEADLINE_MS = 20_000;

const deadline = (ops: number) => BASE_DEADLINE_MS + (ops / OPS_PER_SECOND) * 1000;

export type LinearCaseClient = JobClient<LinearCaseBody, LinearCaseReply>;
export type LayerDetailClient = JobClient<LayerDetailBody, LayerDetailReply>;

/**
 * W_L⋯W_1 costs L·n³; the first ‖W_k‖₂ of each layer up to 2000 power steps of 2n² each
 * (cached afterwards).
 */
export function createLinearCaseClient(createWorker: () => WorkerLike = createComputeWorker): LinearCaseClient {
  return new JobClient(createWorker, 'linear-case-result', {
    deadlineMs: ({ config: { depth: L, width: n } }) => deadline(L * n ** 3 + L * 4000 * n ** 2),
  });
}

/** Drawing W_k and V_k for layers 1..k (about 20 operations per entry), then the power iteration. */
export function createLayerDetailClient(createWorker: () => WorkerLike = createComputeWorker): LayerDetailClient {
  return new JobClient(createWorker, 'layer-detail-result', {
    deadlineMs: ({ config: { width: n }, layer: k }) => deadline(40 * k * n ** 2 + 4e8),
  });
}
