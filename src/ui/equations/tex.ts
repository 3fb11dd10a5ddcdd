// The TeX source of every equation the page shows, keyed by the label the compute core's
// comments use (`plain.backprop.F` …). Only these constants are ever rendered with KaTeX:
// no user text reaches the renderer.

import { NORM_EQUATIONS } from './normTex';

export interface Equation {
  /** TeX source, rendered inline-style */
  tex: string;
  /** a few plain words saying what the line does */
  note: string;
}

export const EQUATIONS = {
  'plain.forward.z': { tex: 'z_k = W_k F_{k-1} + b_k', note: 'pre-activation' },
  'plain.forward.F': { tex: 'F_k = \\sigma(z_k)', note: 'layer output' },
  'plain.backprop.z': { tex: '\\nabla_{z_k} L = D_k \\, \\nabla_{F_k} L', note: 'through the activation' },
  'plain.backprop.F': { tex: '\\nabla_{F_{k-1}} L = W_k^{\\top} \\nabla_{z_k} L', note: 'through the weights' },
  'plain.backprop.W': { tex: '\\nabla_{W_k} L = (\\nabla_{z_k} L) \\, F_{k-1}^{\\top}', note: 'weight gradient' },
  'plain.backprop.b': { tex: '\\nabla_{b_k} L = \\nabla_{z_k} L', note: 'bias gradient' },
  'plain.chain': {
    tex: '\\nabla_{F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} W_k^{\\top} D_k \\Bigr] \\nabla_{F_L} L',
    note: 'a product of L matrices: its size changes geometrically with depth',
  },
  'residual.forward.z': { tex: 'z_k = W_k F_{k-1} + b_k', note: 'pre-activation' },
  'residual.forward.F': { tex: 'F_k = F_{k-1} + \\alpha \\, V_k \\, \\sigma(z_k)', note: 'skip connection plus branch' },
  'residual.backprop.z': {
    tex: '\\nabla_{z_k} L = \\alpha \\, D_k V_k^{\\top} \\nabla_{F_k} L',
    note: 'into the branch',
  },
  'residual.backprop.F': {
    tex: '\\nabla_{F_{k-1}} L = \\nabla_{F_k} L + \\alpha \\, W_k^{\\top} D_k V_k^{\\top} \\nabla_{F_k} L',
    note: 'skip path plus branch path',
  },
  'residual.backprop.V': {
    tex: '\\nabla_{V_k} L = \\alpha \\, (\\nabla_{F_k} L) \\, \\sigma(z_k)^{\\top}',
    note: 'branch output weights',
  },
  'residual.backprop.W': { tex: '\\nabla_{W_k} L = (\\nabla_{z_k} L) \\, F_{k-1}^{\\top}', note: 'branch input weights' },
  'residual.backprop.b': { tex: '\\nabla_{b_k} L = \\nabla_{z_k} L', note: 'bias gradient' },
  'residual.chain': {
    tex: '\\nabla_{F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} \\bigl(I + \\alpha \\, W_k^{\\top} D_k V_k^{\\top}\\bigr) \\Bigr] \\nabla_{F_L} L',
    note: 'every factor contains I: the gradient always has a direct path down',
  },
  'derivative.D': { tex: 'D_k = \\operatorname{diag} \\sigma\'(z_k)', note: 'slopes of the activation' },
  'readout.gradF': { tex: '\\lVert \\nabla_{F_k} L \\rVert', note: 'gradient norm at layer k' },
  'readout.normF': { tex: '\\lVert F_k \\rVert', note: 'activation norm at layer k' },
  'readout.gradW': { tex: '\\lVert \\nabla_{W_k} L \\rVert_F', note: 'weight-gradient norm at layer k' },
  'readout.meanD': { tex: '\\overline{D_k}', note: 'mean slope at layer k' },
  'training.model': {
    tex: 'F_0 = E x + e, \\quad F_k = \\text{layer}_k(F_{k-1}), \\quad o = R F_L + r',
    note: 'fixed embedding of x ∈ ℝ², the course\'s L layers, trained read-out',
  },
  'training.loss.xent': { tex: '\\ell = -\\log \\operatorname{softmax}(o)_y', note: 'softmax cross-entropy; chance is ln 2 ≈ 0.693' },
  'training.loss.mse': { tex: '\\ell = \\tfrac12 (o - y)^2', note: 'squared error to the teacher network' },
  'training.sgd': { tex: '\\theta \\leftarrow \\theta - \\eta \\, \\nabla_\\theta L', note: 'plain gradient descent' },
  'training.momentum': {
    tex: 'v \\leftarrow 0.9 \\, v + \\nabla_\\theta L, \\quad \\theta \\leftarrow \\theta - \\eta \\, v',
    note: 'SGD with momentum',
  },
  'training.adam': {
    tex: '\\theta \\leftarrow \\theta - \\eta \\, \\hat m \\,/\\, (\\sqrt{\\hat s} + \\epsilon)',
    note: 'Adam: rescales each coordinate of the gradient',
  },
  'training.clip': { tex: 'g \\leftarrow g \\cdot \\min(1, \\, c / \\lVert g \\rVert)', note: 'clipping by global norm' },
  ...NORM_EQUATIONS,
} as const satisfies Record<string, Equation>;

export type EquationId = keyof typeof EQUATIONS;

/** Equation ids in reading order, per panel section. */
export const PLAIN_FORWARD: readonly EquationId[] = ['plain.forward.z', 'plain.forward.F', 'derivative.D'];
export const PLAIN_BACKWARD: readonly EquationId[] = ['plain.backprop.z', 'plain.backprop.F', 'plain.backprop.W', 'plain.backprop.b'];
export const RESIDUAL_FORWARD: readonly EquationId[] = ['residual.forward.z', 'residual.forward.F'];
export const RESIDUAL_BACKWARD: readonly EquationId[] = [
  'residual.backprop.z', 'residual.backprop.F', 'residual.backprop.V', 'residual.backprop.W', 'residual.backprop.b',
];
