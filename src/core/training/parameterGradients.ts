// Assembling ∇_θ L of the batch-mean loss from the per-sample factors the core's backward pass
// hands to its ParameterGradientSink (scaled frames: the true vector i is v_i · 2^{e_i}):
//   ∇_{W_k}L = (1/B) Σ_i δ_i F_{k-1,i}ᵀ,   ∇_{b_k}L = (1/B) Σ_i δ_i,   δ = ∇_{z_k}L_i
//   ∇_{V_k}L = (α/B) Σ_i g_i s_iᵀ,         g = ∇_{F_k}L_i,  s = σ(z_k(x_i))

import { pow2 } from '../logscale';
import type { ParameterGradientSink } from '../trace';
import type { Parameters } from './parameters';

/** Σ_i x[a + i] y[c + i] over i < B. */
function dotB(x: Float64Array, a: number, y: Float64Array, c: number, B: number): number {
  let s = 0;
  for (let i = 0; i < B; i++) s += x[a + i] * y[c + i];
  return s;
}

/**
 * M[r, q] += Σ_i aT[r·B + i] cT[q·B + i] (aT, cT are n×B: one row per unit, samples along it),
 * so every entry is a contiguous dot product, and M is written once rather than B times.
 * Blocked two rows by two columns: this sum costs as much as a matvec and is the sink's whole
 * cost, and the blocked form made a depth-100, width-64 residual step about twice as fast.
 */
function addSampleSums(M: Float64Array, n: number, B: number, aT: Float64Array, cT: Float64Array): void {
  let r = 0;
  for (; r + 1 < n; r += 2) {
    const a0 = r * B, a1 = a0 + B, m0 = r * n, m1 = m0 + n;
    let q = 0;
    for (; q + 1 < n; q += 2) {
      const c0 = q * B, c1 = c0 + B;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let i = 0; i < B; i++) {
        const x0 = aT[a0 + i], x1 = aT[a1 + i], y0 = cT[c0 + i], y1 = cT[c1 + i];
        s00 += x0 * y0; s01 += x0 * y1; s10 += x1 * y0; s11 += x1 * y1;
      }
      M[m0 + q] += s00; M[m0 + q + 1] += s01; M[m1 + q] += s10; M[m1 + q + 1] += s11;
    }
    if (q < n) {
      M[m0 + q] += dotB(aT, a0, cT, q * B, B);
      M[m1 + q] += dotB(aT, a1, cT, q * B, B);
    }
  }
  if (r < n) for (let q = 0; q < n; q++) M[r * n + q] += dotB(aT, r * B, cT, q * B, B);
}

/** vT[j·B + i] = w_i v[i·n + j]: a batch (B·n, sample-major) turned unit-major and weighted. */
function transposeWeighted(v: Float64Array, w: Float64Array | null, n: number, B: number, vT: Float64Array): void {
  for (let i = 0; i < B; i++) {
    const wi = w ? w[i] : 1;
    for (let j = 0; j < n; j++) vT[j * B + i] = wi * v[i * n + j];
  }
}

/** M += Σ_i w_i a_i c_iᵀ with w_i = scale · 2^{ea_i + ec_i}: each vector back at its true scale. */
function addOuterProducts(
  M: Float64Array, n: number, B: number, scale: number,
  a: Float64Array, ea: Float64Array, c: Float64Array, ec: Float64Array, scratch: Scratch,
): void {
  // both frames go on a's side, so one factor 2^{ea + ec} overflows only if the product does
  for (let i = 0; i < B; i++) scratch.w[i] = scale * pow2(ea[i] + ec[i]);
  transposeWeighted(a, scratch.w, n, B, scratch.aT);
  transposeWeighted(c, null, n, B, scratch.cT);
  addSampleSums(M, n, B, scratch.aT, scratch.cT);
}

interface Scratch {
  w: Float64Array;
  aT: Float64Array;
  cT: Float64Array;
}

/**
 * A sink that writes ∇W_k, ∇b_k (and ∇V_k) of the mean over B samples into `grad`, which must
 * be zero where those blocks live. `alpha` is the residual branch scale α.
 */
export function parameterGradientSink(grad: Parameters, n: number, B: number, alpha: number): ParameterGradientSink {
  const scratch: Scratch = {
    w: new Float64Array(B), aT: new Float64Array(B * n), cT: new Float64Array(B * n),
  };
  return {
    layer(k, delta, deltaExp, Fprev, FprevExp) {
      addOuterProducts(grad.W[k - 1], n, B, 1 / B, delta, deltaExp, Fprev, FprevExp, scratch);
      const gb = grad.b[k - 1];
      for (let i = 0; i < B; i++) {
        const w = pow2(deltaExp[i]) / B;
        for (let r = 0; r < n; r++) gb[r] += w * delta[i * n + r];
      }
    },
    branch(k, g, gExp, s, sExp) {
      addOuterProducts(grad.V[k - 1], n, B, alpha / B, g, gExp, s, sExp, scratch);
    },
  };
}
