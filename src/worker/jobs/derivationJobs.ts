// The worker's side of the derivation jobs: the linear case's norms and layer k's backward
// Jacobian, each run through the core and posted back. A weight cache per handler keeps a
// σ_w drag or a new selected layer from regenerating the unit matrices.

import { assertValidConfig, linearCaseNorms, tiedSpectrum, WeightCache } from '../../core';
import { layerDetail } from '../../core/layerDetail';
import type { LayerDetailRequest, LinearCaseRequest, WorkerReply } from '../protocol';

/** The linear case forms W_L⋯W_1 explicitly: O(L n³), so the core computes it up to this width. */
export const LINEAR_CASE_MAX_WIDTH = 128;

/** Enough for 1000 layers of W_k at width 128, or about 90 matrices at width 512. */
const CACHE_BYTES = 192 * 2 ** 20;

interface JobDeps {
  post(reply: WorkerReply, transfer: Transferable[]): void;
  now(): number;
}

/** The handlers of the two derivation job kinds, sharing one weight cache. */
export function derivationHandlers(deps: JobDeps) {
  const cache = new WeightCache(CACHE_BYTES);
  return {
    'linear-case': (request: LinearCaseRequest) => {
      const { id, config } = request;
      assertValidConfig(config);
      if (config.width > LINEAR_CASE_MAX_WIDTH) {
        throw new RangeError(`the linear case is computed for width ≤ ${LINEAR_CASE_MAX_WIDTH}, got ${config.width}`);
      }
      const start = deps.now();
      const norms = { ...linearCaseNorms(config, cache), tied: config.tied ? tiedSpectrum(config, cache) : null };
      deps.post({ type: 'linear-case-result', id, norms, ms: deps.now() - start }, [norms.log10LayerNorms.buffer]);
    },
    'layer-detail': (request: LayerDetailRequest) => {
      const { id, config, arch, layer } = request;
      const start = deps.now();
      const detail = layerDetail(config, arch, layer, cache);
      deps.post({ type: 'layer-detail-result', id, detail, ms: deps.now() - start }, []);
    },
  };
}
