// Which equations the panel shows for a setting: each architecture's forward and backward
// lines with the normalization step written in where the core applies it, and the product
// over layers. With shared weights every W_k, V_k, b_k is the one W, V, b, and each parameter
// gradient line names layer k's term of that parameter's gradient.

import type { Arch, NormName } from '../../core/config';
import { EQUATIONS, type EquationId } from './tex';

export interface EquationSet {
  forward: readonly EquationId[];
  backward: readonly EquationId[];
  /** the whole backward pass as one product */
  chain: EquationId;
  /** lines under the product: the tied network's rate */
  after: readonly EquationId[];
}

type Lines = Omit<EquationSet, 'after'>;

const PLAIN: Record<NormName, Lines> = {
  none: {
    forward: ['plain.forward.z', 'plain.forward.F', 'derivative.D'],
    backward: ['plain.backprop.z', 'plain.backprop.F', 'plain.backprop.W', 'plain.backprop.b'],
    chain: 'plain.chain',
  },
  'pre-ln': {
    forward: ['norm.ln.forward', 'plain.pre-ln.forward.z', 'plain.forward.F', 'derivative.D'],
    backward: ['plain.backprop.z', 'plain.pre-ln.backprop.F', 'norm.ln.jacobian', 'plain.pre-ln.backprop.W', 'plain.backprop.b'],
    chain: 'plain.pre-ln.chain',
  },
  'post-ln': {
    forward: ['plain.forward.z', 'plain.post-ln.forward.F', 'norm.ln.forward', 'derivative.D'],
    backward: ['plain.post-ln.backprop.z', 'norm.ln.jacobian', 'plain.backprop.F', 'plain.backprop.W', 'plain.backprop.b'],
    chain: 'plain.post-ln.chain',
  },
  batch: {
    forward: ['plain.forward.z', 'norm.bn.forward', 'plain.batch.forward.F', 'batch.derivative.D'],
    backward: ['plain.batch.backprop.z', 'norm.bn.backprop', 'plain.backprop.F', 'plain.backprop.W', 'plain.backprop.b'],
    chain: 'plain.batch.chain',
  },
};

const RESIDUAL: Record<NormName, Lines> = {
  none: {
    forward: ['residual.forward.z', 'residual.forward.F'],
    backward: ['residual.backprop.z', 'residual.backprop.F', 'residual.backprop.V', 'residual.backprop.W', 'residual.backprop.b'],
    chain: 'residual.chain',
  },
  'pre-ln': {
    forward: ['norm.ln.forward', 'residual.pre-ln.forward.z', 'residual.forward.F'],
    backward: [
      'residual.backprop.z', 'residual.pre-ln.backprop.F', 'norm.ln.jacobian', 'residual.backprop.V', 'residual.pre-ln.backprop.W',
      'residual.backprop.b',
    ],
    chain: 'residual.pre-ln.chain',
  },
  'post-ln': {
    forward: ['residual.forward.z', 'residual.post-ln.forward.G', 'residual.post-ln.forward.F'],
    backward: [
      'residual.post-ln.backprop.G', 'norm.ln.jacobian', 'residual.post-ln.backprop.z', 'residual.post-ln.backprop.F',
      'residual.post-ln.backprop.V', 'residual.backprop.W', 'residual.backprop.b',
    ],
    chain: 'residual.post-ln.chain',
  },
  batch: {
    forward: ['residual.forward.z', 'norm.bn.forward', 'residual.batch.forward.F', 'batch.derivative.D'],
    backward: [
      'residual.batch.backprop.z', 'norm.bn.backprop', 'residual.backprop.F', 'residual.backprop.V', 'residual.backprop.W',
      'residual.backprop.b',
    ],
    chain: 'residual.batch.chain',
  },
};

export function equationSet(arch: Arch, norm: NormName, tied: boolean): EquationSet {
  const lines = (arch === 'plain' ? PLAIN : RESIDUAL)[norm];
  if (!tied) return { ...lines, after: [] };
  return { ...lines, backward: [...lines.backward, 'tied.backprop.sum'], after: arch === 'plain' ? ['tied.chain.linear'] : [] };
}

/**
 * An equation's TeX with one W, V, b for every layer: ∇_{W_k} L becomes ∇^{(k)}_W L (layer k's
 * term of the shared matrix's gradient) and every other W_k, V_k, b_k drops its index.
 */
export function tiedTex(tex: string): string {
  return tex.replace(/\\nabla_\{([WVb])_k\}/g, '\\nabla^{(k)}_{$1}').replace(/([WVb])_k(?![A-Za-z0-9])/g, '$1');
}

type TexTable = Readonly<Record<EquationId, string>>;

/** Every equation's TeX by id. */
export const PANEL_TEX: TexTable = Object.fromEntries(Object.entries(EQUATIONS).map(([id, e]) => [id, e.tex])) as TexTable;

/** Every equation's TeX by id, for a network with shared weights. */
export const TIED_TEX: TexTable = Object.fromEntries(Object.entries(PANEL_TEX).map(([id, tex]) => [id, tiedTex(tex)])) as TexTable;

/** The TeX the panel renders for `id`. */
export function equationTex(id: EquationId, tied: boolean): string {
  return (tied ? TIED_TEX : PANEL_TEX)[id];
}
