// Seeded randomness. Every random number in the core comes from a stream named by
// (seed, what it is for, index), so a layer's weights do not depend on the depth,
// the batch size or the order things are generated in. Integer arithmetic via
// Math.imul makes the streams bit-identical in Node and in every browser.

import { log } from './fdlibm';

/** splitmix32-style finaliser: a 32-bit avalanche hash. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Names of the independent streams one network draws from. */
export type StreamName = 'W' | 'b' | 'V' | 'x' | 'u' | 'y' | 'lab' | 'exercise';
const STREAM_ID: Record<StreamName, number> = { W: 1, b: 2, V: 3, x: 4, u: 5, y: 6, lab: 7, exercise: 8 };

/** A seeded generator (sfc32: small, fast, passes PractRand to 2^42 bytes). */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, stream: StreamName, index: number) {
    this.a = mix32(seed >>> 0);
    this.b = mix32(this.a ^ STREAM_ID[stream]);
    this.c = mix32(this.b ^ (index >>> 0));
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in (0, 1) with 53 random bits; never exactly 0, so log() is safe. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo + 0.5) / 9007199254740992;
  }

  /**
   * Standard normal by Marsaglia's polar method, using both values of each pair. It needs only
   * a logarithm and a square root (no sine or cosine), both engine-independent here.
   */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** Fill `out` with N(0, std²) samples. */
  fillNormal(out: Float64Array, std: number): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = std * this.normal();
    return out;
  }
}

/** n samples of N(0, std²) from one named stream. */
export function normalVector(seed: number, stream: StreamName, index: number, n: number, std = 1): Float64Array {
  return new Random(seed, stream, index).fillNormal(new Float64Array(n), std);
}
