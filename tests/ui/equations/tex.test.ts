import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { EQUATIONS, PLAIN_BACKWARD, PLAIN_FORWARD, RESIDUAL_BACKWARD, RESIDUAL_FORWARD, type EquationId } from '../../../src/ui/equations/tex';

describe('equation sources', () => {
  it.each(Object.keys(EQUATIONS) as EquationId[])('%s renders with throwOnError', (id) => {
    const html = katex.renderToString(EQUATIONS[id].tex, { throwOnError: true, output: 'htmlAndMathml', trust: false });
    expect(html).toContain('<math');
    expect(html).not.toContain('katex-error');
  });
  it('lists every section id once and only known ids', () => {
    const listed = [...PLAIN_FORWARD, ...PLAIN_BACKWARD, ...RESIDUAL_FORWARD, ...RESIDUAL_BACKWARD];
    expect(new Set(listed).size).toBe(listed.length);
    for (const id of listed) expect(EQUATIONS).toHaveProperty([id]);
  });
  it('puts α where the residual branch scales the gradient', () => {
    for (const id of ['residual.forward.F', 'residual.backprop.F', 'residual.backprop.z', 'residual.backprop.V', 'residual.chain'] as const) {
      expect(EQUATIONS[id].tex).toContain('\\alpha');
    }
  });
});
