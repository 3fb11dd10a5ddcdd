// The numbers in the equations are the core's own: read straight from the result and the layer
// detail for the same layer, never recomputed.

import { describe, expect, it } from 'vitest';
import { computeGradients, DEFAULT_CONFIG } from '../../../src/core';
import { layerDetail } from '../../../src/core/layerDetail';
import { depthSummary } from '../../../src/ui/derivations/depthSummary';
import { layerNumbers } from '../../../src/ui/derivations/layerNumbers';

const config = { ...DEFAULT_CONFIG, depth: 9, width: 8, batch: 4, branchScale: 0.5 };
const result = computeGradients(config, 'both');

describe('layerNumbers', () => {
  it('reads layer k of the result for each architecture', () => {
    for (const arch of ['plain', 'residual'] as const) {
      const a = result[arch]!;
      const n = layerNumbers(result, arch, 4, null)!;
      expect(n).toMatchObject({ arch, k: 4, gradF: a.gradF.p50[4], gradFPrev: a.gradF.p50[3], meanD: a.meanD[3], gradW: a.gradW[3], gradB: a.gradB[3] });
      expect(n.gradV).toBe(arch === 'residual' ? a.gradV![3] : null);
      expect(n.jacobian).toBeNull();
    }
  });

  it('takes the Jacobian norm from the detail of the same layer, with α for the residual branch', () => {
    const detail = layerDetail(config, 'both', 4);
    expect(layerNumbers(result, 'plain', 4, detail)!.jacobian).toBe(detail.plain!.log10Norm);
    expect(layerNumbers(result, 'residual', 4, detail)!.jacobian).toBeCloseTo(detail.residual!.log10Norm + Math.log10(0.5), 14);
    expect(layerNumbers(result, 'plain', 5, detail)!.jacobian).toBeNull();
  });

  it('takes ‖J_LN‖₂ = 1/s from the detail with LayerNorm, and has none without it', () => {
    const ln = { ...config, norm: 'post-ln' as const };
    const detail = layerDetail(ln, 'both', 4);
    const lnResult = computeGradients(ln, 'both');
    expect(layerNumbers(lnResult, 'residual', 4, detail)!.lnGain).toBe(detail.residual!.log10LnGain);
    expect(layerNumbers(lnResult, 'plain', 4, detail)!.lnGain).toBe(detail.plain!.log10LnGain);
    expect(layerNumbers(result, 'plain', 4, layerDetail(config, 'both', 4))!.lnGain).toBeNull();
  });

  it('is null for an architecture not computed or a layer outside 1..L', () => {
    expect(layerNumbers(computeGradients(config, 'residual'), 'plain', 2, null)).toBeNull();
    expect(layerNumbers(result, 'plain', 0, null)).toBeNull();
    expect(layerNumbers(result, 'plain', 10, null)).toBeNull();
    expect(layerNumbers(null, 'plain', 1, null)).toBeNull();
  });
});

describe('depthSummary', () => {
  it('gives the top, the bottom and the average factor per layer', () => {
    const s = depthSummary(result.plain)!;
    const p50 = result.plain!.gradF.p50;
    expect(s).toMatchObject({ depth: 9, top: p50[9], bottom: p50[0] });
    expect(s.perLayer! ** 9).toBeCloseTo(10 ** (p50[0] - p50[9]), 10);
  });
});
