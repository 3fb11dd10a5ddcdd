// One random draw of a network: the unit-scale matrices Ŵ_k, V̂_k, b̂_k, the inputs and the
// loss target, all from one seed. Plain and residual networks built from the same seed share
// Ŵ_k, b̂_k, the inputs and the probe, so their curves differ only by the skip connection.

import type { Arch, NetworkConfig } from './config';
import { ACTIVATION_TABLE, type Activation } from './activations';
import { composeSteps, type LayerSteps } from './norm/steps';
import { input, probe, target, unitB, unitOperand, unitV, unitW, type WeightCache } from './weights';
import type { MatrixOperand } from './wasm/resident';

/** A network ready for a pass: scales as numbers, matrices at unit scale. */
export interface NetworkDraw {
  n: number;
  L: number;
  /** number of inputs in the batch */
  B: number;
  act: Activation;
  sigmaW: number;
  sigmaB: number;
  sigmaV: number;
  alpha: number;
  /** the normalization steps of every layer (absent or empty: no normalization) */
  steps?: LayerSteps;
  /** Ŵ_k for k = 1..L (W_k = σ_w Ŵ_k); tied: Ŵ_1 at every k */
  W: (k: number) => Float64Array;
  /** V̂_k for k = 1..L (V_k = σ_v V̂_k) */
  V: (k: number) => Float64Array;
  /** Ŵ_k and V̂_k as the products take them: resident in the kernels' memory where the cache keeps them */
  Wop: (k: number) => MatrixOperand;
  Vop: (k: number) => MatrixOperand;
  /** b̂_k for k = 1..L (b_k = σ_b b̂_k) */
  b: (k: number) => Float64Array;
  /** the inputs x_i back to back, B·n */
  x: Float64Array;
  /** probe direction u (loss 'probe') or targets y_i back to back (loss 'mse') */
  loss: { kind: 'probe'; u: Float64Array } | { kind: 'mse'; y: Float64Array };
}

function batchOf(n: number, B: number, row: (i: number) => Float64Array): Float64Array {
  const out = new Float64Array(B * n);
  for (let i = 0; i < B; i++) out.set(row(i), i * n);
  return out;
}

/**
 * Draw the network for `seed` (the config's seed, or one member of an ensemble). A tied network
 * (a recurrent one unrolled over L steps) draws layer 1's W, b and V once and uses them at
 * every layer; layer k's matrices still depend on (seed, k) alone, so changing the depth keeps
 * layers 1..min(L, L') in both cases.
 */
export function drawNetwork(config: NetworkConfig, seed: number, samples: number, cache?: WeightCache): NetworkDraw {
  const n = config.width;
  const { init } = config;
  const layer = (k: number) => (config.tied ? 1 : k);
  return {
    n,
    L: config.depth,
    B: samples,
    act: ACTIVATION_TABLE[config.activation],
    sigmaW: config.sigmaW,
    sigmaB: config.sigmaB,
    sigmaV: config.sigmaV,
    alpha: config.branchScale,
    steps: composeSteps(config.norm),
    W: (k) => unitW(seed, n, layer(k), init, cache),
    V: (k) => unitV(seed, n, layer(k), init, cache),
    Wop: (k) => unitOperand('W', seed, n, layer(k), init, cache),
    Vop: (k) => unitOperand('V', seed, n, layer(k), init, cache),
    b: (k) => unitB(seed, n, layer(k)),
    x: batchOf(n, samples, (i) => input(seed, n, i, config.inputScale)),
    loss: config.loss === 'probe'
      ? { kind: 'probe', u: probe(seed, n) }
      : { kind: 'mse', y: batchOf(n, samples, (i) => target(seed, n, i)) },
  };
}

/** The network with every parameter materialised at its real scale (for dumps and checks). */
export interface Network {
  n: number;
  L: number;
  /** W[k-1][i*n + j] multiplies a_k[j] into z_k[i] (a_k = F_{k-1}, or LN(F_{k-1}) with pre-ln); tied: the same matrix L times */
  W: Float64Array[];
  b: Float64Array[];
  /** V_k = σ_v V̂_k (residual only; the branch scale α is not folded in) */
  V: Float64Array[] | null;
  x: Float64Array[];
  u: Float64Array | null;
  y: Float64Array[] | null;
}

const scaled = (v: Float64Array, s: number) => v.map((e) => s * e);

export function buildNetwork(config: NetworkConfig, arch: Arch, cache?: WeightCache): Network {
  const d = drawNetwork(config, config.seed, config.batch, cache);
  const layers = Array.from({ length: d.L }, (_, i) => i + 1);
  const rows = (a: Float64Array) => Array.from({ length: config.batch }, (_, i) => a.slice(i * d.n, (i + 1) * d.n));
  return {
    n: d.n,
    L: d.L,
    W: layers.map((k) => scaled(d.W(k), d.sigmaW)),
    b: layers.map((k) => scaled(d.b(k), d.sigmaB)),
    V: arch === 'residual' ? layers.map((k) => scaled(d.V(k), d.sigmaV)) : null,
    x: rows(d.x),
    u: d.loss.kind === 'probe' ? d.loss.u : null,
    y: d.loss.kind === 'mse' ? rows(d.loss.y) : null,
  };
}
