// Activations as value/derivative pairs in one table, so the forward step σ and the
// backward step D = diag σ'(z) can never disagree about which function is in use.

import { exp, tanh, tanhSmall } from './fdlibm';
import type { ActivationName } from './config';

export interface Activation {
  name: ActivationName;
  /** label as the UI and the equations show it */
  label: string;
  /** σ(z) */
  f: (z: number) => number;
  /** σ'(z); at a kink, the right derivative */
  df: (z: number) => number;
  /**
   * σ(cz) = c σ(z) for every c > 0: then σ(c·u)/c = σ(u) and σ'(c·u) = σ'(u) exactly.
   */
  homogeneous: boolean;
  /**
   * σ(c·u)/c, the activation in a frame scaled by c = 2^e (see logscale.ts), evaluated without
   * forming c·u where that would overflow or lose the value: c may be 0 or Infinity.
   */
  scaled: (u: number, c: number) => number;
  /**
   * value[j] = scaled(u_j, c) and slope[j] = σ'(c·u_j) for a run of pre-activations, in one
   * pass sharing the work the two have in common; equal to the pointwise functions bit for bit.
   */
  run?: (Z: Float64Array, zOff: number, c: number, len: number,
    value: Float64Array, vOff: number, slope: Float64Array, sOff: number) => void;
}

/** σ'(c·u): the derivative at the true pre-activation z = c·u. */
export function derivativeScaled(act: Activation, u: number, c: number): number {
  if (act.homogeneous || c === 1 || u === 0) return act.df(u);
  return act.df(c * u);
}

/**
 * σ(c·u)/c and σ'(c·u) for a run of scaled pre-activations u = Z[zOff..zOff+len) in the frame
 * c: the forward step writes the layer's values and keeps its D_k for the backward step.
 */
export function activateRun(
  act: Activation, Z: Float64Array, zOff: number, c: number, len: number,
  value: Float64Array, vOff: number, slope: Float64Array, sOff: number,
): void {
  if (act.run) {
    act.run(Z, zOff, c, len, value, vOff, slope, sOff);
    return;
  }
  for (let j = 0; j < len; j++) {
    const u = Z[zOff + j];
    value[vOff + j] = act.scaled(u, c);
    slope[sOff + j] = derivativeScaled(act, u, c);
  }
}

/** Slope of leaky ReLU for z < 0. */
export const LEAKY_SLOPE = 0.01;

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

/**
 * erfc to full double precision: a positive-term series for erf near 0 (no cancellation)
 * and a continued fraction (modified Lentz) in the tails.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) {
    // erf x = 2/√π e^{-x²} Σ 2^n x^{2n+1} / (1·3·…·(2n+1))
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - 2 * INV_SQRT_PI * exp(-x2) * sum;
  }
  if (x > 27) return 0;
  // erfc x = e^{-x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  const tiny = 1e-300;
  let f = x;
  let C = x;
  let D = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    D = x + a * D;
    D = D === 0 ? tiny : D;
    C = x + a / C;
    C = C === 0 ? tiny : C;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (INV_SQRT_PI * exp(-x * x)) / f;
}

/** Standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * SQRT1_2);
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exp(-z));
  const e = exp(z);
  return e / (1 + e);
}

/**
 * sech² z = 1 − tanh² z near 0 (tanh² ≤ ¼ there: no cancellation), and 4e/(1+e)² with
 * e = exp(−2|z|) elsewhere, where tanh z ≈ ±1 would make 1 − tanh² z cancel.
 */
function tanhSlope(z: number): number {
  const a = Math.abs(z);
  if (a < 0.55) {
    const t = a < 1e-9 ? z : tanhSmall(z);
    return 1 - t * t;
  }
  const e = exp(-2 * a);
  return (4 * e) / ((1 + e) * (1 + e));
}

/**
 * tanh's value and slope in one pass: near 0 the slope comes from the value (no exponential),
 * elsewhere both from one e = exp(−2|x|); the same operations as `scaled` and `df`, so the
 * same bits.
 */
function tanhRun(
  Z: Float64Array, zOff: number, c: number, len: number,
  value: Float64Array, vOff: number, slope: Float64Array, sOff: number,
): void {
  const plainFrame = c === 1;
  for (let j = 0; j < len; j++) {
    const u = Z[zOff + j];
    const unscaled = plainFrame || u === 0;
    const x = unscaled ? u : c * u;
    const a = Math.abs(x);
    let t: number;
    if (a < 0.55) {
      t = a < 1e-9 ? x : tanhSmall(x);
      slope[sOff + j] = 1 - t * t;
    } else {
      const e = exp(-2 * a);
      slope[sOff + j] = (4 * e) / ((1 + e) * (1 + e));
      if (a > 22) t = x > 0 ? 1 : -1;
      else {
        const m = (1 - e) / (1 + e);
        t = x > 0 ? m : -m;
      }
    }
    value[vOff + j] = unscaled ? t : a < 1e-5 ? u * (1 - (x * x) / 3) : t / c;
  }
}

export const ACTIVATION_TABLE: Record<ActivationName, Activation> = {
  identity: { name: 'identity', label: 'identity', f: (z) => z, df: () => 1, homogeneous: true, scaled: (u) => u },
  relu: {
    name: 'relu',
    label: 'ReLU',
    f: (z) => (z > 0 ? z : 0),
    df: (z) => (z > 0 ? 1 : 0),
    homogeneous: true,
    scaled: (u) => (u > 0 ? u : 0),
  },
  'leaky-relu': {
    name: 'leaky-relu',
    label: 'leaky ReLU',
    f: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    df: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
    homogeneous: true,
    scaled: (u) => (u > 0 ? u : LEAKY_SLOPE * u),
  },
  tanh: {
    name: 'tanh',
    label: 'tanh',
    f: tanh,
    df: tanhSlope,
    homogeneous: false,
    // tanh(x)/c with x = c·u; near 0 the series x − x³/3 divided by c, so a vanishing c is exact
    scaled: (u, c) => {
      if (c === 1 || u === 0) return tanh(u);
      const x = c * u;
      return Math.abs(x) < 1e-5 ? u * (1 - (x * x) / 3) : tanh(x) / c;
    },
    run: tanhRun,
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'sigmoid',
    f: sigmoid,
    // σ'(z) = e/(1+e)² with e = exp(-|z|): no cancellation in the tails
    df: (z) => {
      const e = exp(-Math.abs(z));
      return e / ((1 + e) * (1 + e));
    },
    homogeneous: false,
    // σ(0) = ½ keeps a sigmoid layer's scale near 1, so c is never 0 here
    scaled: (u, c) => (c === 1 ? sigmoid(u) : sigmoid(u === 0 ? 0 : c * u) / c),
  },
  gelu: {
    name: 'gelu',
    label: 'GELU',
    // GELU(z) = z Φ(z), GELU'(z) = Φ(z) + z φ(z)
    f: (z) => z * normalCdf(z),
    df: (z) => normalCdf(z) + (Number.isFinite(z) ? z * INV_SQRT_2PI * exp(-0.5 * z * z) : 0),
    homogeneous: false,
    // GELU(c·u)/c = u Φ(c·u): finite for every c, and GELU tends to ReLU as |c·u| grows
    scaled: (u, c) => (u === 0 ? 0 : u * normalCdf(c * u)),
  },
};
