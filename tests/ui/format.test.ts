import { describe, expect, it } from 'vitest';
import { formatFixed, formatLog10, log10Parts, mantissaExponent, plural, powerOfTen, superscript } from '../../src/ui/format';

const forbidden = /NaN|Infinity|undefined|e[+-]\d/;

describe('superscript and powerOfTen', () => {
  it('writes exponents with superscript digits and minus', () => {
    expect(superscript(-8)).toBe('⁻⁸');
    expect(superscript(612)).toBe('⁶¹²');
    expect(powerOfTen(0)).toBe('10⁰');
    expect(powerOfTen(-308)).toBe('10⁻³⁰⁸');
  });
  it('never prints a non-finite exponent', () => {
    expect(powerOfTen(NaN)).toBe('—');
    expect(powerOfTen(Infinity)).toBe('—');
  });
});

describe('formatLog10', () => {
  it('prints special values as words', () => {
    expect(formatLog10(-Infinity)).toBe('0');
    expect(formatLog10(Infinity)).toBe('overflow');
    expect(formatLog10(NaN)).toBe('—');
  });
  it('prints moderate values as decimals', () => {
    expect(formatLog10(0)).toBe('1.0');
    expect(formatLog10(Math.log10(4.7))).toBe('4.7');
    expect(formatLog10(Math.log10(0.0123))).toBe('0.012');
    expect(formatLog10(Math.log10(123))).toBe('120');
  });
  it('prints large and small values with a power of ten', () => {
    expect(formatLog10(Math.log10(2.1e-8))).toBe('2.1×10⁻⁸');
    expect(formatLog10(612.5)).toBe('3.2×10⁶¹²');
    expect(formatLog10(-600)).toBe('1.0×10⁻⁶⁰⁰');
  });
  it('carries a mantissa that rounds up to 10 into the exponent', () => {
    expect(mantissaExponent(Math.log10(9.99e5))).toEqual({ mantissa: 1, exponent: 6 });
    expect(formatLog10(Math.log10(9.99e5))).toBe('1.0×10⁶');
    expect(formatLog10(Math.log10(99.9))).toBe('100');
  });
  it('never prints NaN, Infinity, undefined or e-notation across a wide sweep', () => {
    for (let x = -700; x <= 700; x += 0.37) expect(formatLog10(x)).not.toMatch(forbidden);
    for (const d of [1, 2, 3]) expect(formatLog10(-3.3, d)).not.toMatch(forbidden);
  });
});

describe('formatFixed and plural', () => {
  it('formats finite numbers and dashes the rest', () => {
    expect(formatFixed(1.2, 2)).toBe('1.20');
    expect(formatFixed(-0.0001, 2)).toBe('0.00');
    expect(formatFixed(NaN, 2)).toBe('—');
    expect(formatFixed(-Infinity, 1)).toBe('—');
  });
  it('pluralises', () => {
    expect(plural(1, 'layer')).toBe('1 layer');
    expect(plural(50, 'layer')).toBe('50 layers');
  });
});

describe('log10Parts', () => {
  it('splits large and small values into mantissa and exponent for superscript markup', () => {
    expect(log10Parts(Math.log10(2.1e-8))).toEqual({ mantissa: '2.1', exponent: -8 });
    expect(log10Parts(Math.log10(4.7))).toEqual({ text: '4.7' });
    expect(log10Parts(-Infinity)).toEqual({ text: '0' });
    expect(log10Parts(NaN)).toEqual({ text: '—' });
  });
});
