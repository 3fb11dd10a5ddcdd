// The spectral radius against matrices whose eigenvalues are known in closed form.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { tiedSpectrum } from '../../src/core/linearCase';
import { log2SpectralRadius } from '../../src/core/spectralRadius';
import { haarOrthogonal } from '../../src/core/weights';
import { normalVector } from '../../src/core/random';

describe('spectral radius', () => {
  it('of a triangular matrix is its largest diagonal entry in magnitude, whatever lies above', () => {
    const n = 4;
    const T = Float64Array.from([0.5, 9, -3, 2, 0, -1.25, 7, 1, 0, 0, 0.75, -8, 0, 0, 0, 0.1]);
    expect(2 ** log2SpectralRadius(T, n)).toBeCloseTo(1.25, 6);
  });

  it('of a scaled rotation is its scale (complex eigenvalues r e^{±iθ})', () => {
    const r = 3.5;
    const t = 0.7;
    const R = Float64Array.of(r * Math.cos(t), -r * Math.sin(t), r * Math.sin(t), r * Math.cos(t));
    expect(2 ** log2SpectralRadius(R, 2)).toBeCloseTo(r, 8);
  });

  it('of a similarity transform S diag(λ) S⁻¹ is max |λ|, far below ‖·‖₂', () => {
    // S = [[1, 50], [0, 1]], S⁻¹ = [[1, −50], [0, 1]], λ = (0.9, −0.6)
    const M = Float64Array.of(0.9, -50 * 0.9 - 50 * 0.6, 0, -0.6);
    expect(2 ** log2SpectralRadius(M, 2)).toBeCloseTo(0.9, 6);
  });

  it('of a nilpotent matrix is zero, and of a Haar orthogonal matrix is one', () => {
    expect(log2SpectralRadius(Float64Array.of(0, 1, 0, 0), 2)).toBe(-Infinity);
    const Q = haarOrthogonal(normalVector(3, 'W', 1, 64, 1), 8);
    expect(Math.abs(log2SpectralRadius(Q, 8))).toBeLessThan(1e-6);
  });

  it('tiedSpectrum: ρ(W) ≤ ‖W‖₂, both scale with σ_w, and orthogonal W has ρ = ‖W‖₂ = σ_w', () => {
    const config = { ...DEFAULT_CONFIG, width: 16, sigmaW: 2, tied: true };
    const s = tiedSpectrum(config);
    expect(s.log10SpectralRadius).toBeLessThanOrEqual(s.log10SpectralNorm + 1e-9);
    const half = tiedSpectrum({ ...config, sigmaW: 1 });
    expect(s.log10SpectralRadius - half.log10SpectralRadius).toBeCloseTo(Math.log10(2), 9);
    const orth = tiedSpectrum({ ...config, init: 'orthogonal' });
    expect(orth.log10SpectralRadius).toBeCloseTo(Math.log10(2), 6);
    expect(orth.log10SpectralNorm).toBeCloseTo(Math.log10(2), 6);
  });
});
