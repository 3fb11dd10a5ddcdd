// Batched matrix–vector kernels on row-major Float64Arrays, register-blocked
// (four rows × two samples per pass) because these two loops are where all the time goes.
// A batch is B vectors of length n stored back to back starting at an offset.
// The same products run in WebAssembly SIMD where the engine has it (./wasm), with results
// equal to these scalar loops bit for bit; the scalar loops are the reference and the fallback.
import { entriesOf, type MatrixOperand } from './wasm/resident';
import { simdKernels, type SimdKernels } from './wasm/simdKernels';

let simd: SimdKernels | null | undefined;

/** Chooses the kernels: 'simd' (the default, where available) or 'scalar'. Returns the one in use. */
export function useKernels(kind: 'simd' | 'scalar'): 'simd' | 'scalar' {
  simd = kind === 'simd' ? simdKernels() : null;
  return simd ? 'simd' : 'scalar';
}

/** out_i = s · M x_i for i = 0..B-1 (M is n×n row-major, an array or resident in the kernels' memory). */
export function matVecBatch(
  M: MatrixOperand, n: number, s: number,
  X: Float64Array, xOff: number, B: number,
  out: Float64Array, outOff: number,
): void {
  if (simd === undefined) simd = simdKernels();
  if (simd) simd.matVecBatch(M, n, s, X, xOff, B, out, outOff);
  else matVecBatchScalar(entriesOf(M), n, s, X, xOff, B, out, outOff);
}

/**
 * out_i (+)= s · Mᵀ g_i for i = 0..B-1. With `accumulate` the product is added to what
 * `out` holds (the residual step ∇F_{k-1} = ∇F_k + W_kᵀ ∇z_k), otherwise it overwrites it.
 */
export function matTVecBatch(
  M: MatrixOperand, n: number, s: number,
  G: Float64Array, gOff: number, B: number,
  out: Float64Array, outOff: number, accumulate: boolean,
): void {
  if (simd === undefined) simd = simdKernels();
  if (simd) simd.matTVecBatch(M, n, s, G, gOff, B, out, outOff, accumulate);
  else matTVecBatchScalar(entriesOf(M), n, s, G, gOff, B, out, outOff, accumulate);
}

/** matVecBatch in scalar JavaScript. */
export function matVecBatchScalar(
  M: Float64Array, n: number, s: number,
  X: Float64Array, xOff: number, B: number,
  out: Float64Array, outOff: number,
): void {
  let i = 0;
  for (; i + 1 < B; i += 2) {
    const x0 = xOff + i * n;
    const x1 = x0 + n;
    const o0 = outOff + i * n;
    const o1 = o0 + n;
    let r = 0;
    for (; r + 3 < n; r += 4) {
      const m0 = r * n, m1 = m0 + n, m2 = m1 + n, m3 = m2 + n;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let j = 0; j < n; j++) {
        const u = X[x0 + j], v = X[x1 + j];
        const w0 = M[m0 + j], w1 = M[m1 + j], w2 = M[m2 + j], w3 = M[m3 + j];
        a0 += w0 * u; a1 += w1 * u; a2 += w2 * u; a3 += w3 * u;
        b0 += w0 * v; b1 += w1 * v; b2 += w2 * v; b3 += w3 * v;
      }
      out[o0 + r] = s * a0; out[o0 + r + 1] = s * a1; out[o0 + r + 2] = s * a2; out[o0 + r + 3] = s * a3;
      out[o1 + r] = s * b0; out[o1 + r + 1] = s * b1; out[o1 + r + 2] = s * b2; out[o1 + r + 3] = s * b3;
    }
    for (; r < n; r++) {
      const m0 = r * n;
      let a = 0, b = 0;
      for (let j = 0; j < n; j++) {
        a += M[m0 + j] * X[x0 + j];
        b += M[m0 + j] * X[x1 + j];
      }
      out[o0 + r] = s * a;
      out[o1 + r] = s * b;
    }
  }
  for (; i < B; i++) {
    const x0 = xOff + i * n;
    const o0 = outOff + i * n;
    for (let r = 0; r < n; r++) {
      const m0 = r * n;
      let a = 0;
      for (let j = 0; j < n; j++) a += M[m0 + j] * X[x0 + j];
      out[o0 + r] = s * a;
    }
  }
}

/** matTVecBatch in scalar JavaScript. */
export function matTVecBatchScalar(
  M: Float64Array, n: number, s: number,
  G: Float64Array, gOff: number, B: number,
  out: Float64Array, outOff: number, accumulate: boolean,
): void {
  if (!accumulate) out.fill(0, outOff, outOff + B * n);
  let i = 0;
  for (; i + 1 < B; i += 2) {
    const g0 = gOff + i * n;
    const g1 = g0 + n;
    const o0 = outOff + i * n;
    const o1 = o0 + n;
    let r = 0;
    for (; r + 3 < n; r += 4) {
      const m0 = r * n, m1 = m0 + n, m2 = m1 + n, m3 = m2 + n;
      const c0 = s * G[g0 + r], c1 = s * G[g0 + r + 1], c2 = s * G[g0 + r + 2], c3 = s * G[g0 + r + 3];
      const d0 = s * G[g1 + r], d1 = s * G[g1 + r + 1], d2 = s * G[g1 + r + 2], d3 = s * G[g1 + r + 3];
      for (let j = 0; j < n; j++) {
        const w0 = M[m0 + j], w1 = M[m1 + j], w2 = M[m2 + j], w3 = M[m3 + j];
        out[o0 + j] += c0 * w0 + c1 * w1 + c2 * w2 + c3 * w3;
        out[o1 + j] += d0 * w0 + d1 * w1 + d2 * w2 + d3 * w3;
      }
    }
    for (; r < n; r++) {
      const m0 = r * n;
      const c = s * G[g0 + r], d = s * G[g1 + r];
      for (let j = 0; j < n; j++) {
        out[o0 + j] += c * M[m0 + j];
        out[o1 + j] += d * M[m0 + j];
      }
    }
  }
  // a lone last sample takes the same four-row sums as a pair, so no sample's result depends
  // on its place in the batch
  for (; i < B; i++) {
    const g0 = gOff + i * n;
    const o0 = outOff + i * n;
    let r = 0;
    for (; r + 3 < n; r += 4) {
      const m0 = r * n, m1 = m0 + n, m2 = m1 + n, m3 = m2 + n;
      const c0 = s * G[g0 + r], c1 = s * G[g0 + r + 1], c2 = s * G[g0 + r + 2], c3 = s * G[g0 + r + 3];
      for (let j = 0; j < n; j++) {
        out[o0 + j] += c0 * M[m0 + j] + c1 * M[m1 + j] + c2 * M[m2 + j] + c3 * M[m3 + j];
      }
    }
    for (; r < n; r++) {
      const m0 = r * n;
      const c = s * G[g0 + r];
      for (let j = 0; j < n; j++) out[o0 + j] += c * M[m0 + j];
    }
  }
}

/** x · y for two length-n vectors at offsets. */
export function dot(x: Float64Array, xOff: number, y: Float64Array, yOff: number, n: number): number {
  let a = 0;
  for (let j = 0; j < n; j++) a += x[xOff + j] * y[yOff + j];
  return a;
}

/** ‖x‖₂ without overflow or underflow in the sum of squares. */
export function norm2(x: Float64Array, off: number, n: number): number {
  let s = 0;
  for (let j = 0; j < n; j++) s += x[off + j] * x[off + j];
  if (s > 1e-280 && s < 1e280) return Math.sqrt(s);
  let m = 0;
  for (let j = 0; j < n; j++) m = Math.max(m, Math.abs(x[off + j]));
  if (m === 0 || !Number.isFinite(m)) return m;
  let t = 0;
  for (let j = 0; j < n; j++) {
    const v = x[off + j] / m;
    t += v * v;
  }
  return m * Math.sqrt(t);
}
