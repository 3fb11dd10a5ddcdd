// The trained body with a normalization in it, at true scale (every normalization keeps F_k of
// order one, so no scaled frames are needed). Layer k, from F_{k−1}:
//   u_k = LN(F_{k−1}) (pre-ln) or F_{k−1},      z_k = W_k u_k + b_k,
//   ẑ_k = BN(z_k) (batch) or z_k,               s_k = σ(ẑ_k),  D_k = diag σ'(ẑ_k),
//   y_k = s_k (plain) or F_{k−1} + α V_k s_k (residual),
//   F_k = LN(y_k) (post-ln) or y_k.
// The backward pass carries g_k = ∂(Σ_j ℓ_j)/∂F_k(x_i) for every sample: with BatchNorm the
// samples are coupled, and this is the figure that equals ∇_{F_k}ℓ_i wherever they are not.
// Parameter gradients are of the batch mean L = (1/B) Σ ℓ_j. With tied weights W_k, b_k, V_k are
// views of one shared block, so each layer's term is added into the shared gradient.

import type { Activation } from '../activations';
import type { Arch, NormName } from '../config';
import { batchNorm, batchNormBackward, batchNormWith, layerNorm, layerNormBackward, type FeatureStats } from './normSteps';
import type { Parameters } from './parameters';

export interface Body {
  arch: Arch;
  norm: Exclude<NormName, 'none'>;
  act: Activation;
  alpha: number;
  n: number;
  L: number;
}

/** BatchNorm statistics: the minibatch's own ('batch'), or fixed per layer (evaluation). */
export type BatchStatistics = 'batch' | FeatureStats[];

/** What layer k's forward step keeps for its backward step (B·n unless said). */
interface LayerCache {
  /** u_k, the input of W_k */
  u: Float64Array;
  /** pre-ln: s of LN(F_{k−1}) per sample (B) */
  uS: Float64Array;
  /** ẑ_k */
  zhat: Float64Array;
  /** batch: s_j of BN(z_k) per feature (n) */
  zS: Float64Array;
  /** s_k = σ(ẑ_k) */
  s: Float64Array;
  D: Float64Array;
  /** post-ln: s of LN(y_k) per sample (B) */
  yS: Float64Array;
}

export interface BodyPass {
  B: number;
  /** F_k for k = 0..L at (k·B + i)·n when kept for a backward pass, else F_0 and F_L only */
  F: Float64Array;
  caches: LayerCache[];
  /** the BatchNorm statistics each layer used (batch only) */
  stats: FeatureStats[];
  /** every entry of F_L is a finite number */
  finite: boolean;
}

const newCache = (n: number, B: number): LayerCache => ({
  u: new Float64Array(B * n), uS: new Float64Array(B), zhat: new Float64Array(B * n), zS: new Float64Array(n),
  s: new Float64Array(B * n), D: new Float64Array(B * n), yS: new Float64Array(B),
});

/** out_i = M x_i (+ bias) for every sample; M is n×n row-major. */
function matVec(M: Float64Array, x: Float64Array, out: Float64Array, n: number, B: number, bias?: Float64Array): void {
  for (let i = 0; i < B; i++) {
    for (let r = 0; r < n; r++) {
      let acc = bias ? bias[r] : 0;
      for (let q = 0; q < n; q++) acc += M[r * n + q] * x[i * n + q];
      out[i * n + r] = acc;
    }
  }
}

/** out_i = Mᵀ g_i for every sample. */
function matTVec(M: Float64Array, g: Float64Array, out: Float64Array, n: number, B: number): void {
  out.fill(0);
  for (let i = 0; i < B; i++) {
    for (let r = 0; r < n; r++) {
      const gr = g[i * n + r];
      if (gr !== 0) for (let q = 0; q < n; q++) out[i * n + q] += M[r * n + q] * gr;
    }
  }
}

/** M += scale Σ_i a_i c_iᵀ. */
function addOuter(M: Float64Array, a: Float64Array, c: Float64Array, scale: number, n: number, B: number): void {
  for (let i = 0; i < B; i++) {
    for (let r = 0; r < n; r++) {
      const ar = scale * a[i * n + r];
      if (ar !== 0) for (let q = 0; q < n; q++) M[r * n + q] += ar * c[i * n + q];
    }
  }
}

/** [body.forward] layer k: F_{k−1} in `Fprev`, F_k written to `Fk`. */
function forwardLayer(
  body: Body, p: Parameters, k: number, Fprev: Float64Array, Fk: Float64Array, c: LayerCache, B: number, stats: BatchStatistics,
): FeatureStats | null {
  const { n, norm, act, alpha } = body;
  if (norm === 'pre-ln') layerNorm(Fprev, c.u, c.uS, n, B);
  else c.u.set(Fprev);
  matVec(p.W[k - 1], c.u, c.zhat, n, B, p.b[k - 1]);
  let used: FeatureStats | null = null;
  if (norm === 'batch') {
    if (stats === 'batch') used = batchNorm(c.zhat, c.zhat, n, B);
    else batchNormWith(c.zhat, c.zhat, (used = stats[k - 1]), n, B);
    c.zS.set(used.s);
  }
  for (let j = 0; j < B * n; j++) {
    c.s[j] = act.f(c.zhat[j]);
    c.D[j] = act.df(c.zhat[j]);
  }
  if (body.arch === 'plain') Fk.set(c.s);
  else {
    matVec(p.V[k - 1], c.s, Fk, n, B);
    for (let j = 0; j < B * n; j++) Fk[j] = Fprev[j] + alpha * Fk[j];
  }
  if (norm === 'post-ln') layerNorm(Fk, Fk, c.yS, n, B);
  return used;
}

/**
 * [body.backprop] layer k, given g_k = ∂(Σℓ)/∂F_k in G; leaves g_{k−1} in G and adds layer k's
 * terms of ∇_θ L (the batch mean, hence 1/B) into `grad`:
 *   ∇_{y_k} = J_LNᵀ g_k (post-ln),   ∇_{V_k} += (α/B) Σ_i ∇_{y_k} s_kᵀ,   ∇_{s_k} = α V_kᵀ ∇_{y_k} (or ∇_{y_k}),
 *   ∇_{ẑ_k} = D_k ∇_{s_k},   ∇_{z_k} = BN backward (batch),   ∇_{W_k} += (1/B) Σ_i ∇_{z_k} u_kᵀ,  ∇_{b_k} += (1/B) Σ_i ∇_{z_k},
 *   ∇_{u_k} = W_kᵀ ∇_{z_k},   g_{k−1} = ∇_{y_k} (residual) + J_LNᵀ ∇_{u_k} (pre-ln) or ∇_{u_k}.
 */
function backpropLayer(
  body: Body, p: Parameters, grad: Parameters, k: number, Fk: Float64Array, c: LayerCache,
  G: Float64Array, t: Float64Array, du: Float64Array, B: number,
): void {
  const { n, norm, alpha } = body;
  const dy = G;
  if (norm === 'post-ln') layerNormBackward(Fk, c.yS, G, dy, n, B);
  const ds = t;
  if (body.arch === 'residual') {
    addOuter(grad.V[k - 1], dy, c.s, alpha / B, n, B);
    matTVec(p.V[k - 1], dy, ds, n, B);
    for (let j = 0; j < B * n; j++) ds[j] *= alpha;
  } else ds.set(dy);
  const dz = ds;
  for (let j = 0; j < B * n; j++) dz[j] *= c.D[j];
  if (norm === 'batch') batchNormBackward(c.zhat, c.zS, dz, dz, n, B);
  addOuter(grad.W[k - 1], dz, c.u, 1 / B, n, B);
  const gb = grad.b[k - 1];
  for (let i = 0; i < B; i++) for (let r = 0; r < n; r++) gb[r] += dz[i * n + r] / B;
  matTVec(p.W[k - 1], dz, du, n, B);
  if (norm === 'pre-ln') layerNormBackward(c.u, c.uS, du, du, n, B);
  if (body.arch === 'residual') for (let j = 0; j < B * n; j++) G[j] = dy[j] + du[j];
  else G.set(du);
}

/**
 * The forward pass over a batch F_0 (B·n). `keep`: keep every layer for a backward pass;
 * otherwise memory stays at one layer whatever the depth.
 */
export function forwardBody(body: Body, p: Parameters, F0: Float64Array, B: number, stats: BatchStatistics, keep: boolean): BodyPass {
  const { n, L } = body;
  const size = B * n;
  const F = new Float64Array((keep ? L + 1 : 2) * size);
  F.set(F0);
  const one = keep ? null : newCache(n, B);
  const caches: LayerCache[] = [];
  const used: FeatureStats[] = [];
  for (let k = 1; k <= L; k++) {
    const c = one ?? newCache(n, B);
    const from = keep ? k - 1 : (k - 1) % 2;
    const to = keep ? k : k % 2;
    const s = forwardLayer(body, p, k, F.subarray(from * size, (from + 1) * size), F.subarray(to * size, (to + 1) * size), c, B, stats);
    if (s) used.push(s);
    caches.push(c);
  }
  const pass: BodyPass = { B, F, caches, stats: used, finite: true };
  const top = topOf(pass, body);
  for (let j = 0; j < size; j++) if (!Number.isFinite(top[j])) pass.finite = false;
  return pass;
}

/** F_L of a pass, B·n. */
export function topOf(pass: BodyPass, body: Body): Float64Array {
  const size = pass.B * body.n;
  const at = pass.F.length === 2 * size ? body.L % 2 : body.L;
  return pass.F.subarray(at * size, (at + 1) * size);
}

/**
 * The backward pass from g_L = ∂ℓ_i/∂F_L(x_i) (B·n) over a kept forward pass. Adds ∇_θ L of the
 * body into `grad`; returns log10 ‖g_{k,i}‖ at index k·B + i for k = 0..L.
 */
export function backpropBody(body: Body, p: Parameters, grad: Parameters, pass: BodyPass, top: Float64Array): Float64Array {
  const { n, L } = body;
  const { B } = pass;
  const size = B * n;
  const logGradF = new Float64Array((L + 1) * B);
  const G = Float64Array.from(top);
  const t = new Float64Array(size);
  const du = new Float64Array(size);
  const record = (k: number) => {
    for (let i = 0; i < B; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += G[i * n + j] ** 2;
      logGradF[k * B + i] = 0.5 * Math.log10(s);
    }
  };
  record(L);
  for (let k = L; k >= 1; k--) {
    backpropLayer(body, p, grad, k, pass.F.subarray(k * size, (k + 1) * size), pass.caches[k - 1], G, t, du, B);
    record(k - 1);
  }
  return logGradF;
}
