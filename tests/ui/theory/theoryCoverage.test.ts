// The overlay draws a line only for the settings a theory describes: the mean-field recursions
// without normalization, Yang et al.'s BatchNorm rate for the plain network with a batch of at
// least 4, the probe loss and a nonlinear φ; everywhere else a sentence says why not.

import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, NORMS, type Arch } from '../../../src/core/config';
import { missingTheory, type CoverageSetting } from '../../../src/ui/theory/theoryCoverage';

const base: CoverageSetting = { norm: 'none', tied: false, batch: 16, activation: 'relu', loss: 'probe' };
const ARCHS: Arch[] = ['plain', 'residual'];
const SENTENCE = /^[A-Z].{40,300}\.$/;

describe('missingTheory', () => {
  it.each(ARCHS)('covers independent layers without normalization (%s)', (arch) => {
    expect(missingTheory(base, arch)).toBeNull();
  });

  it.each(ACTIVATIONS.filter((a) => a !== 'identity'))('covers the plain network with BatchNorm, %s, B = 4 and B = 1024', (activation) => {
    for (const batch of [4, 16, 1024]) expect(missingTheory({ ...base, norm: 'batch', activation, batch }, 'plain')).toBeNull();
  });

  it.each(NORMS.flatMap((norm) => [true, false].map((tied) => ({ norm, tied }))).filter((s) => s.norm !== 'none' || s.tied))(
    'says in a sentence why there is no line for $norm, tied $tied, in the residual network',
    (setting) => {
      const text = missingTheory({ ...base, ...setting }, 'residual');
      expect(text).toMatch(SENTENCE);
      if (setting.tied) expect(text).toMatch(/shared/);
      else expect(text).toMatch(setting.norm === 'batch' ? /BatchNorm sits inside each branch/ : /LayerNorm/);
    },
  );

  it('LayerNorm and shared weights have no line in the plain network either', () => {
    expect(missingTheory({ ...base, norm: 'pre-ln' }, 'plain')).toMatch(/LayerNorm/);
    expect(missingTheory({ ...base, norm: 'batch', tied: true }, 'plain')).toMatch(/shared/);
  });

  it.each<[string, Partial<CoverageSetting>, RegExp]>([
    ['B = 3, where the mean of 1/χ² with B − 1 degrees of freedom diverges', { batch: 3 }, /batch of 3.*diverges for B ≤ 3/],
    ['B = 1', { batch: 1 }, /batch of 1/],
    ['the squared-error loss', { loss: 'mse' }, /probe loss/],
    ['the identity, whose gradient below the top is exactly zero', { activation: 'identity' }, /exactly zero/],
  ])('plain with BatchNorm and %s: a sentence, no line', (_, change, words) => {
    const text = missingTheory({ ...base, norm: 'batch', ...change }, 'plain');
    expect(text).toMatch(SENTENCE);
    expect(text).toMatch(words);
  });
});
