// The TeX source of every formula the theory views show, keyed by the label the core's
// comments use ([meanfield.plain], [meanfield.chi], …). Only these constants reach KaTeX.

export const THEORY_TEX = {
  'meanfield.chi': '\\chi_k',
  'meanfield.q': 'q_k = \\sigma_w^2\\, p_{k-1} + \\sigma_b^2',
  'meanfield.plain.p': 'p_k = \\mathbb{E}\\bigl[\\phi(\\sqrt{q_k}\\, z)^2\\bigr]',
  'meanfield.residual.p': 'p_k = p_{k-1} + \\alpha^2 \\sigma_v^2\\, \\mathbb{E}\\bigl[\\phi(\\sqrt{q_k}\\, z)^2\\bigr]',
  'meanfield.plain.chi': '\\chi_k = \\sigma_w^2\\, \\mathbb{E}\\bigl[\\phi\'(\\sqrt{q_k}\\, z)^2\\bigr]',
  'meanfield.residual.chi': '\\chi_k = 1 + \\alpha^2 \\sigma_v^2 \\sigma_w^2\\, \\mathbb{E}\\bigl[\\phi\'(\\sqrt{q_k}\\, z)^2\\bigr]',
  'meanfield.z': 'z \\sim \\mathcal{N}(0, 1),\\quad p_0 = s^2',
  'meanfield.grad': '\\frac{\\lVert \\nabla_{F_k} L \\rVert}{\\lVert \\nabla_{F_L} L \\rVert} \\approx \\prod_{j=k+1}^{L} \\sqrt{\\chi_j}',
  'meanfield.depthscale': '\\xi = \\frac{1}{\\lvert \\ln \\chi(q^*) \\rvert}',
  'meanfield.fixedpoint': 'q^* = \\sigma_w^2\\, \\mathbb{E}\\bigl[\\phi(\\sqrt{q^*}\\, z)^2\\bigr] + \\sigma_b^2',
  'meanfield.critical': '\\chi(q^*) = 1',
  'bn.lambda': '\\lambda_B = \\frac{B\\, \\mathbb{E}\\bigl[\\operatorname{tr}(P D G D)\\bigr]}{(B-1)(B-3)\\, a}',
  'bn.defs': 'G = I - \\tfrac{1}{B}\\mathbf{1}\\mathbf{1}^{\\top},\\quad D = \\operatorname{diag} \\phi\'(\\sqrt{B}\\, u),\\quad P = G - u u^{\\top}',
  'bn.a': 'a = \\mathbb{E}\\bigl[\\phi(\\sqrt{B}\\, u)^{\\top} G\\, \\phi(\\sqrt{B}\\, u)\\bigr] / (B-1)',
  'bn.rate': '\\tfrac{1}{2} \\log_{10} \\lambda_B',
  'phase.ratio': '\\lVert \\nabla_{F_0} L \\rVert / \\lVert \\nabla_{F_L} L \\rVert',
  'spectrum.jacobian': 'J = \\frac{\\partial F_L}{\\partial F_0}',
  'spectrum.condition': '\\kappa = s_{\\max} / s_{\\min}',
} as const satisfies Record<string, string>;

export type TheoryTexId = keyof typeof THEORY_TEX;
