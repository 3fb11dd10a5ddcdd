import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLearningRate, formatLoss, formatMeasuredSpeed, formatPercent, formatSpeed, lossChange } from '../../../src/ui/training/formatTraining';

const BAD = /NaN|Infinity|undefined|null/;

describe('training numbers', () => {
  it('losses to three significant digits, tiny and huge ones as powers of ten', () => {
    expect(formatLoss(0.6898)).toBe('0.690');
    expect(formatLoss(0.00434)).toBe('0.00434');
    expect(formatLoss(1.2949)).toBe('1.29');
    expect(formatLoss(1234.4)).toBe('1234');
    expect(formatLoss(3.2e-5)).toBe('3.2×10⁻⁵');
    expect(formatLoss(5.4e10)).toBe('5.4×10¹⁰');
    expect(formatLoss(Infinity)).toBe('overflow');
    expect(formatLoss(Number.NaN)).toBe('—');
  });

  it('percentages keep the digits that matter', () => {
    expect(formatPercent(0.512)).toBe('51\u00a0%');
    expect(formatPercent(0.9971)).toBe('99.7\u00a0%');
    expect(formatPercent(0.006)).toBe('0.6\u00a0%');
    expect(formatPercent(0.0004)).toBe('0.04\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatPercent(-3.2e6)).toBe('−3.2×10⁸\u00a0%');
  });

  it('says whether a loss fell, rose or barely moved', () => {
    expect(lossChange(0.69, 0.0043)).toBe('fell 99.4\u00a0% (0.690 → 0.00430)');
    expect(lossChange(0.69, 0.694)).toBe('rose 0.6\u00a0% (0.690 → 0.694)');
    expect(lossChange(0.693, 0.692)).toBe('barely moved (0.693 → 0.692)');
    expect(lossChange(Infinity, 3)).toBe('went (overflow → 3.00)');
  });

  it('speeds', () => {
    expect(formatSpeed(null)).toBe('as fast as possible');
    expect(formatSpeed(1)).toBe('1 step/s');
    expect(formatMeasuredSpeed(20)).toBe('≈ 50 steps/s');
    expect(formatMeasuredSpeed(1600)).toBe('≈ 0.63 steps/s');
    expect(formatMeasuredSpeed(null)).toBe('');
    expect(formatLearningRate(0.02)).toBe('0.02');
    expect(formatLearningRate(1e-4)).toBe('1.0×10⁻⁴');
  });

  it('never prints NaN, Infinity, undefined or null for any double', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        for (const text of [formatLoss(a), formatPercent(a), lossChange(a, b), formatMeasuredSpeed(a), formatLearningRate(a)]) expect(text).not.toMatch(BAD);
      }),
    );
  });
});
