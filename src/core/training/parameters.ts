// The trained parameters θ = (W_k, b_k, V_k for k = 1..L; read-out R, r) as one flat vector,
// so the optimiser and the global-norm clip see a single Float64Array, with named views into
// it for the forward and backward passes. A gradient uses the same layout. With tied weights
// θ holds one W, b (and V) and every layer's view is that block: a backward pass that adds each
// layer's term into grad.W[k−1] then sums them, which is the shared parameter's gradient.

import type { Arch, NetworkConfig } from '../config';
import { drawNetwork } from '../network';
import { labRandom } from './labStreams';

/** Sizes that fix where each block of θ lives. */
export interface ParameterShape {
  arch: Arch;
  /** width n of the body */
  n: number;
  /** depth L of the body */
  L: number;
  /** c: outputs of the read-out */
  c: number;
  /** every layer uses one W, b (and V) */
  tied: boolean;
}

/** Views into one flat vector; W[k−1] is W_k (n×n row-major), and so on (one block when tied). */
export interface Parameters {
  values: Float64Array;
  W: Float64Array[];
  b: Float64Array[];
  /** empty for the plain network */
  V: Float64Array[];
  /** R: c×n row-major, logits o = R F_L + r */
  R: Float64Array;
  r: Float64Array;
}

export function parameterCount({ arch, n, L, c, tied }: ParameterShape): number {
  const perLayer = n * n + n + (arch === 'residual' ? n * n : 0);
  return (tied ? 1 : L) * perLayer + c * n + c;
}

/** Named views into `values` (a fresh zero vector when omitted). */
export function viewParameters(shape: ParameterShape, values = new Float64Array(parameterCount(shape))): Parameters {
  const { arch, n, L, c, tied } = shape;
  let at = 0;
  const take = (len: number) => values.subarray(at, (at += len));
  const W: Float64Array[] = [];
  const b: Float64Array[] = [];
  const V: Float64Array[] = [];
  for (let k = 1; k <= L; k++) {
    const own = !tied || k === 1;
    W.push(own ? take(n * n) : W[0]);
    b.push(own ? take(n) : b[0]);
    if (arch === 'residual') V.push(own ? take(n * n) : V[0]);
  }
  const R = take(c * n);
  const r = take(c);
  return { values, W, b, V, R, r };
}

/**
 * θ at initialisation: the page's network for config.seed, W_k = σ_w Ŵ_k, b_k = σ_b b̂_k,
 * V_k = σ_v V̂_k, so the network that trains is the one whose gradients the page shows.
 * Tied: the one block is layer 1's, W = σ_w Ŵ_1 and so on, as the page's tied network.
 * The read-out R has entries N(0, 1/n) (not zero, so ∇_{F_L}L ≠ 0 at the start), r = 0.
 */
export function initialParameters(config: NetworkConfig, shape: ParameterShape): Parameters {
  const p = viewParameters(shape);
  const draw = drawNetwork(config, config.seed, 0);
  for (let k = 1; k <= (shape.tied ? 1 : shape.L); k++) {
    p.W[k - 1].set(draw.W(k).map((w) => config.sigmaW * w));
    p.b[k - 1].set(draw.b(k).map((v) => config.sigmaB * v));
    if (shape.arch === 'residual') p.V[k - 1].set(draw.V(k).map((v) => config.sigmaV * v));
  }
  labRandom(config.seed, 'readout').fillNormal(p.R, 1 / Math.sqrt(shape.n));
  return p;
}

/** True when every entry of θ is a finite number. */
export function allFinite(values: Float64Array): boolean {
  for (let j = 0; j < values.length; j++) if (!Number.isFinite(values[j])) return false;
  return true;
}
