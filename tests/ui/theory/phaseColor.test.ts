// The diverging scale: white at 10⁰, blue for vanishing, red for exploding, saturating at
// 10^±PHASE_LIMIT; every value gets a colour and a verdict without "NaN".

import { describe, expect, it } from 'vitest';
import { PHASE_LIMIT, phaseColor, phaseVerdict } from '../../../src/ui/theory/phaseColor';

const rgb = (c: string) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g)!.map(Number));

describe('phaseColor', () => {
  it('is near white at 0, blue below and red above, symmetric in strength', () => {
    const [r0, g0, b0] = rgb(phaseColor(0));
    expect(Math.min(r0, g0, b0)).toBeGreaterThan(240);
    const [rb, , bb] = rgb(phaseColor(-3));
    const [rr, , br] = rgb(phaseColor(3));
    expect(bb).toBeGreaterThan(rb);
    expect(rr).toBeGreaterThan(br);
  });

  it('saturates beyond the limit and colours −Infinity (exactly zero) as the deepest blue', () => {
    expect(phaseColor(-PHASE_LIMIT - 50)).toBe(phaseColor(-PHASE_LIMIT));
    expect(phaseColor(PHASE_LIMIT + 50)).toBe(phaseColor(PHASE_LIMIT));
    expect(phaseColor(-Infinity)).toBe('#2166ac');
  });
});

describe('phaseVerdict', () => {
  it('names each regime in words', () => {
    expect(phaseVerdict(-5)).toBe('vanishing');
    expect(phaseVerdict(1.5)).toBe('within 10^±2');
    expect(phaseVerdict(7)).toBe('exploding');
    expect(phaseVerdict(-Infinity)).toBe('the gradient is exactly zero');
    expect(phaseVerdict(Number.NaN)).toBe('the forward pass overflowed');
  });
});
