// The batched products of ../linalg.ts run by the WebAssembly SIMD module of kernels.wat.
// A matrix that resides in the module's memory (./resident.ts: the weight cache keeps its
// matrices there) is multiplied where it is; any other matrix is copied in first. The batch is
// copied in interleaved in pairs of samples, multiplied and copied back; the results equal the
// scalar kernels bit for bit. Where WebAssembly SIMD is missing, `simdKernels()` returns null and the
// caller keeps the scalar kernels.
import { Arena } from './arena';
import { KERNELS_WASM_BASE64 } from './kernelsBinary';
import type { MatrixOperand } from './resident';

interface KernelExports {
  memory: WebAssembly.Memory;
  matVec(m: number, n: number, s: number, x: number, P: number, o: number): void;
  matTVec(m: number, n: number, s: number, g: number, P: number, o: number): void;
}

export interface SimdKernels {
  /** out_i = s · M x_i for i = 0..B-1, as matVecBatch. */
  matVecBatch(M: MatrixOperand, n: number, s: number, X: Float64Array, xOff: number, B: number,
    out: Float64Array, outOff: number): void;
  /** out_i (+)= s · Mᵀ g_i for i = 0..B-1, as matTVecBatch. */
  matTVecBatch(M: MatrixOperand, n: number, s: number, G: Float64Array, gOff: number, B: number,
    out: Float64Array, outOff: number, accumulate: boolean): void;
}

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

function makeKernels(wasm: KernelExports, arena: Arena): SimdKernels {
  let heap = new Float64Array(wasm.memory.buffer);
  // scratch for [matrix copy | batch in | batch out], byte offset and size; grown on demand
  let scratch = 0;
  let scratchBytes = 0;

  /** Lays out [M | batch in | batch out] in the scratch and returns their f64 indices. */
  function reserve(n: number, B: number, withMatrix: boolean): { m: number; x: number; o: number } {
    const pairs = (B + 1) >> 1;
    const matrix = withMatrix ? n * n : 0;
    const bytes = (matrix + 2 * pairs * 2 * n) * 8;
    if (bytes > scratchBytes) {
      if (scratchBytes > 0) arena.free(scratch, scratchBytes);
      const at = arena.alloc(bytes);
      if (at === null) throw new RangeError(`the kernels' memory cannot hold a ${n}-wide batch of ${B}`);
      scratch = at;
      scratchBytes = bytes;
    }
    if (heap.buffer !== wasm.memory.buffer) heap = new Float64Array(wasm.memory.buffer);
    const m = scratch / 8;
    const x = m + matrix;
    return { m, x, o: x + pairs * 2 * n };
  }

  /** The matrix's byte offset in the memory: where it resides, or a copy in the scratch. */
  function place(M: MatrixOperand, n: number, B: number): { at: number; x: number; o: number } {
    if (M instanceof Float64Array) {
      const { m, x, o } = reserve(n, B, true);
      heap.set(M.length === n * n ? M : M.subarray(0, n * n), m);
      return { at: m * 8, x, o };
    }
    const at = M.byteOffset;
    const { x, o } = reserve(n, B, false);
    return { at, x, o };
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
      const { at, x, o } = place(M, n, B);
      interleave(X, xOff, B, n, x);
      wasm.matVec(at, n, s, x * 8, (B + 1) >> 1, o * 8);
      deinterleave(o, B, n, out, outOff);
    },
    matTVecBatch(M, n, s, G, gOff, B, out, outOff, accumulate) {
      if (B <= 0) return;
      const { at, x, o } = place(M, n, B);
      interleave(G, gOff, B, n, x);
      if (accumulate) interleave(out, outOff, B, n, o);
      else heap.fill(0, o, o + ((B + 1) >> 1) * 2 * n);
      wasm.matTVec(at, n, s, x * 8, (B + 1) >> 1, o * 8);
      deinterleave(o, B, n, out, outOff);
    },
  };
}

interface Instance {
  wasm: KernelExports;
  arena: Arena;
  kernels: SimdKernels;
}

let instance: Instance | null | undefined;

/** The one module instance of this thread: its kernels and the arena over its memory. */
function kernelInstance(): Instance | null {
  if (instance === undefined) {
    const wasm = instantiate();
    if (wasm) {
      const arena = new Arena(wasm.memory);
      instance = { wasm, arena, kernels: makeKernels(wasm, arena) };
    } else instance = null;
  }
  return instance;
}

/** The SIMD kernels, or null where this engine cannot compile them (decided once). */
export function simdKernels(): SimdKernels | null {
  return kernelInstance()?.kernels ?? null;
}

/** The kernels' memory and its arena, where matrices can reside (null without the kernels). */
export function kernelMemory(): { memory: WebAssembly.Memory; arena: Arena } | null {
  const inst = kernelInstance();
  return inst ? { memory: inst.wasm.memory, arena: inst.arena } : null;
}
