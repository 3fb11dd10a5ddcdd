// exp, log and tanh that give the same bits in every JavaScript engine. Math.exp and Math.log
// are not specified to the last bit, and Node's V8 and a browser's V8 do differ; these are
// ports of fdlibm's e_exp.c and e_log.c (Sun Microsystems, 1993), built only from IEEE
// arithmetic (+ − × ÷ and exact exponent manipulation), so the core's results are bit-identical
// wherever it runs. Accuracy: within 1 ulp, as fdlibm.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** index of the high (sign/exponent) word of a float64 in u32 */
const HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi >>> 0;
  return f64[0];
}

/** 2^k built from its bits, for -1074 ≤ k ≤ 1023. */
function pow2FromBits(k: number): number {
  if (k < -1022) return pow2FromBits(k + 54) * 5.551115123125783e-17; // × 2^-54, exact into the subnormals
  f64[0] = 0;
  u32[HI] = (k + 1023) << 20;
  return f64[0];
}

/** 2^k for k = -1074..1023 at index k + 1074: a lookup instead of bit surgery in hot loops. */
const POW2 = Float64Array.from({ length: 1023 + 1074 + 1 }, (_, i) => pow2FromBits(i - 1074));

/** 2^k for an integer k, exactly (0 below 2^-1074, Infinity above 2^1023). */
export function pow2(k: number): number {
  if (k > 1023) return Infinity;
  if (k < -1074) return 0;
  return POW2[k + 1074];
}

/** The double whose high word is `hi` and low word 0: |x| compared with it is fdlibm's high-word test. */
function fromHighWord(hi: number): number {
  return withHighWord(0, hi);
}

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e0;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const TWO_M1000 = 9.33263618503218878990e-302;
/** |x| ≥ this ⇔ high word of |x| > 0x3fd62e42; |x| < the next ⇔ high word < 0x3ff0a2b2, < 0x3e300000 */
const ABOVE_HALF_LN2 = fromHighWord(0x3fd62e43);
const BELOW_1_5_LN2 = fromHighWord(0x3ff0a2b2);
const TWO_M28 = fromHighWord(0x3e300000);

/** e^x (fdlibm __ieee754_exp). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > O_THRESHOLD) return Infinity;
  if (x < U_THRESHOLD) return 0;
  // fdlibm tests the high word of |x|; comparing |x| with the double of that high word (and a
  // zero low word) decides the same, without reading bits
  const ax = Math.abs(x);
  const negative = x < 0;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax >= ABOVE_HALF_LN2) {
    // |x| > ln2/2: x = k ln2 + r with |r| ≤ ln2/2
    if (ax < BELOW_1_5_LN2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TWO_M28) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  // y · 2^k: adding k to y's exponent is multiplying by 2^k, exact while the result is normal
  if (k >= -1021) return k === 1024 ? y * 2 * POW2[1023 + 1074] : y * POW2[k + 1074];
  return y * POW2[k + 1000 + 1074] * TWO_M1000;
}

const TWO54 = 1.80143985094819840000e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** ln x (fdlibm __ieee754_log). */
export function log(x: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54; // subnormal: scale up
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
  k += i >> 20;
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - R : dk * LN2_HI - ((R - dk * LN2_LO) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - ((hfsq - (s * (hfsq + R) + dk * LN2_LO)) - f);
  }
  return k === 0 ? f - s * (f - R) : dk * LN2_HI - ((s * (f - R) - dk * LN2_LO) - f);
}

const INV_LN10 = 0.43429448190325176;
const INV_LN2_ = 1.4426950408889634;

/** log10 x = ln x / ln 10. */
export function log10(x: number): number {
  return log(x) * INV_LN10;
}

/** log2 x = ln x / ln 2. */
export function log2(x: number): number {
  return log(x) * INV_LN2_;
}

/**
 * tanh x for |x| < 0.55, where 1 − e^{-2|x|} would cancel: the ninth convergent of Lambert's
 * continued fraction x/(1 + x²/(3 + x²/(5 + …))), written x − x·y·P(y)/Q(y) with y = x² and
 * integer coefficients, so the rational part is a small correction (within 2 ulp of the engine's
 * tanh over the interval; the truncation error is below 1e-19).
 */
export function tanhSmall(x: number): number {
  const y = x * x;
  const P = 218243025 + y * (16081065 + y * (289575 + y * (1430 + y)));
  const Q = 654729075 + y * (310134825 + y * (18918900 + y * (315315 + y * (1485 + y))));
  return x - (x * y * P) / Q;
}

/** tanh x: `tanhSmall` near 0, and (1 − e)/(1 + e) with e = e^{-2|x|} elsewhere. */
export function tanh(x: number): number {
  const a = Math.abs(x);
  if (a < 0.55) return a < 1e-9 ? x : tanhSmall(x);
  if (a > 22) return x > 0 ? 1 : -1;
  const e = exp(-2 * a);
  const t = (1 - e) / (1 + e);
  return x > 0 ? t : -t;
}
