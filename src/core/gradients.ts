// computeGradients: run the plain and/or residual network for a configuration (and an
// ensemble of seeds) and summarise per layer. The entry point of the worker and the CLI.

import { assertValidConfig, type Arch, type ArchChoice, type NetworkConfig } from './config';
import { drawNetwork } from './network';
import { runPlain } from './plain';
import { runResidual } from './residual';
import { spreadPerLayer } from './stats';
import type { ArchResult, GradientResult } from './result';
import type { Trace } from './trace';
import type { WeightCache } from './weights';

export interface ComputeOptions {
  /** K networks with seeds seed..seed+K−1, summarised together (default 1) */
  ensemble?: number;
  /**
   * use only the first `samples` inputs of the batch: a quick preview (default: the batch).
   * Ignored with BatchNorm, whose statistics are the whole batch's: fewer inputs would be
   * another network, not a preview of this one.
   */
  samples?: number;
  /** reuse generated unit matrices across calls (a σ_w drag then only rescales) */
  cache?: WeightCache;
}

/** Interleave per-network, per-sample values into layers × (K·B) for the spread. */
function gather(traces: Trace[], pick: (t: Trace) => Float64Array, layers: number, B: number): Float64Array {
  const S = traces.length * B;
  const out = new Float64Array(layers * S);
  traces.forEach((t, e) => {
    const v = pick(t);
    for (let k = 0; k < layers; k++) for (let i = 0; i < B; i++) out[k * S + e * B + i] = v[k * B + i];
  });
  return out;
}

/** Mean over networks of a per-layer figure. */
function meanOver(traces: Trace[], pick: (t: Trace) => Float64Array, L: number): Float64Array {
  const out = new Float64Array(L);
  for (const t of traces) {
    const v = pick(t);
    for (let k = 0; k < L; k++) out[k] += v[k] / traces.length;
  }
  return out;
}

function computeArch(config: NetworkConfig, arch: Arch, K: number, B: number, cache?: WeightCache): ArchResult {
  const traces: Trace[] = [];
  for (let e = 0; e < K; e++) {
    const net = drawNetwork(config, (config.seed + e) >>> 0, B, cache);
    traces.push(arch === 'plain' ? runPlain(net) : runResidual(net));
  }
  const L = config.depth;
  const overflows = traces.map((t) => t.overflowLayer).filter((k): k is number => k !== null);
  return {
    arch,
    depth: L,
    samples: K * B,
    gradF: spreadPerLayer(gather(traces, (t) => t.logGradF, L + 1, B), L + 1, K * B),
    normF: spreadPerLayer(gather(traces, (t) => t.logNormF, L + 1, B), L + 1, K * B),
    gradW: meanOver(traces, (t) => t.gradW, L),
    gradB: meanOver(traces, (t) => t.gradB, L),
    gradV: arch === 'residual' ? meanOver(traces, (t) => t.gradV, L) : null,
    meanD: meanOver(traces, (t) => t.meanD, L),
    overflowLayer: overflows.length ? Math.min(...overflows) : null,
  };
}

/** Forward and backward passes for the chosen architecture(s), summarised per layer. */
export function computeGradients(config: NetworkConfig, arch: ArchChoice, options: ComputeOptions = {}): GradientResult {
  assertValidConfig(config);
  const K = Math.max(1, Math.floor(options.ensemble ?? 1));
  const wanted = config.norm === 'batch' ? config.batch : Math.floor(options.samples ?? config.batch);
  const B = Math.max(1, Math.min(config.batch, wanted));
  return {
    config,
    plain: arch === 'residual' ? null : computeArch(config, 'plain', K, B, options.cache),
    residual: arch === 'plain' ? null : computeArch(config, 'residual', K, B, options.cache),
  };
}
