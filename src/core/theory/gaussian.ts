// Gaussian expectations E_{z~N(0,1)}[f(√q z)] for every q from 0 to past 10^300, to ~1e-12
// relative accuracy, including integrands with sharp features such as sech⁴(√q z) at large q.
//
// Why not one fixed Gauss–Hermite rule: its N nodes near z = 0 are about π/√N apart (0.22 for
// N = 200), so once the feature of f(√q z) at z = 0, of width ~1/√q, is narrower than that
// (q ≳ 20–50 for sech⁴) it falls between nodes. Instead the z-axis is cut at 0, at the feature
// scales of f mapped into z (x_j/√q for x_j = 1, 4, 16, 64: where activations bend, and where
// sech⁴ has decayed below e^-256), and at z = 2, 5, 9 for the Gaussian itself; then adaptive
// Gauss–Legendre (20 points, error estimated against the 10-point rule, worst panel bisected
// until the summed error is below relTol × ∫|g|φ). Each panel then holds a function that is
// smooth on its own length, which is where Gauss–Legendre converges exponentially. Kinks
// (ReLU, the step 1{z>0}) sit exactly on the breakpoint 0, so they cost nothing.

/** Integration range: φ(40) ≈ 10^-348, below any double, so nothing beyond |z| = 40 counts. */
const Z_MAX = 40;
/** Where activations bend (x of order 1) and where e^{-4x} tails are gone (x = 64): in x = √q z units. */
const FEATURE_X = [1, 4, 16, 64];
/** Where φ(z) itself changes scale. */
const GAUSSIAN_Z = [2, 5, 9];
/** Panels allowed in one expectation before accepting what is there (never reached in the tests). */
const MAX_PANELS = 4000;
export const DEFAULT_REL_TOL = 1e-12;

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

interface Rule {
  x: Float64Array;
  w: Float64Array;
}

/** Gauss–Legendre nodes and weights on [−1, 1]: Newton on P_n from the three-term recurrence. */
export function gaussLegendre(n: number): Rule {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let t = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = t;
      for (let j = 2; j <= n; j++) {
        const p2 = ((2 * j - 1) * t * p1 - (j - 1) * p0) / j;
        p0 = p1;
        p1 = p2;
      }
      // P_n'(t) = n (t P_n − P_{n−1}) / (t² − 1)
      dp = (n * (t * p1 - p0)) / (t * t - 1);
      const dt = p1 / dp;
      t -= dt;
      if (Math.abs(dt) < 1e-16) break;
    }
    x[i] = -t;
    x[n - 1 - i] = t;
    w[i] = w[n - 1 - i] = 2 / ((1 - t * t) * dp * dp);
  }
  return { x, w };
}

const G20 = gaussLegendre(20);
const G10 = gaussLegendre(10);

interface Panel {
  a: number;
  b: number;
  /** 20-point estimates of ∫_a^b h_j, one per component j */
  value: Float64Array;
  /** 20-point estimates of ∫_a^b |h_j|, the scale the tolerance is relative to */
  mass: Float64Array;
  /** |20-point − 10-point| per component: pessimistic, so the accepted value is better than claimed */
  error: Float64Array;
}

/** A vector integrand: writes h_j(z) into out[j]. Several moments share one set of nodes. */
export type VectorIntegrand = (z: number, out: Float64Array) => void;

/** Both rules on [a, b] for the integrand h(z)·φ(z). */
function panel(h: VectorIntegrand, m: number, a: number, b: number, out: Float64Array): Panel {
  const mid = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const value = new Float64Array(m);
  const mass = new Float64Array(m);
  const coarse = new Float64Array(m);
  for (let i = 0; i < 20; i++) {
    const z = mid + half * G20.x[i];
    h(z, out);
    const w = G20.w[i] * INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    for (let j = 0; j < m; j++) {
      const v = w * out[j];
      value[j] += v;
      mass[j] += Math.abs(v);
    }
  }
  for (let i = 0; i < 10; i++) {
    const z = mid + half * G10.x[i];
    h(z, out);
    const w = G10.w[i] * INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    for (let j = 0; j < m; j++) coarse[j] += w * out[j];
  }
  const error = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    error[j] = half * Math.abs(value[j] - coarse[j]);
    value[j] *= half;
    mass[j] *= half;
  }
  return { a, b, value, mass, error };
}

/** ∫ h φ over [breaks[0], breaks[last]], adaptively, the breakpoints kept as panel edges. */
function integrateAdaptive(h: VectorIntegrand, m: number, breaks: number[], relTol: number): Float64Array {
  const out = new Float64Array(m);
  const panels: Panel[] = [];
  for (let i = 0; i + 1 < breaks.length; i++) panels.push(panel(h, m, breaks[i], breaks[i + 1], out));
  // the floor of 1e-15 × mass is rounding: asking for less would split forever
  const tol = Math.max(relTol, 1e-15);
  const error = new Float64Array(m);
  const mass = new Float64Array(m);
  while (panels.length < MAX_PANELS) {
    error.fill(0);
    mass.fill(0);
    for (const p of panels) {
      for (let j = 0; j < m; j++) {
        error[j] += p.error[j];
        mass[j] += p.mass[j];
      }
    }
    let done = true;
    for (let j = 0; j < m; j++) if (error[j] > tol * mass[j]) done = false;
    if (done) break;
    // split the panel whose error is largest relative to its component's total
    const score = (p: Panel) => {
      let s = 0;
      for (let j = 0; j < m; j++) if (mass[j] > 0) s = Math.max(s, p.error[j] / mass[j]);
      return s;
    };
    let worst = 0;
    for (let i = 1; i < panels.length; i++) if (score(panels[i]) > score(panels[worst])) worst = i;
    const { a, b } = panels[worst];
    const mid = 0.5 * (a + b);
    if (!(mid > a && mid < b)) break;
    panels[worst] = panel(h, m, a, mid, out);
    panels.push(panel(h, m, mid, b, out));
  }
  const sum = new Float64Array(m);
  for (const p of panels) for (let j = 0; j < m; j++) sum[j] += p.value[j];
  return sum;
}

/** Panel edges on [−Z_MAX, Z_MAX] for an integrand with features on the scale featureWidth. */
function breakpoints(featureWidth: number): number[] {
  const cuts = new Set<number>([0, Z_MAX]);
  for (const z of GAUSSIAN_Z) cuts.add(z);
  for (const x of FEATURE_X) {
    const z = x * featureWidth;
    if (z > 0 && z < Z_MAX) cuts.add(z);
  }
  const positive = [...cuts].sort((s, t) => s - t);
  return [...positive.slice(1).reverse().map((z) => -z), ...positive];
}

/**
 * E_{z~N(0,1)}[h_j(z)] for the m components of a vector integrand at once, each to relTol
 * relative to E|h_j|. Features as for normalExpectation.
 */
export function normalExpectations(h: VectorIntegrand, m: number, featureWidth = 1, relTol = DEFAULT_REL_TOL): Float64Array {
  return integrateAdaptive(h, m, breakpoints(featureWidth), relTol);
}

/**
 * E_{z~N(0,1)}[g(z)] where g has its sharp features within a few multiples of `featureWidth`
 * of z = 0 (g(z) = f(√q z) has featureWidth 1/√q). featureWidth may be 0 or Infinity.
 */
export function normalExpectation(g: (z: number) => number, featureWidth = 1, relTol = DEFAULT_REL_TOL): number {
  return normalExpectations((z, out) => {
    out[0] = g(z);
  }, 1, featureWidth, relTol)[0];
}

/**
 * [meanfield.gauss] E_{z~N(0,1)}[f(√q z)]. q = 0 gives f(0); f must be finite on |x| ≤ 40√q.
 */
export function gaussianExpectation(f: (x: number) => number, q: number, relTol = DEFAULT_REL_TOL): number {
  if (!(q >= 0) || q === Infinity) throw new RangeError(`q must be finite and ≥ 0, got ${q}`);
  if (q === 0) return f(0);
  const c = Math.sqrt(q);
  return normalExpectation((z) => f(c * z), 1 / c, relTol);
}
