// The mean-field overlay draws a line only for the settings its recursions describe.

import { describe, expect, it } from 'vitest';
import { NORMS } from '../../../src/core/config';
import { missingTheory } from '../../../src/ui/theory/theoryCoverage';

describe('missingTheory', () => {
  it('covers independent layers without normalization', () => {
    expect(missingTheory({ norm: 'none', tied: false })).toBeNull();
  });

  it.each(NORMS.flatMap((norm) => [true, false].map((tied) => ({ norm, tied }))).filter((s) => s.norm !== 'none' || s.tied))(
    'says in a sentence why there is no line for $norm, tied $tied',
    (setting) => {
      const text = missingTheory(setting);
      expect(text).toMatch(/^[A-Z].{40,300}\.$/);
      if (setting.tied) expect(text).toMatch(/shared/);
      else expect(text).toMatch(setting.norm === 'batch' ? /BatchNorm/ : /LayerNorm/);
    },
  );
});
