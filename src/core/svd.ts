// Singular values for the Jacobian views: one-sided Jacobi (Hestenes), which keeps small
// singular values accurate to relative precision, unlike the eigenvalues of JᵀJ; and a power
// iteration for the largest one when only ‖M‖₂ is wanted.

/** Singular values of the m×n row-major matrix `a` (not modified), largest first. */
export function singularValues(a: Float64Array, m: number, n: number): Float64Array {
  // Work on columns: U = A, rotate column pairs until all are orthogonal; σ_j = ‖U[:, j]‖.
  const cols = Array.from({ length: n }, (_, j) => {
    const c = new Float64Array(m);
    for (let i = 0; i < m; i++) c[i] = a[i * n + j];
    return c;
  });
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const cp = cols[p], cq = cols[q];
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += cp[i] * cp[i];
          beta += cq[i] * cq[i];
          gamma += cp[i] * cq[i];
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const x = cp[i], y = cq[i];
          cp[i] = c * x - s * y;
          cq[i] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const sv = Float64Array.from(cols, (c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  return sv.sort().reverse();
}

/** ‖M‖₂ of an n×n row-major matrix by power iteration on MᵀM, to ~1e-10 relative. */
export function spectralNorm(M: Float64Array, n: number, maxIter = 2000): number {
  let v = new Float64Array(n).map((_, i) => 1 + ((i * 7919) % 13) / 13);
  let w = new Float64Array(n);
  let est = 0;
  for (let it = 0; it < maxIter; it++) {
    // w = M v, v' = Mᵀ w
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += M[r * n + j] * v[j];
      w[r] = s;
    }
    const next = new Float64Array(n);
    for (let r = 0; r < n; r++) for (let j = 0; j < n; j++) next[j] += M[r * n + j] * w[r];
    let vv = 0, nn = 0;
    for (let j = 0; j < n; j++) {
      vv += v[j] * v[j];
      nn += next[j] * v[j];
    }
    const rayleigh = Math.sqrt(Math.max(nn / vv, 0));
    const nrm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (nrm === 0) return 0;
    v = next.map((x) => x / nrm);
    w = new Float64Array(n);
    if (Math.abs(rayleigh - est) <= 1e-12 * rayleigh) return rayleigh;
    est = rayleigh;
  }
  return est;
}
