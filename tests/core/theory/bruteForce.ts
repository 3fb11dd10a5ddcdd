// Independent, deliberately plain oracles for the theory tests: a composite trapezoid rule for
// E[f(√q z)] and the fixed point of the variance map by straight iteration with that rule.
// No adaptivity, no breakpoints, no log space: slow and obviously right for moderate q.

/**
 * E_{z~N(0,1)}[f(√q z)] = ∫ f(x) e^{−x²/2q} / √(2πq) dx by the trapezoid rule with N intervals
 * on |x| ≤ 40√q (φ(40) is below any double). For an integrand analytic in a strip (tanh,
 * sigmoid, sech⁴: poles at distance π/2) the error is O(e^{−π²/h}), far below 1e-12 for the
 * spacings used here (h ≤ 0.13 at q = 10⁵ with 200,000 intervals).
 */
export function trapezoidExpectation(f: (x: number) => number, q: number, N = 200_000): number {
  const R = 40 * Math.sqrt(q);
  const h = (2 * R) / N;
  let sum = 0;
  for (let i = 0; i <= N; i++) {
    const x = -R + i * h;
    const w = i === 0 || i === N ? 0.5 : 1;
    sum += w * f(x) * Math.exp((-0.5 * x * x) / q);
  }
  return (sum * h) / Math.sqrt(2 * Math.PI * q);
}

/** q* of q ← σ_w² E[φ(√q z)²] + σ_b² by plain iteration from q = 1, each step by trapezoid. */
export function bruteForceFixedPoint(f: (x: number) => number, sigmaW: number, sigmaB: number, N = 20_000): number {
  let q = 1;
  for (let it = 0; it < 5000; it++) {
    const next = sigmaW * sigmaW * trapezoidExpectation((x) => f(x) ** 2, q, N) + sigmaB * sigmaB;
    if (Math.abs(next - q) < 1e-15 * next) return next;
    q = next;
  }
  return q;
}

/** sech²(x) = tanh'(x), written independently of the core's activation table. */
export function sech2(x: number): number {
  const c = Math.cosh(Math.min(Math.abs(x), 700));
  return 1 / (c * c);
}
