// The equations the panel shows for each normalization and weight sharing: every line renders,
// the normalization step appears where the core applies it, and shared weights lose their index.

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { NORMS } from '../../../src/core/config';
import { equationSet, equationTex, tiedTex } from '../../../src/ui/equations/equationSets';
import { EQUATIONS } from '../../../src/ui/equations/tex';

const SETTINGS = (['plain', 'residual'] as const).flatMap((arch) => NORMS.flatMap((norm) => [false, true].map((tied) => ({ arch, norm, tied }))));

describe('equationSet', () => {
  it.each(SETTINGS)('$arch, $norm, tied $tied: every line is known, listed once, and renders', ({ arch, norm, tied }) => {
    const set = equationSet(arch, norm, tied);
    const ids = [...set.forward, ...set.backward, set.chain, ...set.after];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(EQUATIONS).toHaveProperty([id]);
      const html = katex.renderToString(equationTex(id, tied), { throwOnError: true, output: 'htmlAndMathml', trust: false });
      expect(html).not.toContain('katex-error');
    }
  });

  it('without normalization or sharing, shows the lines it always showed', () => {
    expect(equationSet('plain', 'none', false)).toEqual({
      forward: ['plain.forward.z', 'plain.forward.F', 'derivative.D'],
      backward: ['plain.backprop.z', 'plain.backprop.F', 'plain.backprop.W', 'plain.backprop.b'],
      chain: 'plain.chain',
      after: [],
    });
    expect(equationSet('residual', 'none', false).chain).toBe('residual.chain');
  });

  it('writes LN where the core applies it: inside the branch (Pre-LN), after the sum (Post-LN)', () => {
    const pre = equationSet('residual', 'pre-ln', false);
    const post = equationSet('residual', 'post-ln', false);
    expect(pre.forward.map((id) => EQUATIONS[id].tex).join(' ')).toContain('W_k \\operatorname{LN}(F_{k-1})');
    expect(post.forward.map((id) => EQUATIONS[id].tex).join(' ')).toContain('F_k = \\operatorname{LN}(G_k)');
    // Pre-LN keeps I alone in each factor; Post-LN multiplies the whole factor by J_LN
    expect(EQUATIONS[pre.chain].tex).toMatch(/\\bigl\(I \+ \\alpha \\, J_\{\\mathrm\{LN\}\}/);
    expect(EQUATIONS[post.chain].tex).toMatch(/\\bigr\) J_\{\\mathrm\{LN\}\}\(G_k\)/);
    for (const norm of ['pre-ln', 'post-ln'] as const) {
      expect(equationSet('plain', norm, false).backward).toContain('norm.ln.jacobian');
      expect(equationSet('residual', norm, false).backward).toContain('norm.ln.jacobian');
    }
    for (const arch of ['plain', 'residual'] as const) expect(equationSet(arch, 'batch', false).forward).toContain('norm.bn.forward');
  });

  it('with shared weights, adds the sum over layers and, for the plain network, the spectral-radius rate', () => {
    expect(equationSet('plain', 'none', true).backward.at(-1)).toBe('tied.backprop.sum');
    expect(equationSet('plain', 'none', true).after).toEqual(['tied.chain.linear']);
    expect(equationSet('residual', 'none', true).after).toEqual([]);
  });
});

describe('tiedTex', () => {
  it('drops the layer index of W, V, b and names layer k’s term of their gradients', () => {
    expect(tiedTex(EQUATIONS['plain.chain'].tex)).toContain('\\prod_{k=1}^{L} W^{\\top} D_k');
    expect(tiedTex(EQUATIONS['plain.backprop.W'].tex)).toBe('\\nabla^{(k)}_{W} L = (\\nabla_{z_k} L) \\, F_{k-1}^{\\top}');
    expect(tiedTex(EQUATIONS['residual.forward.F'].tex)).toBe('F_k = F_{k-1} + \\alpha \\, V \\, \\sigma(z_k)');
    expect(tiedTex(EQUATIONS['plain.forward.z'].tex)).toBe('z_k = W F_{k-1} + b');
  });

  it('leaves no W_k, V_k or b_k in any equation', () => {
    for (const { tex } of Object.values(EQUATIONS)) expect(tiedTex(tex)).not.toMatch(/[WVb]_k(?![A-Za-z0-9])/);
  });
});

describe('the BatchNorm product', () => {
  // ∇F_{k−1} = W_kᵀ J_BNᵀ D_k ∇F_k: the activation's slope first, then the batch Jacobian, then Wᵀ
  it.each(['plain', 'residual'] as const)('%s: the panel writes Wᵀ J_BN D, the order of the backward pass and of the proof', (arch) => {
    const chain = equationTex(equationSet(arch, 'batch', false).chain, false).replace(/\s|\\,/g, '');
    const w = chain.indexOf('\\mathbfW_k^{\\top}');
    const j = chain.indexOf('\\mathbfJ_{\\mathrm{BN},k}');
    const d = chain.indexOf('\\mathbfD_k');
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(j);
    expect(j).toBeLessThan(d);
  });
});
