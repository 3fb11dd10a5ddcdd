// --help lists every flag the parser accepts, with the ranges from the shared table.

import { describe, expect, it } from 'vitest';
import { NUMERIC } from '../../src/core/config';
import { FLAG_NAMES } from '../../src/cli/flags';
import { helpText } from '../../src/cli/help';

describe('helpText', () => {
  const text = helpText();

  it('names every flag', () => {
    for (const flag of FLAG_NAMES) expect(text).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
  });

  it('lists the normalizations, the tied switch, and defines the per-sample and tied gradients', () => {
    expect(text).toContain('one of none, pre-ln, post-ln, batch (default none)');
    expect(text).toMatch(/^ {2}--tied +\S.*\(default off\)$/m);
    expect(text).toContain('∂(Σ_j L_j)/∂F_k(x_i)');
    expect(text).toContain('its\nown term in the shared matrix');
  });

  it('quotes the ranges of NUMERIC', () => {
    expect(text).toContain(`an integer in [${NUMERIC.depth.min}, ${NUMERIC.depth.max}] (default ${NUMERIC.depth.default})`);
    expect(text).toContain(`a number in [${NUMERIC.inputScale.min}, ${NUMERIC.inputScale.max}]`);
  });
});
