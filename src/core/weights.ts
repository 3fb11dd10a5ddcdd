// Unit-scale random matrices, one per (seed, layer), and a cache for them.
// W_k = σ_w Ŵ_k and V_k = σ_v V̂_k: the scale sliders only rescale the same Ŵ_k, and
// layer k's matrices depend on (seed, k) alone, so changing depth keeps layers 1..min(L, L').

import type { InitName } from './config';
import { normalVector, Random, type StreamName } from './random';
import { allocResident, type MatrixOperand } from './wasm/resident';

const MiB = 2 ** 20;

/**
 * A weight cache's budget for a device with `deviceMemoryGiB` of memory (as browsers report
 * it, up to 8): room for a depth-1000 × width-256 residual network (W and V, 1000 MiB) where
 * the device has 8 GiB or more, less on smaller devices, 384 MiB where the memory is unknown.
 */
export function weightCacheBudget(deviceMemoryGiB?: number): number {
  if (deviceMemoryGiB === undefined || !Number.isFinite(deviceMemoryGiB) || deviceMemoryGiB <= 0) return 384 * MiB;
  if (deviceMemoryGiB >= 8) return 1024 * MiB;
  if (deviceMemoryGiB >= 4) return 512 * MiB;
  return 256 * MiB;
}

export interface WeightCacheOptions {
  /**
   * Keep the matrices that `operand` draws inside the WebAssembly kernels' memory, where the
   * products use them without copying (a long-lived cache: the worker's, the CLI's). The memory
   * of a WebAssembly instance never shrinks, so a resident cache is released by `dispose()`.
   */
  resident?: boolean;
}

/** A byte-bounded least-recently-used cache of generated unit matrices. */
export class WeightCache {
  private readonly entries = new Map<string, MatrixOperand>();
  private bytes = 0;
  private readonly resident: boolean;

  constructor(private readonly maxBytes = weightCacheBudget(), options: WeightCacheOptions = {}) {
    this.resident = options.resident ?? false;
  }

  /** The entry for `key` as an array the caller may keep (a copy where it is resident). */
  get(key: string, make: () => Float64Array): Float64Array {
    const hit = this.hit(key);
    if (hit) return hit instanceof Float64Array ? hit : hit.toArray();
    const made = make();
    this.insert(key, made, made.length);
    return made;
  }

  /**
   * The entry for `key` as the products take it. A resident cache has `fill` write the `length`
   * entries straight into the kernels' memory (the memory is touched once, nothing is copied);
   * `fill` must not allocate there itself.
   */
  operand(key: string, length: number, fill: (out: Float64Array) => Float64Array): MatrixOperand {
    const hit = this.hit(key);
    if (hit) return hit;
    if (this.resident && length * 8 <= this.maxBytes) {
      this.evictFor(length * 8);
      const m = allocResident(length);
      if (m) {
        fill(m.view());
        this.insert(key, m, length);
        return m;
      }
    }
    const made = fill(new Float64Array(length));
    this.insert(key, made, length);
    return made;
  }

  private hit(key: string): MatrixOperand | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // re-insert to mark as most recently used
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Drops least recently used entries until `bytes` more fit in the budget. */
  private evictFor(bytes: number): void {
    for (const [oldKey, old] of this.entries) {
      if (this.bytes + bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.length * 8;
      if (!(old instanceof Float64Array)) old.release();
    }
  }

  private insert(key: string, value: MatrixOperand, length: number): void {
    if (length * 8 > this.maxBytes) return;
    this.evictFor(length * 8);
    this.entries.set(key, value);
    this.bytes += length * 8;
  }

  /** Empties the cache and gives resident matrices' memory back. */
  dispose(): void {
    for (const value of this.entries.values()) if (!(value instanceof Float64Array)) value.release();
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Haar-random orthogonal matrix from a Gaussian one: Householder QR, G = QR, then
 * Q·diag(sign R_jj) (Mezzadri 2007) so the distribution is exactly Haar.
 * `g` is n×n row-major and is overwritten.
 */
export function haarOrthogonal(g: Float64Array, n: number): Float64Array {
  const vs: Float64Array[] = [];
  const signs = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let norm2 = 0;
    for (let i = j; i < n; i++) norm2 += g[i * n + j] * g[i * n + j];
    const x0 = g[j * n + j];
    const alpha = x0 >= 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
    // after the reflection R_jj = alpha
    signs[j] = alpha >= 0 ? 1 : -1;
    const v = new Float64Array(n - j);
    v[0] = x0 - alpha;
    for (let i = j + 1; i < n; i++) v[i - j] = g[i * n + j];
    let vnorm2 = 0;
    for (let i = 0; i < v.length; i++) vnorm2 += v[i] * v[i];
    vs.push(v);
    if (vnorm2 === 0) continue;
    const s = 2 / vnorm2;
    for (let c = j; c < n; c++) {
      let dot = 0;
      for (let i = j; i < n; i++) dot += v[i - j] * g[i * n + c];
      dot *= s;
      for (let i = j; i < n; i++) g[i * n + c] -= dot * v[i - j];
    }
  }
  // Q = H_0 H_1 … H_{n-1}, applied to the identity from the right-most reflection.
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let j = n - 1; j >= 0; j--) {
    const v = vs[j];
    let vnorm2 = 0;
    for (let i = 0; i < v.length; i++) vnorm2 += v[i] * v[i];
    if (vnorm2 === 0) continue;
    const s = 2 / vnorm2;
    for (let c = 0; c < n; c++) {
      let dot = 0;
      for (let i = j; i < n; i++) dot += v[i - j] * q[i * n + c];
      dot *= s;
      for (let i = j; i < n; i++) q[i * n + c] -= dot * v[i - j];
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) q[i * n + j] *= signs[j];
  return q;
}

/** Ŵ with entries N(0, 1/n), or a Haar orthogonal matrix, for one named stream and layer, into `out`. */
function fillUnitMatrix(out: Float64Array, seed: number, stream: StreamName, k: number, n: number, init: InitName): Float64Array {
  if (init === 'orthogonal') out.set(haarOrthogonal(normalVector(seed, stream, k, n * n, 1), n));
  else new Random(seed, stream, k).fillNormal(out, 1 / Math.sqrt(n));
  return out;
}

function unitMatrix(seed: number, stream: StreamName, k: number, n: number, init: InitName): Float64Array {
  return fillUnitMatrix(new Float64Array(n * n), seed, stream, k, n, init);
}

/** Ŵ_k: W_k = σ_w Ŵ_k. */
export function unitW(seed: number, n: number, k: number, init: InitName, cache?: WeightCache): Float64Array {
  const make = () => unitMatrix(seed, 'W', k, n, init);
  return cache ? cache.get(`W:${init}:${seed}:${n}:${k}`, make) : make();
}

/** V̂_k: V_k = σ_v V̂_k, drawn from its own stream so plain and residual share W_k. */
export function unitV(seed: number, n: number, k: number, init: InitName, cache?: WeightCache): Float64Array {
  const make = () => unitMatrix(seed, 'V', k, n, init);
  return cache ? cache.get(`V:${init}:${seed}:${n}:${k}`, make) : make();
}

/** Ŵ_k or V̂_k as the products take it: resident in the kernels' memory where the cache keeps it. */
export function unitOperand(stream: 'W' | 'V', seed: number, n: number, k: number, init: InitName, cache?: WeightCache): MatrixOperand {
  if (!cache) return unitMatrix(seed, stream, k, n, init);
  return cache.operand(`${stream}:${init}:${seed}:${n}:${k}`, n * n, (out) => fillUnitMatrix(out, seed, stream, k, n, init));
}

/** b̂_k with entries N(0, 1): b_k = σ_b b̂_k. */
export function unitB(seed: number, n: number, k: number): Float64Array {
  return normalVector(seed, 'b', k, n, 1);
}

/** Input x_i ~ N(0, s² I). */
export function input(seed: number, n: number, i: number, scale: number): Float64Array {
  return normalVector(seed, 'x', i, n, scale);
}

/** The probe direction u: a seeded random unit vector. */
export function probe(seed: number, n: number): Float64Array {
  const u = normalVector(seed, 'u', 0, n, 1);
  let norm2 = 0;
  for (let i = 0; i < n; i++) norm2 += u[i] * u[i];
  const inv = 1 / Math.sqrt(norm2);
  for (let i = 0; i < n; i++) u[i] *= inv;
  return u;
}

/** MSE target y_i ~ N(0, I). */
export function target(seed: number, n: number, i: number): Float64Array {
  return normalVector(seed, 'y', i, n, 1);
}
