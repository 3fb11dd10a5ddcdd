// Benchmark of the compute core: one JSON line per case, plus this machine's own reference
// matvec speeds on the same sizes, so the core's GFLOP/s read as ratios rather than absolutes.
//
// gflops = 4·B·n²·L / time: a plain layer does one n×n matvec forward (W_k F) and one back
// (W_kᵀ ∇z), 2n² flops each, per input. A residual layer also multiplies by V_k both ways,
// so it does twice that; `kernelGflops` counts the matrix work each architecture really does.

import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { computeGradients, DEFAULT_CONFIG, WeightCache, type Arch, type NetworkConfig } from '../src/core';
import { matTVecBatch, matVecBatch, useKernels } from '../src/core/linalg';
import { makeResident } from '../src/core/wasm/resident';
import { kernelMemory } from '../src/core/wasm/simdKernels';
import { firstDraw } from './benchDraw';
import { startTfjs, tfjsNetwork, tfjsPlainPass } from './tfjsReference';

interface Size {
  n: number;
  L: number;
  B: number;
}

const CASES: (Size & { arch: Arch })[] = [
  { arch: 'plain', n: 64, L: 50, B: 16 },
  { arch: 'plain', n: 256, L: 100, B: 16 },
  { arch: 'plain', n: 512, L: 50, B: 32 },
  { arch: 'residual', n: 64, L: 50, B: 16 },
  { arch: 'residual', n: 256, L: 100, B: 16 },
];

/** Repeat until both a minimum count and a time budget are met: small cases get many runs, big ones three. */
const MIN_RUNS = 3;
const MAX_RUNS = 25;
const BUDGET_MS = 1500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Wall times of `fn` (median, slowest, fastest); `setup` runs untimed before each call. */
function measure(fn: () => void, setup: () => void = () => {}): { ms: number; maxMs: number; minMs: number; runs: number } {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < MIN_RUNS || (times.length < MAX_RUNS && performance.now() - start < BUDGET_MS)) {
    setup();
    times.push(timeMs(fn));
  }
  return { ms: median(times), maxMs: Math.max(...times), minMs: Math.min(...times), runs: times.length };
}

const flops = ({ n, L, B }: Size) => 4 * B * n * n * L;
const gflops = (f: number, ms: number) => Number((f / (ms * 1e6)).toFixed(3));
const round = (ms: number) => Number(ms.toFixed(2));

function configOf({ n, L, B }: Size): NetworkConfig {
  return { ...DEFAULT_CONFIG, activation: 'tanh', depth: L, width: n, batch: B };
}

function benchCase(c: Size & { arch: Arch }): object {
  const config = configOf(c);
  const resident = () => new WeightCache(undefined, { resident: true });
  // Cold: a fresh cache per call, so each call draws its weights. Warm: weights cached, resident
  // in the kernels' memory as the page's worker keeps them.
  let cold = resident();
  const coldRun = measure(() => computeGradients(config, c.arch, { cache: cold }), () => {
    cold.dispose();
    cold = resident();
  });
  cold.dispose();
  const warm = resident();
  computeGradients(config, c.arch, { cache: warm });
  const warmRun = measure(() => computeGradients(config, c.arch, { cache: warm }));
  // the same weights cached as arrays, copied into the kernels' memory by every product (before)
  const arrays = new WeightCache();
  computeGradients(config, c.arch, { cache: arrays });
  const copiedRun = measure(() => computeGradients(config, c.arch, { cache: arrays }));
  // the same warm run with the scalar JavaScript kernels, for the ratio the SIMD kernels buy
  useKernels('scalar');
  const scalarRun = measure(() => computeGradients(config, c.arch, { cache: warm }));
  useKernels('simd');
  warm.dispose();
  const f = flops(c);
  return {
    case: `${c.arch} tanh n=${c.n} L=${c.L} B=${c.B}`,
    arch: c.arch,
    n: c.n,
    L: c.L,
    B: c.B,
    ms: round(warmRun.ms),
    gflops: gflops(f, warmRun.ms),
    gflopsMin: gflops(f, warmRun.maxMs),
    gflopsMax: gflops(f, warmRun.minMs),
    kernelGflops: gflops(c.arch === 'residual' ? 2 * f : f, warmRun.ms),
    copiedMs: round(copiedRun.ms),
    copiedGflops: gflops(f, copiedRun.ms),
    residentSpeedup: Number((copiedRun.ms / warmRun.ms).toFixed(2)),
    scalarMs: round(scalarRun.ms),
    simdSpeedup: Number((scalarRun.ms / warmRun.ms).toFixed(2)),
    coldMs: round(coldRun.ms),
    coldGflops: gflops(f, coldRun.ms),
    runs: warmRun.runs,
    coldRuns: coldRun.runs,
  };
}

/** Deterministic fill in [-1, 1)·√(3/n), unit variance per output; the values only need to stay normal floats. */
function filled(length: number, n: number, seed: number): Float64Array {
  const out = new Float64Array(length);
  let s = seed >>> 0;
  const scale = Math.sqrt(3 / n);
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 31 - 1) * scale;
  }
  return out;
}

/** Naive reference: per layer and input, y = W x (i, j loops) then g = Wᵀ y (row-wise axpy). */
function naiveKernel(Ws: Float64Array[], X: Float64Array, Y: Float64Array, G: Float64Array, n: number, B: number): void {
  for (const W of Ws) {
    for (let b = 0; b < B; b++) {
      const o = b * n;
      for (let i = 0; i < n; i++) {
        let acc = 0;
        for (let j = 0; j < n; j++) acc += W[i * n + j] * X[o + j];
        Y[o + i] = acc;
      }
      G.fill(0, o, o + n);
      for (let i = 0; i < n; i++) {
        const c = Y[o + i];
        for (let j = 0; j < n; j++) G[o + j] += W[i * n + j] * c;
      }
    }
  }
}

/** 4-way blocked reference: four inputs per pass over W, so each loaded weight is used four times. */
function blockedKernel(Ws: Float64Array[], X: Float64Array, Y: Float64Array, G: Float64Array, n: number, B: number): void {
  for (const W of Ws) {
    let b = 0;
    for (; b + 3 < B; b += 4) {
      const o0 = b * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
      for (let i = 0; i < n; i++) {
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        const r = i * n;
        for (let j = 0; j < n; j++) {
          const w = W[r + j];
          a0 += w * X[o0 + j]; a1 += w * X[o1 + j]; a2 += w * X[o2 + j]; a3 += w * X[o3 + j];
        }
        Y[o0 + i] = a0; Y[o1 + i] = a1; Y[o2 + i] = a2; Y[o3 + i] = a3;
      }
      G.fill(0, o0, o3 + n);
      for (let i = 0; i < n; i++) {
        const r = i * n;
        const c0 = Y[o0 + i], c1 = Y[o1 + i], c2 = Y[o2 + i], c3 = Y[o3 + i];
        for (let j = 0; j < n; j++) {
          const w = W[r + j];
          G[o0 + j] += w * c0; G[o1 + j] += w * c1; G[o2 + j] += w * c2; G[o3 + j] += w * c3;
        }
      }
    }
    // B not a multiple of 4: the rest goes through the naive loops.
    if (b < B) naiveKernel([W], X.subarray(b * n), Y.subarray(b * n), G.subarray(b * n), n, B - b);
  }
}

function reference(size: Size): object {
  const { n, L, B } = size;
  // L distinct matrices, as the core uses: at n = 512 they do not fit in cache, and that is the point.
  const Ws = Array.from({ length: L }, (_, k) => filled(n * n, n, k + 1));
  const X = filled(B * n, n, 0x5eed);
  const Y = new Float64Array(B * n);
  const G = new Float64Array(B * n);
  const naive = measure(() => naiveKernel(Ws, X, Y, G, n, B));
  const blocked = measure(() => blockedKernel(Ws, X, Y, G, n, B));
  // the core's own two products alone, one W x and one Wᵀ y per layer, on matrices resident in
  // the kernels' memory as the worker's cache keeps them: the ceiling for the core
  const resident = Ws.map((W) => makeResident(W) ?? W);
  const kernels = measure(() => {
    for (const W of resident) {
      matVecBatch(W, n, 1, X, 0, B, Y, 0);
      matTVecBatch(W, n, 1, Y, 0, B, G, 0, false);
    }
  });
  for (const W of resident) if (!(W instanceof Float64Array)) W.release();
  return {
    case: 'reference',
    n,
    L,
    B,
    naiveMs: round(naive.ms),
    naiveGflops: gflops(flops(size), naive.ms),
    blockedMs: round(blocked.ms),
    blockedGflops: gflops(flops(size), blocked.ms),
    coreKernelsMs: round(kernels.ms),
    coreKernelsGflops: gflops(flops(size), kernels.ms),
  };
}

/** TensorFlow.js (WebAssembly SIMD, one thread, float32) on a plain case, beside the core's time. */
async function tfjsCase(c: Size, coreMs: number): Promise<object> {
  if (!(await startTfjs())) return { case: 'tfjs', n: c.n, L: c.L, B: c.B, error: 'backend unavailable' };
  const net = tfjsNetwork(c.n, c.L, c.B);
  try {
    for (let i = 0; i < 3; i++) tfjsPlainPass(net.layers, net.x);
    const run = measure(() => tfjsPlainPass(net.layers, net.x));
    return {
      case: 'tfjs',
      backend: 'wasm-simd, 1 thread, float32',
      n: c.n,
      L: c.L,
      B: c.B,
      ms: round(run.ms),
      gflops: gflops(flops(c), run.ms),
      coreMs: round(coreMs),
      coreSpeedup: Number((run.ms / coreMs).toFixed(2)),
    };
  } finally {
    net.dispose();
  }
}

/** The kernels' memory and the JS heap over 2,000 passes at the default size with one resident cache. */
function memoryOverPasses(): object {
  const config = configOf({ n: 64, L: 50, B: 16 });
  const cache = new WeightCache(undefined, { resident: true });
  const mib = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));
  // the heap after a full collection, so garbage waiting to be collected does not read as growth
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const snapshot = () => {
    gc();
    return { kernelMemoryMiB: mib(kernelMemory()!.memory.buffer.byteLength), heapMiB: mib(process.memoryUsage().heapUsed) };
  };
  computeGradients(config, 'both', { cache });
  const before = snapshot();
  for (let i = 0; i < 2000; i++) computeGradients({ ...config, sigmaW: 0.5 + (i % 100) / 50 }, 'both', { cache });
  const after = snapshot();
  cache.dispose();
  return { case: 'memory', passes: 2000, before, after };
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(JSON.stringify({ case: 'environment', node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, kernels: useKernels('simd') }));
  // JIT warm-up on a small network, so the first case is not charged for compilation.
  for (const arch of ['plain', 'residual'] as const) computeGradients(configOf({ n: 32, L: 20, B: 8 }), arch);
  for (let i = 0; i < 20; i++) reference({ n: 32, L: 4, B: 8 });
  const lines: Record<string, unknown>[] = [];
  const print = (line: object) => {
    lines.push(line as Record<string, unknown>);
    console.log(JSON.stringify(line));
  };
  const coreMs = new Map<string, number>();
  for (const c of CASES) {
    const line = benchCase(c) as { ms: number };
    coreMs.set(`${c.arch}:${c.n}:${c.L}:${c.B}`, line.ms);
    print(line);
  }
  const sizes = new Map(CASES.map((c) => [`${c.n}:${c.L}:${c.B}`, { n: c.n, L: c.L, B: c.B }]));
  for (const size of sizes.values()) print(reference(size));
  for (const c of CASES.filter((k) => k.arch === 'plain')) print(await tfjsCase(c, coreMs.get(`plain:${c.n}:${c.L}:${c.B}`)!));
  print(firstDraw());
  print(memoryOverPasses());
  print(summary(lines));
  console.log(JSON.stringify({ case: 'total', seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }));
}

/** The figures the performance targets name, gathered from this run's lines. */
function summary(lines: Record<string, unknown>[]): object {
  const plain = lines.filter((l) => l.arch === 'plain');
  const tfjs = lines.filter((l) => l.case === 'tfjs');
  const draw = lines.find((l) => typeof l.case === 'string' && l.case.startsWith('first draw'));
  const memory = lines.find((l) => l.case === 'memory') as { before: { kernelMemoryMiB: number; heapMiB: number }; after: { kernelMemoryMiB: number; heapMiB: number } };
  return {
    case: 'summary',
    plainGflopsMedian: Object.fromEntries(plain.map((l) => [`n${l.n}`, l.gflops])),
    plainGflopsSlowestRun: Object.fromEntries(plain.map((l) => [`n${l.n}`, l.gflopsMin])),
    coreVsTfjs: Object.fromEntries(tfjs.map((l) => [`n${l.n}`, l.coreSpeedup])),
    firstDrawSeconds: draw?.drawSeconds,
    firstPassSeconds: draw?.firstPassSeconds,
    cachedPassSeconds: draw?.cachedPassSeconds,
    kernelMemoryGrowthMiB: Number((memory.after.kernelMemoryMiB - memory.before.kernelMemoryMiB).toFixed(1)),
    heapGrowthMiB: Number((memory.after.heapMiB - memory.before.heapMiB).toFixed(1)),
  };
}

await main();
