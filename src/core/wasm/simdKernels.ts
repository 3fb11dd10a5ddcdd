// The batched products of ../linalg.ts run by the WebAssembly SIMD module of kernels.wat.
// Operands are copied into the module's memory (the matrix as it is, the batch interleaved in
// pairs of samples), multiplied there and copied back; the results equal the scalar kernels
// bit for bit. Where WebAssembly SIMD is missing, `simdKernels()` returns null and the
// caller keeps the scalar kernels.
import { KERNELS_WASM_BASE64 } from './kernelsBinary';

interface KernelExports {
  memory: WebAssembly.Memory;
  matVec(m: number, n: number, s: number, x: number, P: number, o: number): void;
  matTVec(m: number, n: number, s: number, g: number, P: number, o: number): void;
}

export interface SimdKernels {
  /** out_i = s · M x_i for i = 0..B-1, as matVecBatch. */
  matVecBatch(M: Float64Array, n: number, s: number, X: Float64Array, xOff: number, B: number,
    out: Float64Array, outOff: number): void;
  /** out_i (+)= s · Mᵀ g_i for i = 0..B-1, as matTVecBatch. */
  matTVecBatch(M: Float64Array, n: number, s: number, G: Float64Array, gOff: number, B: number,
    out: Float64Array, outOff: number, accumulate: boolean): void;
}

const PAGE = 65536;

function instantiate(): KernelExports | null {
  try {
    if (typeof WebAssembly !== 'object' || typeof atob !== 'function') return null;
    const text = atob(KERNELS_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const module = new WebAssembly.Module(bytes);
    return new WebAssembly.Instance(module).exports as unknown as KernelExports;
  } catch {
    return null;
  }
}

function makeKernels(wasm: KernelExports): SimdKernels {
  let heap = new Float64Array(wasm.memory.buffer);

  /** Lays out [M | batch in | batch out] and returns the three f64 indices. */
  function reserve(n: number, B: number): { x: number; o: number } {
    const pairs = (B + 1) >> 1;
    const x = n * n;
    const o = x + pairs * 2 * n;
    const bytes = (o + pairs * 2 * n) * 8;
    if (bytes > wasm.memory.buffer.byteLength) {
      wasm.memory.grow(Math.ceil((bytes - wasm.memory.buffer.byteLength) / PAGE));
    }
    if (heap.buffer !== wasm.memory.buffer) heap = new Float64Array(wasm.memory.buffer);
    return { x, o };
  }

  function copyMatrix(M: Float64Array, n: number): void {
    heap.set(M.length === n * n ? M : M.subarray(0, n * n), 0);
  }

  /** Sample i, element j of A (from aOff) → heap[base + (i>>1)·2n + 2j + (i&1)]; a pad lane gets 0. */
  function interleave(A: Float64Array, aOff: number, B: number, n: number, base: number): void {
    for (let i = 0; i < B; i++) {
      const to = base + (i >> 1) * 2 * n + (i & 1);
      const from = aOff + i * n;
      for (let j = 0; j < n; j++) heap[to + 2 * j] = A[from + j];
    }
    if (B & 1) {
      const to = base + (B >> 1) * 2 * n + 1;
      for (let j = 0; j < n; j++) heap[to + 2 * j] = 0;
    }
  }

  function deinterleave(base: number, B: number, n: number, A: Float64Array, aOff: number): void {
    for (let i = 0; i < B; i++) {
      const from = base + (i >> 1) * 2 * n + (i & 1);
      const to = aOff + i * n;
      for (let j = 0; j < n; j++) A[to + j] = heap[from + 2 * j];
    }
  }

  return {
    matVecBatch(M, n, s, X, xOff, B, out, outOff) {
      if (B <= 0) return;
      const { x, o } = reserve(n, B);
      copyMatrix(M, n);
      interleave(X, xOff, B, n, x);
      wasm.matVec(0, n, s, x * 8, (B + 1) >> 1, o * 8);
      deinterleave(o, B, n, out, outOff);
    },
    matTVecBatch(M, n, s, G, gOff, B, out, outOff, accumulate) {
      if (B <= 0) return;
      const { x, o } = reserve(n, B);
      copyMatrix(M, n);
      interleave(G, gOff, B, n, x);
      if (accumulate) interleave(out, outOff, B, n, o);
      else heap.fill(0, o, o + ((B + 1) >> 1) * 2 * n);
      wasm.matTVec(0, n, s, x * 8, (B + 1) >> 1, o * 8);
      deinterleave(o, B, n, out, outOff);
    },
  };
}

let kernels: SimdKernels | null | undefined;

/** The SIMD kernels, or null where this engine cannot compile them (decided once). */
export function simdKernels(): SimdKernels | null {
  if (kernels === undefined) {
    const wasm = instantiate();
    kernels = wasm ? makeKernels(wasm) : null;
  }
  return kernels;
}
