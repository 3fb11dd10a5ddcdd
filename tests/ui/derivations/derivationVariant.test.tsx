// The derivation sections follow the setting: for every architecture × normalization × weight
// sharing, the theorem states the equations panel's backward lines, the proof writes the
// normalization's Jacobian into the step it changes, and every formula is valid KaTeX. The
// untied, unnormalized network keeps the theorem and proof it always had.

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { NORMS, type NormName } from '../../../src/core/config';
import { equationSet } from '../../../src/ui/equations/equationSets';
import { derivationVariant } from '../../../src/ui/derivations/derivationVariant';
import { texSource, type MathId } from '../../../src/ui/derivations/derivationsTex';
import { plainProof } from '../../../src/ui/derivations/plainProof';
import { residualProof } from '../../../src/ui/derivations/residualProof';

const ARCHS = ['plain', 'residual'] as const;
const CASES = ARCHS.flatMap((arch) => NORMS.flatMap((norm) => [false, true].map((tied) => [arch, norm, tied] as const)));

const proof = (arch: (typeof ARCHS)[number], norm: NormName, tied: boolean) => (arch === 'plain' ? plainProof : residualProof)(norm, tied);
const proofIds = (arch: (typeof ARCHS)[number], norm: NormName, tied: boolean): MathId[] => proof(arch, norm, tied).flatMap((s) => [...s.math]);

describe('derivationVariant', () => {
  it.each(CASES)('%s, %s, tied %s: states the panel’s lines, and each formula renders with throwOnError', (arch, norm, tied) => {
    const v = derivationVariant(arch, norm, tied);
    const set = equationSet(arch, norm, tied);
    expect(v.key).toBe([arch, norm, ...(tied ? ['tied'] : [])].join(':'));
    expect(v.forward).toEqual(set.forward);
    if (norm !== 'none' || tied) expect(v.theorem.map((l) => l.id)).toEqual(set.backward);
    else expect(new Set(v.theorem.map((l) => l.id))).toEqual(new Set(set.backward));
    const ids = new Set<MathId>([...v.forward, ...v.theorem.map((l) => l.id), ...proofIds(arch, norm, tied)]);
    for (const id of ids) {
      const html = katex.renderToString(texSource(id, tied), { throwOnError: true, output: 'htmlAndMathml', trust: false, displayMode: true, fleqn: true });
      expect(html).toContain('<math');
    }
  });

  it('the untied, unnormalized network keeps the theorem and proof it always had', () => {
    expect(derivationVariant('plain', 'none', false).theorem).toEqual([
      { id: 'plain.backprop.z', terms: ['gradF', 'meanD'] },
      { id: 'plain.backprop.F', terms: ['gradFPrev', 'jacobian'] },
      { id: 'plain.backprop.W', terms: ['gradW'] },
      { id: 'plain.backprop.b', terms: ['gradB'] },
    ]);
    expect(derivationVariant('residual', 'none', false).theorem.map((l) => l.id)).toEqual([
      'residual.backprop.V', 'residual.backprop.z', 'residual.backprop.W', 'residual.backprop.b', 'residual.backprop.F',
    ]);
    expect(plainProof('none', false).map((s) => s.math)).toEqual([
      ['plain.proof.z', 'plain.backprop.z'], ['plain.proof.F', 'plain.backprop.F'], ['plain.proof.W', 'plain.backprop.W'],
      ['plain.proof.b', 'plain.backprop.b'], ['plain.proof.step', 'plain.chain'], ['plain.proof.bound'],
    ]);
    expect(residualProof('none', false).map((s) => s.math)).toEqual([
      ['residual.proof.h'], ['residual.proof.recursion'], ['residual.proof.jacobian'], ['residual.proof.chain'],
      ['residual.proof.split', 'residual.backprop.z', 'residual.backprop.F'],
      ['residual.proof.params', 'residual.backprop.V', 'residual.backprop.W', 'residual.backprop.b'],
      ['residual.proof.bound', 'residual.chain'],
    ]);
  });

  it('writes the LayerNorm Jacobian into the step it changes', () => {
    expect(proofIds('plain', 'pre-ln', false)).toEqual(expect.arrayContaining(['plain.pre-ln.proof.F', 'norm.ln.jacobian', 'plain.pre-ln.proof.step', 'ln.proof.bound']));
    expect(proofIds('plain', 'post-ln', false)).toEqual(expect.arrayContaining(['plain.post-ln.proof.z', 'norm.ln.jacobian', 'plain.post-ln.proof.step', 'ln.proof.bound']));
    // Pre-LN keeps the identity path; Post-LN multiplies it by J_LN
    expect(texSource('residual.pre-ln.proof.split')).toMatch(/^\\nabla_\{F_\{k-1\}\} L = \\nabla_\{F_k\} L \+ J_\{\\mathrm\{LN\}\}/);
    expect(proofIds('residual', 'pre-ln', false)).toEqual(expect.arrayContaining(['residual.pre-ln.proof.recursion', 'residual.pre-ln.proof.split', 'residual.pre-ln.backprop.F']));
    expect(texSource('residual.post-ln.proof.chain')).toContain('\\bigl(I + \\alpha W_k^{\\top} D_k V_k^{\\top}\\bigr) J_{\\mathrm{LN}}(G_k)^{\\top}');
    expect(proofIds('residual', 'post-ln', false)).toEqual(expect.arrayContaining(['residual.post-ln.proof.recursion', 'residual.post-ln.proof.chain', 'residual.post-ln.chain']));
  });

  it('with BatchNorm: the batch Jacobian between W_k and D_k, and no per-input spectral norm quoted', () => {
    for (const arch of ARCHS) {
      expect(proofIds(arch, 'batch', false)).toContain('batch.proof.jacobian');
      expect(derivationVariant(arch, 'batch', false).theorem.flatMap((l) => l.terms)).not.toContain('jacobian');
    }
    expect(texSource('plain.batch.proof.step')).toContain('\\mathbf W_k^{\\top} \\mathbf J_{\\mathrm{BN},k}\\, \\mathbf D_k');
    expect(texSource('batch.proof.jacobian')).toContain('I - \\tfrac{1}{B} \\mathbf 1 \\mathbf 1^{\\top} - \\tfrac{1}{B} \\hat{\\mathbf z} \\hat{\\mathbf z}^{\\top}');
  });

  it('quotes 1/s on the line where LN acts', () => {
    const terms = (arch: 'plain' | 'residual', norm: NormName) => derivationVariant(arch, norm, false).theorem.filter((l) => l.terms.includes('lnGain')).map((l) => l.id);
    expect(terms('plain', 'pre-ln')).toEqual(['plain.pre-ln.backprop.F']);
    expect(terms('plain', 'post-ln')).toEqual(['plain.post-ln.backprop.z']);
    expect(terms('residual', 'pre-ln')).toEqual(['residual.pre-ln.backprop.F']);
    expect(terms('residual', 'post-ln')).toEqual(['residual.post-ln.backprop.G']);
    expect(terms('plain', 'none')).toEqual([]);
  });

  it.each(CASES.filter(([, , tied]) => tied))('%s, %s, shared weights: one W, and the gradient sums the layers’ terms', (arch, norm) => {
    const ids = proofIds(arch, norm, true);
    expect(ids).toContain('tied.backprop.sum');
    // the per-entry partials of an untied layer are gone: they would name W_k
    expect(ids).not.toContain('plain.proof.W');
    expect(ids).not.toContain('residual.proof.params');
    for (const id of ids) expect(texSource(id, true)).not.toMatch(/[WVb]_k(?![A-Za-z0-9])/);
    expect(derivationVariant(arch, norm, true).qualifier).toMatch(/shared weights/);
  });

  it('the plain tied product uses one W and sits beside ρ(W) and ‖W‖₂', () => {
    expect(texSource('plain.chain', true)).toContain('\\prod_{k=1}^{L} W^{\\top} D_k');
    expect(proofIds('plain', 'none', true)).toEqual(expect.arrayContaining(['tied.proof.bound', 'tied.chain.linear']));
    expect(texSource('tied.chain.linear', true)).toContain('\\rho(W) \\le \\lVert W \\rVert_2');
  });
});
