// Words and formulas of the theory views: the fixed point, χ and ξ never print "NaN" or
// "Infinity"; every TeX source renders with KaTeX; the overlay matches the result on screen and
// the kind of theory that describes it.

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { chiText, depthScaleText, qStarText } from '../../../src/ui/theory/fixedPointText';
import { overlayCurves } from '../../../src/ui/theory/overlayCurves';
import { THEORY_TEX } from '../../../src/ui/theory/theoryTex';
import { fixedPointSummary } from '../../../src/worker/jobs/theoryJobs';
import { DEFAULT_CONFIG } from '../../../src/core';
import { batchNormPrediction } from '../../../src/core/theory';

const BAD = /NaN|Infinity|undefined/;

describe('fixed-point text', () => {
  it('gives 0, divergence and criticality words', () => {
    expect(qStarText(0)).toBe('0');
    expect(qStarText(Infinity)).toBe('diverges');
    expect(qStarText(0.96084)).toBe('0.961');
    expect(chiText(Number.NaN)).toBe('—');
    expect(depthScaleText({ qStar: 0, chiStar: 1, depthScale: Infinity })).toMatch(/^∞: critical/);
    expect(depthScaleText({ qStar: Infinity, chiStar: Number.NaN, depthScale: null })).toMatch(/^not defined/);
  });

  it('states ξ and the e-folding length of the gradient norm, 2ξ', () => {
    const text = depthScaleText(fixedPointSummary({ ...DEFAULT_CONFIG, sigmaW: 1.5, sigmaB: 0.3 }));
    expect(text).toBe('16.9 layers: the gradient norm grows by a factor e every 2ξ ≈ 33.8 layers');
  });

  it('never prints NaN or Infinity across activations and scales', () => {
    for (const activation of ['identity', 'relu', 'leaky-relu', 'tanh', 'sigmoid', 'gelu'] as const) {
      for (const sigmaW of [0.1, 1, 1.41, 3, 10]) {
        for (const sigmaB of [0, 0.5, 5]) {
          const f = fixedPointSummary({ ...DEFAULT_CONFIG, activation, sigmaW, sigmaB });
          expect(`${qStarText(f.qStar)} ${chiText(f.chiStar)} ${depthScaleText(f)}`).not.toMatch(BAD);
        }
      }
    }
  });
});

describe('theory TeX', () => {
  it.each(Object.entries(THEORY_TEX))('%s renders', (_, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });
});

describe('overlayCurves', () => {
  const answer = (key: string, depth: number) => ({
    key,
    depth,
    fixed: { qStar: 0, chiStar: 1, depthScale: null },
    batchNorm: null,
    curves: (['plain', 'residual'] as const).map((arch) => ({ arch, log10Grad: new Float64Array(depth + 1).fill(arch === 'plain' ? -1 : 1), log10Q: new Float64Array(depth + 1), chi: new Float64Array(depth) })),
  });
  const batchNormAnswer = (key: string, depth: number) => {
    const { rate, log10Grad, chi } = batchNormPrediction('relu', 16, depth);
    return { key, depth, fixed: { qStar: 0, chiStar: 1, depthScale: null }, batchNorm: rate, curves: [{ arch: 'plain' as const, log10Grad, log10Q: null, chi }] };
  };

  it('takes the answer for the result on screen, else the newest of the same depth, else none', () => {
    const answers = [answer('new', 10), answer('shown', 10), answer('deep', 20)];
    expect(overlayCurves(answers, 'shown', 10, ['plain'], false)[0].values).toBe(answers[1].curves[0].log10Grad);
    expect(overlayCurves(answers, 'missing', 10, ['residual'], false)[0].values).toBe(answers[0].curves[1].log10Grad);
    expect(overlayCurves(answers, 'missing', 30, ['plain'], false)).toEqual([]);
    expect(overlayCurves(answers, 'deep', 10, ['plain'], false)).toEqual([]);
  });

  it('draws the BatchNorm curve for a BatchNorm result, and never stands one theory in for the other', () => {
    const answers = [answer('none', 10), batchNormAnswer('bn', 10)];
    const bn = overlayCurves(answers, 'bn', 10, ['plain'], true);
    expect(bn).toHaveLength(1);
    expect(bn[0].values).toBe(answers[1].curves[0].log10Grad);
    expect(bn[0].values[10]).toBe(0);
    expect(bn[0].values[0]).toBeCloseTo(0.5 * Math.log10(answers[1].batchNorm!.r0) + 9 * 0.5 * Math.log10(answers[1].batchNorm!.lambda), 12);
    // while the answer for the screen's BatchNorm network is not in, the newer plain answer is not used
    expect(overlayCurves([answer('none', 10)], 'bn-other', 10, ['plain'], true)).toEqual([]);
    expect(overlayCurves([batchNormAnswer('bn', 10)], 'none-other', 10, ['plain'], false)).toEqual([]);
    // the BatchNorm answer has no residual curve
    expect(overlayCurves(answers, 'bn', 10, ['plain', 'residual'], true).map((c) => c.arch)).toEqual(['plain']);
  });
});
