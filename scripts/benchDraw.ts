// The cold figures of the bench: drawing the weights of a depth-1000, width-256 residual network
// the first time (2,000 matrices of 65,536 Gaussians, what the page's residual worker draws
// before its first result), the first full pass that includes that draw, the next pass with the
// weights cached, and the polar method the ziggurat replaced, timed in the same run for the ratio.

import { performance } from 'node:perf_hooks';
import { computeGradients, DEFAULT_CONFIG, type NetworkConfig } from '../src/core';
import { log } from '../src/core/fdlibm';
import { Random } from '../src/core/random';
import { kernelMemory } from '../src/core/wasm/simdKernels';
import { unitOperand, WeightCache, weightCacheBudget } from '../src/core/weights';

const n = 256;
const L = 1000;
const B = 16;
const config: NetworkConfig = { ...DEFAULT_CONFIG, activation: 'tanh', depth: L, width: n, batch: B };
const residentCache = () => new WeightCache(weightCacheBudget(8), { resident: true });
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

/** Marsaglia's polar method on the same uniforms, as the core drew its Gaussians before the ziggurat. */
function polarFill(rng: Random, out: Float64Array, std: number): void {
  for (let i = 0; i < out.length; i += 2) {
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * rng.uniform() - 1;
      v = 2 * rng.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * log(s)) / s);
    out[i] = std * u * f;
    if (i + 1 < out.length) out[i + 1] = std * v * f;
  }
}

/** ns per Gaussian of the ziggurat and of the polar method, alternating, `rounds` times each. */
function samplerSpeeds(rounds: number, matrices: number): { zigguratNs: number[]; polarNs: number[] } {
  const out = new Float64Array(n * n);
  const zigguratNs: number[] = [];
  const polarNs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (let k = 1; k <= matrices; k++) new Random(1, 'W', k).fillNormal(out, 1 / 16);
    zigguratNs.push(((performance.now() - t0) * 1e6) / (matrices * n * n));
    t0 = performance.now();
    for (let k = 1; k <= matrices; k++) polarFill(new Random(1, 'W', k), out, 1 / 16);
    polarNs.push(((performance.now() - t0) * 1e6) / (matrices * n * n));
  }
  return { zigguratNs, polarNs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One JSON line: the L = 1000, n = 256 residual network's first draw and first passes. */
export function firstDraw(): object {
  // The weights alone, into a resident cache as the page's worker keeps them. Both this cache and
  // the next one get memory the process has not touched before, as a worker's first draw does
  // (the first touch of a page costs the kernel a fault; reused memory would hide that).
  const drawn = residentCache();
  let t0 = performance.now();
  for (let k = 1; k <= L; k++) {
    unitOperand('W', config.seed, n, k, config.init, drawn);
    unitOperand('V', config.seed, n, k, config.init, drawn);
  }
  const drawMs = performance.now() - t0;
  const cachedMatrices = drawn.size;
  const arenaMiB = Math.round(kernelMemory()!.arena.used / 2 ** 20);
  // the first full pass, drawing as it goes, then the same pass with the weights cached
  const cache = residentCache();
  t0 = performance.now();
  computeGradients(config, 'residual', { cache });
  const firstPassMs = performance.now() - t0;
  drawn.dispose();
  t0 = performance.now();
  computeGradients(config, 'residual', { cache });
  const cachedPassMs = performance.now() - t0;
  cache.dispose();
  const speeds = samplerSpeeds(3, 40);
  const zigguratNs = median(speeds.zigguratNs);
  const polarNs = median(speeds.polarNs);
  const gflop = (8 * B * n * n * L) / 1e9;
  return {
    case: `first draw, residual tanh n=${n} L=${L} B=${B}`,
    matrices: 2 * L,
    cachedMatrices,
    residentMiB: arenaMiB,
    drawSeconds: seconds(drawMs),
    firstPassSeconds: seconds(firstPassMs),
    cachedPassSeconds: seconds(cachedPassMs),
    passGflop: Number(gflop.toFixed(2)),
    cachedPassGflops: Number((gflop / (cachedPassMs / 1000)).toFixed(2)),
    zigguratNsPerSample: Number(zigguratNs.toFixed(1)),
    polarNsPerSample: Number(polarNs.toFixed(1)),
    samplerSpeedup: Number((polarNs / zigguratNs).toFixed(2)),
    polarDrawSecondsEstimate: seconds((drawMs * polarNs) / zigguratNs),
  };
}
