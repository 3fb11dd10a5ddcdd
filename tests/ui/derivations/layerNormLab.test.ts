// The LayerNorm warm-up's numbers: the core's analytic Jacobian against central differences at
// the lab's points, and against properties any LN Jacobian has (symmetric, J1 = 0, Jx̂ = ε/s³ x̂).

import { describe, expect, it } from 'vitest';
import { NORM_EPS } from '../../../src/core';
import { drawLabExample } from '../../../src/core/layerDetail';
import { layerNormLab } from '../../../src/ui/derivations/layerNormLab';

const POINTS = [...Array.from({ length: 20 }, (_, seed) => drawLabExample(seed + 1).x), Float64Array.of(5, -5, 0.3), Float64Array.of(0.1, 0.2, 0.3)];

describe('layerNormLab', () => {
  it.each(POINTS.map((x) => [Array.from(x)]))('at x = %j the analytic and central-difference Jacobians agree', (x) => {
    const lab = layerNormLab(Float64Array.from(x));
    expect(lab.maxAbsDiff).toBeLessThan(1e-6);
    const { data } = lab.analytic;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      let rowSum = 0;
      let onXHat = 0;
      for (let j = 0; j < n; j++) {
        expect(data[i * n + j]).toBeCloseTo(data[j * n + i], 14);
        rowSum += data[i * n + j];
        onXHat += data[i * n + j] * lab.xHat[j];
      }
      expect(Math.abs(rowSum)).toBeLessThan(1e-12);
      expect(onXHat).toBeCloseTo((NORM_EPS / lab.s ** 3) * lab.xHat[i], 10);
    }
  });

  it('s is the population standard deviation with ε, computed independently', () => {
    const x = Float64Array.of(1, 2, 4);
    const m = 7 / 3;
    const variance = ((1 - m) ** 2 + (2 - m) ** 2 + (4 - m) ** 2) / 3;
    const lab = layerNormLab(x);
    expect(lab.s).toBeCloseTo(Math.sqrt(variance + 1e-5), 15);
    expect(Array.from(lab.xHat)).toEqual(Array.from(x, (v) => expect.closeTo((v - m) / Math.sqrt(variance + 1e-5), 14)));
  });
});
