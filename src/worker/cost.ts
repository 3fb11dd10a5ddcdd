// A rough price of a gradients job, in multiply-adds. The worker uses it to decide whether a
// quick preview is worth sending first; the client uses it to give big jobs a longer deadline.

import type { ArchChoice, NetworkConfig } from '../core';

/** Multiply-adds of one forward and backward pass: ~B·n²·L per weight matrix (two per residual block). */
export function estimateCost(config: Pick<NetworkConfig, 'batch' | 'width' | 'depth'>, arch: ArchChoice): number {
  const matrices = (arch === 'residual' ? 0 : 1) + (arch === 'plain' ? 0 : 2);
  return config.batch * config.width * config.width * config.depth * matrices;
}

/**
 * Drawing one weight entry (a seeded Gaussian) costs about as much as 100 multiply-adds of the
 * passes (measured in Node: 20 ms for a 512 × 512 matrix, 0.19 ms per input and layer for the
 * pass), and a network too big for the worker's weight cache draws every matrix twice per
 * stage: for the forward pass, then again for the backward pass.
 */
export const DRAW_COST = 200;

/**
 * Multiply-adds of one stage including drawing the weights, which dominates at large width
 * and depth (a one-input preview of depth 1000 × width 512 is mostly drawing). The client
 * sizes its deadlines with this, so a big but healthy job is never taken for a hung one.
 */
export function estimateWork(config: Pick<NetworkConfig, 'batch' | 'width' | 'depth'>, arch: ArchChoice): number {
  return estimateCost({ ...config, batch: config.batch + DRAW_COST }, arch);
}

/** Bytes of the unit matrices a job leaves in its worker's weight cache: Ŵ_k, and V̂_k for a residual network. */
export function weightBytes(config: Pick<NetworkConfig, 'width' | 'depth'>, arch: ArchChoice): number {
  return config.width * config.width * config.depth * 8 * (arch === 'plain' ? 1 : 2);
}

/**
 * Jobs above this many multiply-adds first answer with a one-input preview. At ~2e9
 * multiply-adds per second that is about 10 ms: below it the full answer arrives within a
 * frame or so, and a preview would only cost the page a second redraw per slider step (the
 * default network, 3e6 and 7e6 for its two halves, gets one answer per step).
 */
export const PROGRESSIVE_COST = 2e7;
