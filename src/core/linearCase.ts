// The linear case of the exercise: with σ the identity and b = 0, F_L = W_L⋯W_1 x, and
// ‖W_L⋯W_1‖₂ ≤ ∏ ‖W_k‖₂ — both exponential in L, at a rate set by the spectral norms. The
// linear case sets any normalization aside, as it does σ and b.

import { log10 } from './fdlibm';
import type { NetworkConfig } from './config';
import { inputOutputJacobian } from './jacobian';
import { log2SpectralRadius } from './spectralRadius';
import { spectralNorm } from './svd';
import { unitW, type WeightCache } from './weights';

export interface LinearCaseNorms {
  /** log10 ‖W_L⋯W_1‖₂ */
  log10ProductNorm: number;
  /** log10 ∏_k ‖W_k‖₂ = Σ_k log10 ‖W_k‖₂ */
  log10NormProduct: number;
  /** log10 σ_w^L */
  log10SigmaWPower: number;
  /** log10 ‖W_k‖₂, index k−1 */
  log10LayerNorms: Float64Array;
}

/** ‖Ŵ_k‖₂ is cached (W_k = σ_w Ŵ_k, so a σ_w drag recomputes nothing). */
function unitSpectralNorm(config: NetworkConfig, layer: number, cache?: WeightCache): number {
  const { seed, width: n, init } = config;
  // a tied network uses layer 1's matrix at every layer
  const k = config.tied ? 1 : layer;
  const make = () => Float64Array.of(spectralNorm(unitW(seed, n, k, init, cache), n));
  return (cache ? cache.get(`norm2:W:${init}:${seed}:${n}:${k}`, make) : make())[0];
}

/** The three numbers of the linear case for the network's own W_k (width ≤ 128). */
export function linearCaseNorms(config: NetworkConfig, cache?: WeightCache): LinearCaseNorms {
  const linear: NetworkConfig = { ...config, activation: 'identity', sigmaB: 0, norm: 'none' };
  const product = inputOutputJacobian(linear, 'plain', cache);
  const log10LayerNorms = new Float64Array(config.depth);
  for (let k = 1; k <= config.depth; k++) {
    log10LayerNorms[k - 1] = log10(config.sigmaW * unitSpectralNorm(config, k, cache));
  }
  return {
    log10ProductNorm: product.log10Singular[0],
    log10NormProduct: log10LayerNorms.reduce((s, v) => s + v, 0),
    log10SigmaWPower: config.depth * log10(config.sigmaW),
    log10LayerNorms,
  };
}

/** The one matrix of a tied (recurrent) network, W = σ_w Ŵ_1, and the two rates it sets. */
export interface TiedSpectrum {
  /** log10 ρ(W): the growth or decay rate per step of the linear tied network's signal and gradient */
  log10SpectralRadius: number;
  /** log10 ‖W‖₂ ≥ log10 ρ(W): the bound the untied picture uses */
  log10SpectralNorm: number;
}

/** ρ(W) and ‖W‖₂ of the shared matrix W = σ_w Ŵ_1 (width ≤ 128). */
export function tiedSpectrum(config: NetworkConfig, cache?: WeightCache): TiedSpectrum {
  const { seed, width: n, init } = config;
  const make = () => Float64Array.of(log2SpectralRadius(unitW(seed, n, 1, init, cache), n));
  const log2Radius = (cache ? cache.get(`rho:W:${init}:${seed}:${n}:1`, make) : make())[0];
  return {
    log10SpectralRadius: log2Radius * log10(2) + log10(config.sigmaW),
    log10SpectralNorm: log10(config.sigmaW * unitSpectralNorm(config, 1, cache)),
  };
}
