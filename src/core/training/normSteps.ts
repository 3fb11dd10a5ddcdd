// The training model's two normalizations, each forward step beside its backward step. Both
// standardize a group of numbers, x̂ = (x − mean x) / s with s = sqrt(var x + ε) (population
// variance, ε = 1e-5, no learnable gain or shift); they differ in the group:
//   LayerNorm  LN(x): the n features of one sample,
//   BatchNorm  BN(z): one feature over the B samples of the batch (training-mode statistics).
// The Jacobian of x ↦ x̂ over a group of m is (1/s)(I − 11ᵀ/m − x̂x̂ᵀ/m), symmetric, so
//   ∇_x = (1/s)(∇_x̂ − mean(∇_x̂) − x̂ · mean(∇_x̂ ⊙ x̂)).
// Arrays are batches, B·n sample-major: sample i, feature j at i·n + j.

export const NORM_EPSILON = 1e-5;

/** x̂ = (x − μ)/s over the m entries at off + t·stride; returns s. */
function standardize(x: Float64Array, out: Float64Array, off: number, stride: number, m: number): number {
  let mean = 0;
  for (let t = 0; t < m; t++) mean += x[off + t * stride];
  mean /= m;
  let v = 0;
  for (let t = 0; t < m; t++) v += (x[off + t * stride] - mean) ** 2;
  const s = Math.sqrt(v / m + NORM_EPSILON);
  for (let t = 0; t < m; t++) out[off + t * stride] = (x[off + t * stride] - mean) / s;
  return s;
}

/** ∇_x = (1/s)(∇_x̂ − mean ∇_x̂ − x̂ mean(∇_x̂ ⊙ x̂)) over the same m entries; `out` may be `g`. */
function standardizeBackward(
  xhat: Float64Array, g: Float64Array, s: number, out: Float64Array, off: number, stride: number, m: number,
): void {
  let mg = 0;
  let mgx = 0;
  for (let t = 0; t < m; t++) {
    const at = off + t * stride;
    mg += g[at];
    mgx += g[at] * xhat[at];
  }
  mg /= m;
  mgx /= m;
  for (let t = 0; t < m; t++) {
    const at = off + t * stride;
    out[at] = (g[at] - mg - xhat[at] * mgx) / s;
  }
}

/** [ln.forward] out_i = LN(x_i) for every sample; s[i] = sqrt(var(x_i) + ε). */
export function layerNorm(x: Float64Array, out: Float64Array, s: Float64Array, n: number, B: number): void {
  for (let i = 0; i < B; i++) s[i] = standardize(x, out, i * n, 1, n);
}

/** [ln.backprop] ∇_{x_i} = J_LN(x_i)ᵀ ∇_{LN(x_i)}, given LN(x) as `xhat` and s from the forward step. */
export function layerNormBackward(xhat: Float64Array, s: Float64Array, g: Float64Array, out: Float64Array, n: number, B: number): void {
  for (let i = 0; i < B; i++) standardizeBackward(xhat, g, s[i], out, i * n, 1, n);
}

/** Per-feature mean μ_j and s_j = sqrt(var_j + ε) that BatchNorm applies at evaluation. */
export interface FeatureStats {
  mean: Float64Array;
  s: Float64Array;
}

/** The statistics BN(z) uses on this batch: μ_j and s_j = sqrt(var_j + ε) of every feature j. */
export function featureStats(z: Float64Array, n: number, B: number): FeatureStats {
  const mean = new Float64Array(n);
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let m = 0;
    for (let i = 0; i < B; i++) m += z[i * n + j];
    m /= B;
    let v = 0;
    for (let i = 0; i < B; i++) v += (z[i * n + j] - m) ** 2;
    mean[j] = m;
    s[j] = Math.sqrt(v / B + NORM_EPSILON);
  }
  return { mean, s };
}

/** BN with given statistics: out = (z − μ)/s per feature (may be z itself). */
export function batchNormWith(z: Float64Array, out: Float64Array, stats: FeatureStats, n: number, B: number): void {
  for (let i = 0; i < B; i++) {
    for (let j = 0; j < n; j++) out[i * n + j] = (z[i * n + j] - stats.mean[j]) / stats.s[j];
  }
}

/** [bn.forward] out = BN(z) with the batch's own statistics, which it returns for the backward step. */
export function batchNorm(z: Float64Array, out: Float64Array, n: number, B: number): FeatureStats {
  const stats = featureStats(z, n, B);
  batchNormWith(z, out, stats, n, B);
  return stats;
}

/** [bn.backprop] ∇_z from ∇_{BN(z)}: the samples of the batch are coupled through μ and s. */
export function batchNormBackward(zhat: Float64Array, s: Float64Array, g: Float64Array, out: Float64Array, n: number, B: number): void {
  for (let j = 0; j < n; j++) standardizeBackward(zhat, g, s[j], out, j, n, B);
}
