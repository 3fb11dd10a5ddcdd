// Seeded randomness. Every random number in the core comes from a stream named by
// (seed, what it is for, index), so a layer's weights do not depend on the depth,
// the batch size or the order things are generated in. Integer arithmetic via
// Math.imul makes the streams bit-identical in Node and in every browser.

import { exp, log } from './fdlibm';
import { ZIGGURAT } from './ziggurat';

/** splitmix32-style finaliser: a 32-bit avalanche hash. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Names of the independent streams one network draws from. */
export type StreamName = 'W' | 'b' | 'V' | 'x' | 'u' | 'y' | 'lab' | 'exercise' | 'theory';
const STREAM_ID: Record<StreamName, number> = { W: 1, b: 2, V: 3, x: 4, u: 5, y: 6, lab: 7, exercise: 8, theory: 9 };

/** A seeded generator (sfc32: small, fast, passes PractRand to 2^42 bytes). */
export class Random {
  /** sfc32's state a, b, c, d, kept as int32 so no step boxes a number */
  private readonly s = new Int32Array(4);
  private readonly one = new Float64Array(1);

  constructor(seed: number, stream: StreamName, index: number) {
    const s = this.s;
    s[0] = mix32(seed >>> 0);
    s[1] = mix32(s[0] ^ STREAM_ID[stream]);
    s[2] = mix32(s[1] ^ (index >>> 0));
    s[3] = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const s = this.s;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in (0, 1) with 53 random bits; never exactly 0, so log() is safe. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo + 0.5) / 9007199254740992;
  }

  /** One standard normal sample (the stream fillNormal draws from). */
  normal(): number {
    this.fillNormal(this.one, 1);
    return this.one[0];
  }

  /**
   * Fill `out` with N(0, std²) samples by the ziggurat method (Marsaglia and Tsang 2000, tables
   * in ./ziggurat.ts). Each attempt takes two 32-bit words of sfc32, stepped here on local
   * copies of the state (the step of nextUint32, written out twice) because this loop draws
   * every weight: 8 bits choose the box, one bit the sign, and 53 bits the point along the box.
   * The rare draws outside a box's sure part go through uniform() and fdlibm's exp and log,
   * engine-independent like everything else here.
   */
  fillNormal(out: Float64Array, std: number): Float64Array {
    const st = this.s;
    const { accept, scale } = ZIGGURAT;
    let a = st[0];
    let b = st[1];
    let c = st[2];
    let d = st[3];
    for (let k = 0; k < out.length; k++) {
      for (;;) {
        let t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + t) | 0;
        const w1 = t >>> 0;
        t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + t) | 0;
        const i = w1 & 255;
        const u = (w1 >>> 11) * 4294967296 + (t >>> 0);
        let x = u * scale[i];
        if (u >= accept[i]) {
          st[0] = a;
          st[1] = b;
          st[2] = c;
          st[3] = d;
          x = this.outsideSurePart(i, x);
          a = st[0];
          b = st[1];
          c = st[2];
          d = st[3];
          if (x !== x) continue; // rejected: a new box and point
        }
        out[k] = std * (w1 & 256 ? -x : x);
        break;
      }
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
    return out;
  }

  /** Box 0 beyond r: a tail sample. Box i ≥ 1: x if a uniform height in the box is under f(x), else NaN. */
  private outsideSurePart(i: number, x: number): number {
    const { fx, r } = ZIGGURAT;
    if (i === 0) return this.normalTail(r);
    return fx[i] + this.uniform() * (fx[i + 1] - fx[i]) < exp(-0.5 * x * x) ? x : NaN;
  }

  /** A sample of the normal conditioned on x > r (Marsaglia 1964). */
  private normalTail(r: number): number {
    for (;;) {
      const x = -log(this.uniform()) / r;
      const y = -log(this.uniform());
      if (y + y >= x * x) return r + x;
    }
  }
}

/** n samples of N(0, std²) from one named stream. */
export function normalVector(seed: number, stream: StreamName, index: number, n: number, std = 1): Float64Array {
  return new Random(seed, stream, index).fillNormal(new Float64Array(n), std);
}
