// The TeX of the normalization steps and of the passes they change, keyed like tex.ts by the
// labels the core's comments use (`norm.ln.forward` …). LayerNorm and BatchNorm have no gain
// or shift; ε = 1e-5. With BatchNorm the samples of a batch are coupled, so a bold symbol is
// the whole batch stacked and the gradient is that of the batch's summed loss.

import type { Equation } from './tex';

export const NORM_EQUATIONS = {
  'norm.ln.forward': {
    tex: '\\operatorname{LN}(x) = \\hat x = \\frac{x - \\bar x \\mathbf 1}{s}, \\quad s = \\sqrt{\\operatorname{var} x + \\varepsilon}',
    note: 'over the n features of one sample',
  },
  'norm.ln.jacobian': {
    tex: 'J_{\\mathrm{LN}}(x) = \\tfrac{1}{s}\\bigl(I - \\tfrac{1}{n}\\mathbf 1 \\mathbf 1^{\\top} - \\tfrac{1}{n}\\hat x \\hat x^{\\top}\\bigr)',
    note: 'symmetric; kills the mean and the direction of x̂',
  },
  'norm.bn.forward': {
    tex: '\\hat z_k = \\operatorname{BN}(\\mathbf z_k) = \\frac{z_k - \\mu_k}{s_k}, \\quad s_k = \\sqrt{\\sigma_k^2 + \\varepsilon}',
    note: 'each feature over the batch',
  },
  'norm.bn.backprop': {
    tex: '\\nabla_{z_k} = \\tfrac{1}{s_k}\\bigl(\\nabla_{\\hat z_k} - \\overline{\\nabla_{\\hat z_k}} - \\hat z_k \\, \\overline{\\hat z_k \\odot \\nabla_{\\hat z_k}}\\bigr)',
    note: 'bars: means over the batch; couples the samples',
  },
  // plain, Pre-LN
  'plain.pre-ln.forward.z': { tex: 'z_k = W_k \\operatorname{LN}(F_{k-1}) + b_k', note: 'normalize, then the affine map' },
  'plain.pre-ln.backprop.F': {
    tex: '\\nabla_{F_{k-1}} L = J_{\\mathrm{LN}}(F_{k-1}) \\, W_k^{\\top} \\nabla_{z_k} L',
    note: 'through the weights, then LN',
  },
  'plain.pre-ln.backprop.W': { tex: '\\nabla_{W_k} L = (\\nabla_{z_k} L) \\operatorname{LN}(F_{k-1})^{\\top}', note: 'weight gradient' },
  'plain.pre-ln.chain': {
    tex: '\\nabla_{F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} J_{\\mathrm{LN}}(F_{k-1}) \\, W_k^{\\top} D_k \\Bigr] \\nabla_{F_L} L',
    note: 'one more factor per layer, still a product of L',
  },
  // plain, Post-LN
  'plain.post-ln.forward.F': { tex: 'F_k = \\operatorname{LN}\\bigl(\\sigma(z_k)\\bigr)', note: 'normalize each layer’s output' },
  'plain.post-ln.backprop.z': {
    tex: '\\nabla_{z_k} L = D_k \\, J_{\\mathrm{LN}}\\bigl(\\sigma(z_k)\\bigr) \\nabla_{F_k} L',
    note: 'through LN, then the activation',
  },
  'plain.post-ln.chain': {
    tex: '\\nabla_{F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} W_k^{\\top} D_k \\, J_{\\mathrm{LN}}\\bigl(\\sigma(z_k)\\bigr) \\Bigr] \\nabla_{F_L} L',
    note: 'LN resets the forward scale, not the backward product',
  },
  // BatchNorm, both architectures
  'plain.batch.forward.F': { tex: 'F_k = \\sigma(\\hat z_k)', note: 'layer output' },
  'batch.derivative.D': { tex: 'D_k = \\operatorname{diag} \\sigma\'(\\hat z_k)', note: 'slopes at the normalized z' },
  'plain.batch.backprop.z': { tex: '\\nabla_{\\hat z_k} L = D_k \\, \\nabla_{F_k} L', note: 'through the activation, then BN' },
  'plain.batch.chain': {
    tex: '\\nabla_{\\mathbf F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} \\mathbf W_k^{\\top} \\mathbf J_{\\mathrm{BN},k} \\, \\mathbf D_k \\Bigr] \\nabla_{\\mathbf F_L} L',
    note: 'bold: the whole batch; at init this product explodes with depth',
  },
  'residual.batch.forward.F': { tex: 'F_k = F_{k-1} + \\alpha \\, V_k \\, \\sigma(\\hat z_k)', note: 'skip plus normalized branch' },
  'residual.batch.backprop.z': { tex: '\\nabla_{\\hat z_k} L = \\alpha \\, D_k V_k^{\\top} \\nabla_{F_k} L', note: 'into the branch, then BN' },
  'residual.batch.chain': {
    tex: '\\nabla_{\\mathbf F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} \\bigl(I + \\alpha \\, \\mathbf W_k^{\\top} \\mathbf J_{\\mathrm{BN},k} \\mathbf D_k \\mathbf V_k^{\\top}\\bigr) \\Bigr] \\nabla_{\\mathbf F_L} L',
    note: 'the skip path still carries I',
  },
  // residual, Pre-LN
  'residual.pre-ln.forward.z': { tex: 'z_k = W_k \\operatorname{LN}(F_{k-1}) + b_k', note: 'LN inside the branch' },
  'residual.pre-ln.backprop.F': {
    tex: '\\nabla_{F_{k-1}} L = \\nabla_{F_k} L + J_{\\mathrm{LN}}(F_{k-1}) \\, W_k^{\\top} \\nabla_{z_k} L',
    note: 'the skip path is untouched',
  },
  'residual.pre-ln.backprop.W': { tex: '\\nabla_{W_k} L = (\\nabla_{z_k} L) \\operatorname{LN}(F_{k-1})^{\\top}', note: 'branch input weights' },
  'residual.pre-ln.chain': {
    tex: '\\nabla_{F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} \\bigl(I + \\alpha \\, J_{\\mathrm{LN}}(F_{k-1}) W_k^{\\top} D_k V_k^{\\top}\\bigr) \\Bigr] \\nabla_{F_L} L',
    note: 'every factor still contains I',
  },
  // residual, Post-LN
  'residual.post-ln.forward.G': { tex: 'G_k = F_{k-1} + \\alpha \\, V_k \\, \\sigma(z_k)', note: 'skip plus branch' },
  'residual.post-ln.forward.F': { tex: 'F_k = \\operatorname{LN}(G_k)', note: 'LN after the sum' },
  'residual.post-ln.backprop.G': { tex: '\\nabla_{G_k} L = J_{\\mathrm{LN}}(G_k) \\, \\nabla_{F_k} L', note: 'through LN first' },
  'residual.post-ln.backprop.z': { tex: '\\nabla_{z_k} L = \\alpha \\, D_k V_k^{\\top} \\nabla_{G_k} L', note: 'into the branch' },
  'residual.post-ln.backprop.F': {
    tex: '\\nabla_{F_{k-1}} L = \\nabla_{G_k} L + W_k^{\\top} \\nabla_{z_k} L',
    note: 'skip path plus branch path',
  },
  'residual.post-ln.backprop.V': { tex: '\\nabla_{V_k} L = \\alpha \\, (\\nabla_{G_k} L) \\, \\sigma(z_k)^{\\top}', note: 'branch output weights' },
  'residual.post-ln.chain': {
    tex: '\\nabla_{F_0} L = \\Bigl[\\, \\prod_{k=1}^{L} \\bigl(I + \\alpha \\, W_k^{\\top} D_k V_k^{\\top}\\bigr) J_{\\mathrm{LN}}(G_k) \\Bigr] \\nabla_{F_L} L',
    note: 'J_LN multiplies the skip path too: no clean identity path down',
  },
  // shared weights: each parameter's gradient sums one term per layer
  'tied.backprop.sum': {
    tex: '\\nabla_{W} L = \\sum_{k=1}^{L} \\nabla^{(k)}_{W} L',
    note: 'one matrix (and b, V): the chart shows each layer’s term',
  },
  'tied.chain.linear': {
    tex: '\\sigma = \\mathrm{id}: \\quad \\nabla_{F_0} L = (W^{\\top})^{L} \\, \\nabla_{F_L} L, \\quad \\lVert (W^{\\top})^{L} \\rVert_2^{1/L} \\to \\rho(W) \\le \\lVert W \\rVert_2',
    note: 'a recurrent net’s rate per step is the spectral radius',
  },
} as const satisfies Record<string, Equation>;
