// The TeX the derivations add for a normalized network: the proof lines of Theorem 10.1 and of
// the residual backprop equations with the LN or BN step written in. J_LN is symmetric, so
// J_LNᵀ = J_LN; the lines keep the ᵀ where the chain rule puts it, so each step reads as the
// untied, unnormalized one with one factor more. With BatchNorm a bold symbol is the whole batch.

export const NORM_PROOF_TEX = {
  // plain, Pre-LN: a_k = LN(F_{k-1})
  'plain.pre-ln.proof.F':
    '\\nabla_{F_{k-1}} L = \\Bigl(\\frac{\\partial z_k}{\\partial F_{k-1}}\\Bigr)^{\\!\\top} \\nabla_{z_k} L = \\bigl(W_k\\, J_{\\mathrm{LN}}(F_{k-1})\\bigr)^{\\top} \\nabla_{z_k} L',
  'plain.pre-ln.proof.W': '\\frac{\\partial L}{\\partial (W_k)_{ij}} = (\\nabla_{z_k} L)_i\\, \\bigl(\\operatorname{LN}(F_{k-1})\\bigr)_j',
  'plain.pre-ln.proof.step': '\\nabla_{F_{k-1}} L = J_{\\mathrm{LN}}(F_{k-1})^{\\top}\\, W_k^{\\top} D_k\\, \\nabla_{F_k} L',
  // plain, Post-LN: F_k = LN(σ(z_k))
  'plain.post-ln.proof.z':
    '\\nabla_{z_k} L = \\Bigl(\\frac{\\partial F_k}{\\partial z_k}\\Bigr)^{\\!\\top} \\nabla_{F_k} L = \\bigl(J_{\\mathrm{LN}}(\\sigma(z_k))\\, D_k\\bigr)^{\\top} \\nabla_{F_k} L = D_k\\, J_{\\mathrm{LN}}\\bigl(\\sigma(z_k)\\bigr)^{\\top} \\nabla_{F_k} L',
  'plain.post-ln.proof.step': '\\nabla_{F_{k-1}} L = W_k^{\\top} D_k\\, J_{\\mathrm{LN}}\\bigl(\\sigma(z_k)\\bigr)^{\\top} \\nabla_{F_k} L',
  // both LN placements: one more factor per layer
  'ln.proof.bound':
    '\\lVert \\nabla_{F_0} L \\rVert \\le \\Bigl[\\, \\prod_{k=1}^{L} \\lVert J_{\\mathrm{LN},k} \\rVert_2\\, \\lVert W_k^{\\top} D_k \\rVert_2 \\Bigr] \\lVert \\nabla_{F_L} L \\rVert, \\qquad \\lVert J_{\\mathrm{LN},k} \\rVert_2 = \\frac{1}{s_k}',
  // BatchNorm: one feature j of layer k, its B values over the batch stacked
  'batch.proof.zhat': '\\nabla_{\\hat z_k} L = \\Bigl(\\frac{\\partial F_k}{\\partial \\hat z_k}\\Bigr)^{\\!\\top} \\nabla_{F_k} L = D_k\\, \\nabla_{F_k} L',
  'batch.proof.jacobian':
    '\\mathbf z = \\bigl((z_k)_j(x_1), \\dots, (z_k)_j(x_B)\\bigr): \\quad J_{\\mathrm{BN}} = \\frac{\\partial \\hat{\\mathbf z}}{\\partial \\mathbf z} = \\tfrac{1}{s}\\bigl(I - \\tfrac{1}{B} \\mathbf 1 \\mathbf 1^{\\top} - \\tfrac{1}{B} \\hat{\\mathbf z} \\hat{\\mathbf z}^{\\top}\\bigr)',
  'batch.proof.b': 'J_{\\mathrm{BN}} \\mathbf 1 = 0 \\;\\Rightarrow\\; \\nabla_{b_k} L = \\sum_{i=1}^{B} \\nabla_{z_k} L_i = 0',
  'plain.batch.proof.step': '\\nabla_{\\mathbf F_{k-1}} L = \\mathbf W_k^{\\top} \\mathbf J_{\\mathrm{BN},k}\\, \\mathbf D_k\\, \\nabla_{\\mathbf F_k} L',
  'batch.proof.bound':
    '\\lVert \\nabla_{\\mathbf F_0} L \\rVert \\le \\Bigl[\\, \\prod_{k=1}^{L} \\lVert W_k \\rVert_2\\, \\lVert \\mathbf J_{\\mathrm{BN},k} \\rVert_2\\, \\lVert D_k \\rVert_2 \\Bigr] \\lVert \\nabla_{\\mathbf F_L} L \\rVert, \\qquad \\lVert \\mathbf J_{\\mathrm{BN},k} \\rVert_2 = \\max_j \\frac{1}{s_{k,j}}',
  // shared weights
  'tied.proof.bound':
    '\\lVert \\nabla_{F_0} L \\rVert \\le \\lVert W \\rVert_2^{L} \\Bigl[\\, \\prod_{k=1}^{L} \\lVert D_k \\rVert_2 \\Bigr] \\lVert \\nabla_{F_L} L \\rVert',
  // residual, Pre-LN
  'residual.pre-ln.proof.recursion': 'h_{k-1}(F_{k-1}) = h_k\\bigl(F_{k-1} + \\alpha V_k\\, \\sigma(W_k \\operatorname{LN}(F_{k-1}) + b_k)\\bigr)',
  'residual.pre-ln.proof.jacobian':
    'J\\bigl[F \\mapsto F + \\alpha V_k\\, \\sigma(W_k \\operatorname{LN}(F) + b_k)\\bigr] = I + \\alpha V_k D_k W_k\\, J_{\\mathrm{LN}}(F_{k-1})',
  'residual.pre-ln.proof.chain': '\\nabla h_{k-1}(F_{k-1}) = \\bigl(I + \\alpha V_k D_k W_k\\, J_{\\mathrm{LN}}(F_{k-1})\\bigr)^{\\top} \\nabla h_k(F_k)',
  'residual.pre-ln.proof.split':
    '\\nabla_{F_{k-1}} L = \\nabla_{F_k} L + J_{\\mathrm{LN}}(F_{k-1})^{\\top} W_k^{\\top} \\underbrace{\\alpha D_k V_k^{\\top} \\nabla_{F_k} L}_{\\nabla_{z_k} L}',
  'residual.pre-ln.proof.bound':
    '\\lVert \\nabla_{F_{k-1}} L \\rVert \\ge \\bigl(1 - \\alpha \\lVert J_{\\mathrm{LN}}(F_{k-1}) \\rVert_2 \\lVert W_k^{\\top} D_k V_k^{\\top} \\rVert_2\\bigr) \\lVert \\nabla_{F_k} L \\rVert',
  // residual, Post-LN: G_k = F_{k-1} + α V_k σ(z_k), F_k = LN(G_k)
  'residual.post-ln.proof.recursion': 'h_{k-1}(F_{k-1}) = h_k\\bigl(\\operatorname{LN}\\bigl(F_{k-1} + \\alpha V_k\\, \\sigma(W_k F_{k-1} + b_k)\\bigr)\\bigr)',
  'residual.post-ln.proof.jacobian':
    'J\\bigl[F \\mapsto \\operatorname{LN}\\bigl(F + \\alpha V_k\\, \\sigma(W_k F + b_k)\\bigr)\\bigr] = J_{\\mathrm{LN}}(G_k)\\, \\bigl(I + \\alpha V_k D_k W_k\\bigr)',
  'residual.post-ln.proof.chain': '\\nabla h_{k-1}(F_{k-1}) = \\bigl(I + \\alpha W_k^{\\top} D_k V_k^{\\top}\\bigr) J_{\\mathrm{LN}}(G_k)^{\\top} \\nabla h_k(F_k)',
  'residual.post-ln.proof.split':
    '\\nabla_{F_{k-1}} L = \\underbrace{J_{\\mathrm{LN}}(G_k)^{\\top} \\nabla_{F_k} L}_{\\nabla_{G_k} L} + W_k^{\\top} \\underbrace{\\alpha D_k V_k^{\\top} \\nabla_{G_k} L}_{\\nabla_{z_k} L}',
  'residual.post-ln.proof.params':
    'G_k = F_{k-1} + \\alpha V_k s_k, \\quad s_k = \\sigma(z_k) \\;\\Rightarrow\\; \\frac{\\partial L}{\\partial (V_k)_{ij}} = \\alpha\\, (\\nabla_{G_k} L)_i\\, (s_k)_j',
  'residual.post-ln.proof.bound':
    '\\lVert \\nabla_{F_{k-1}} L \\rVert \\ge \\bigl(1 - \\alpha \\lVert W_k^{\\top} D_k V_k^{\\top} \\rVert_2\\bigr) \\lVert J_{\\mathrm{LN}}(G_k)^{\\top} \\nabla_{F_k} L \\rVert, \\qquad \\lVert J_{\\mathrm{LN}}(G_k) \\rVert_2 = \\frac{1}{s_k}',
  // residual, BatchNorm
  'residual.batch.proof.recursion':
    '\\mathbf h_{k-1}(\\mathbf F_{k-1}) = \\mathbf h_k\\bigl(\\mathbf F_{k-1} + \\alpha \\mathbf V_k\\, \\sigma\\bigl(\\operatorname{BN}(\\mathbf W_k \\mathbf F_{k-1} + b_k)\\bigr)\\bigr)',
  'residual.batch.proof.jacobian':
    'J\\bigl[\\mathbf F \\mapsto \\mathbf F + \\alpha \\mathbf V_k\\, \\sigma(\\operatorname{BN}(\\mathbf W_k \\mathbf F + b_k))\\bigr] = I + \\alpha \\mathbf V_k \\mathbf D_k \\mathbf J_{\\mathrm{BN},k} \\mathbf W_k',
  'residual.batch.proof.chain':
    '\\nabla \\mathbf h_{k-1}(\\mathbf F_{k-1}) = \\bigl(I + \\alpha \\mathbf W_k^{\\top} \\mathbf J_{\\mathrm{BN},k}^{\\top} \\mathbf D_k \\mathbf V_k^{\\top}\\bigr) \\nabla \\mathbf h_k(\\mathbf F_k)',
  'residual.batch.proof.split':
    '\\nabla_{\\mathbf F_{k-1}} L = \\nabla_{\\mathbf F_k} L + \\mathbf W_k^{\\top} \\mathbf J_{\\mathrm{BN},k}^{\\top} \\underbrace{\\alpha \\mathbf D_k \\mathbf V_k^{\\top} \\nabla_{\\mathbf F_k} L}_{\\nabla_{\\hat{\\mathbf z}_k} L}',
  // live terms
  'term.lnGain': '\\lVert J_{\\mathrm{LN}} \\rVert_2 = 1/s',
} as const satisfies Record<string, string>;
