// A proof shows exactly the steps revealed so far, in order, and only a placeholder for the
// next one: a step not yet revealed is not in the page at all.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProofSteps, type ProofStep } from '../../../src/ui/derivations/ProofSteps';

const STEPS: readonly ProofStep[] = [
  { key: 'a', text: 'first', math: ['residual.proof.h'] },
  { key: 'b', text: 'second', math: ['residual.proof.recursion'] },
  { key: 'c', text: 'third', math: ['residual.proof.jacobian'], extra: <em>live</em> },
];

const render = (shown: number) => renderToStaticMarkup(<ProofSteps steps={STEPS} shown={shown} />);

describe('ProofSteps', () => {
  it('with one step shown: that step, and a placeholder for the second', () => {
    const html = render(1);
    expect(html).toContain('first');
    expect(html).not.toContain('second');
    expect(html).toContain('Step 2 of 3');
    expect(html).toContain('data-math="residual.proof.h"');
  });

  it('shows the revealed steps in order with their formulas, and no placeholder at the end', () => {
    const two = render(2);
    expect(two.indexOf('first')).toBeLessThan(two.indexOf('second'));
    expect(two).not.toContain('third');
    const all = render(3);
    expect(all.match(/data-step="/g)).toHaveLength(3);
    expect(all).toContain('<em>live</em>');
    expect(all).not.toContain('What comes next?');
  });
});
