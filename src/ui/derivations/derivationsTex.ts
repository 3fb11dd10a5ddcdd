// The TeX source of every line the derivations add to the page, keyed by id; the lines the
// equations panel already shows (the backprop equations, `plain.backprop.F` …) stay in
// ../equations/tex.ts and are shown from there, so each formula has exactly one source.
// `jacobian.chain` is the label the core's jacobianADB carries.

import { EQUATIONS, type EquationId } from '../equations/tex';
import { tiedTex } from '../equations/equationSets';
import { NORM_PROOF_TEX } from './normProofTex';

export const DERIVATION_TEX = {
  // (i) affine map
  'jacobian.affine.def': 'g(x) = Ax + b, \\qquad g_i(x) = \\sum_{j} A_{ij}\\, x_j + b_i',
  'jacobian.affine.partial': '\\frac{\\partial g_i}{\\partial x_j} = A_{ij}',
  'jacobian.affine': 'J_g(x) = A',
  // (ii) componentwise activation
  'jacobian.activation.def': 'h(x) = \\sigma(x), \\qquad h_i(x) = \\sigma(x_i)',
  'jacobian.activation.partial': '\\frac{\\partial h_i}{\\partial x_j} = \\begin{cases} \\sigma\'(x_i) & i = j \\\\ 0 & i \\ne j \\end{cases}',
  'jacobian.activation': 'J_h(x) = \\operatorname{diag} \\sigma\'(x)',
  // (iii) the chain rule
  'jacobian.chain.def': 'g = a \\circ h \\circ c, \\qquad c(x) = Bx + b, \\quad h = \\sigma, \\quad a(u) = Au',
  'jacobian.chain.rule': 'J_{f \\circ u}(x) = J_f\\bigl(u(x)\\bigr)\\, J_u(x)',
  'jacobian.chain.apply': 'J_g(x) = J_a\\bigl(h(c(x))\\bigr)\\; J_h\\bigl(c(x)\\bigr)\\; J_c(x)',
  'jacobian.chain.pieces': 'J_a = A, \\qquad J_h\\bigl(c(x)\\bigr) = \\operatorname{diag} \\sigma\'(Bx + b) = D, \\qquad J_c = B',
  'jacobian.chain': 'J_g(x) = A\\, D\\, B, \\qquad D = \\operatorname{diag} \\sigma\'(Bx + b)',
  // (iv) LayerNorm
  'jacobian.ln.def': 'y = \\frac{x - m \\mathbf 1}{s}, \\quad m = \\tfrac{1}{n} \\mathbf 1^{\\top} x, \\quad s^2 = \\tfrac{1}{n} \\lVert x - m \\mathbf 1 \\rVert^2 + \\varepsilon',
  'jacobian.ln.partials': '\\frac{\\partial m}{\\partial x} = \\tfrac{1}{n} \\mathbf 1^{\\top}, \\qquad \\frac{\\partial s}{\\partial x} = \\frac{(x - m \\mathbf 1)^{\\top}}{n s} = \\frac{\\hat x^{\\top}}{n}',
  'jacobian.ln.quotient': '\\frac{\\partial y}{\\partial x} = \\frac{1}{s} \\Bigl(I - \\mathbf 1 \\frac{\\partial m}{\\partial x}\\Bigr) - \\frac{x - m \\mathbf 1}{s^2} \\, \\frac{\\partial s}{\\partial x}',
  'jacobian.ln.kernel': 'J_{\\mathrm{LN}} \\mathbf 1 = 0, \\qquad J_{\\mathrm{LN}} \\hat x = \\tfrac{\\varepsilon}{s^3} \\, \\hat x \\approx 0',
  // the lab's matrices
  'lab.A': 'A',
  'lab.B': 'B',
  'lab.b': 'b',
  'lab.x': 'x',
  'lab.z': 'z = Bx + b',
  'lab.D': 'D = \\operatorname{diag} \\sigma\'(z)',
  'lab.ADB': 'A\\,D\\,B',
  'lab.numeric': '\\dfrac{g(x + h e_j) - g(x - h e_j)}{2h}',
  'lab.diff': '\\max_{ij} \\bigl| (ADB)_{ij} - \\text{difference}_{ij} \\bigr|',
  'lab.xhat': '\\hat x = \\operatorname{LN}(x)',
  'lab.JLN': 'J_{\\mathrm{LN}}(x)',
  'lab.lnNumeric': '\\dfrac{\\operatorname{LN}(x + h e_j) - \\operatorname{LN}(x - h e_j)}{2h}',
  'lab.lnDiff': '\\max_{ij} \\bigl| (J_{\\mathrm{LN}})_{ij} - \\text{difference}_{ij} \\bigr|',
  // Theorem 10.1, the proof
  'plain.proof.z': '\\nabla_{z_k} L = \\Bigl(\\frac{\\partial F_k}{\\partial z_k}\\Bigr)^{\\!\\top} \\nabla_{F_k} L = D_k^{\\top}\\, \\nabla_{F_k} L',
  'plain.proof.F': '\\nabla_{F_{k-1}} L = \\Bigl(\\frac{\\partial z_k}{\\partial F_{k-1}}\\Bigr)^{\\!\\top} \\nabla_{z_k} L',
  'plain.proof.W': '\\frac{\\partial L}{\\partial (W_k)_{ij}} = \\frac{\\partial L}{\\partial (z_k)_i}\\, \\frac{\\partial (z_k)_i}{\\partial (W_k)_{ij}} = (\\nabla_{z_k} L)_i\\, (F_{k-1})_j',
  'plain.proof.b': '\\frac{\\partial z_k}{\\partial b_k} = I',
  'plain.proof.step': '\\nabla_{F_{k-1}} L = W_k^{\\top} D_k\\, \\nabla_{F_k} L',
  'plain.proof.bound': '\\lVert \\nabla_{F_0} L \\rVert \\le \\Bigl[\\, \\prod_{k=1}^{L} \\lVert W_k^{\\top} D_k \\rVert_2 \\Bigr] \\lVert \\nabla_{F_L} L \\rVert',
  // the linear case
  'linear.forward': '\\sigma = \\mathrm{id},\\; b_k = 0: \\qquad F_L = W_L W_{L-1} \\cdots W_1\\, x',
  'linear.bound': '\\lVert W_L \\cdots W_1 \\rVert_2 \\le \\prod_{k=1}^{L} \\lVert W_k \\rVert_2',
  'linear.scale': 'W_k = \\sigma_w \\hat W_k \\;\\Rightarrow\\; \\prod_{k=1}^{L} \\lVert W_k \\rVert_2 = \\sigma_w^{L} \\prod_{k=1}^{L} \\lVert \\hat W_k \\rVert_2',
  'linear.productNorm': '\\lVert W_L \\cdots W_1 \\rVert_2',
  'linear.normProduct': '\\prod_{k} \\lVert W_k \\rVert_2',
  'linear.sigmaPower': '\\sigma_w^{L}',
  'linear.tiedRadius': '\\rho(W)^{L}',
  'linear.tied': 'W_k = W: \\quad \\lVert (W^{\\top})^{L} \\rVert_2^{1/L} \\xrightarrow{L \\to \\infty} \\rho(W) = \\max_i \\lvert \\lambda_i(W) \\rvert \\;\\le\\; \\lVert W \\rVert_2',
  // residual networks, the proof by the hint
  'residual.proof.h': 'h_k(F_k) = L',
  'residual.proof.recursion': 'h_{k-1}(F_{k-1}) = h_k\\bigl(F_{k-1} + \\alpha V_k\\, \\sigma(W_k F_{k-1} + b_k)\\bigr)',
  'residual.proof.jacobian': 'J\\bigl[F \\mapsto F + \\alpha V_k\\, \\sigma(W_k F + b_k)\\bigr] = I + \\alpha V_k D_k W_k',
  'residual.proof.chain': '\\nabla h_{k-1}(F_{k-1}) = \\bigl(I + \\alpha V_k D_k W_k\\bigr)^{\\top} \\nabla h_k(F_k)',
  'residual.proof.split': '\\nabla_{F_{k-1}} L = \\nabla_{F_k} L + W_k^{\\top} \\underbrace{\\alpha D_k V_k^{\\top} \\nabla_{F_k} L}_{\\nabla_{z_k} L}',
  'residual.proof.params': 'F_k = F_{k-1} + \\alpha V_k s_k, \\quad s_k = \\sigma(z_k) \\;\\Rightarrow\\; \\frac{\\partial L}{\\partial (V_k)_{ij}} = \\alpha\\, (\\nabla_{F_k} L)_i\\, (s_k)_j',
  'residual.proof.bound': '\\lVert \\nabla_{F_{k-1}} L \\rVert \\ge \\bigl(1 - \\alpha \\lVert W_k^{\\top} D_k V_k^{\\top} \\rVert_2\\bigr) \\lVert \\nabla_{F_k} L \\rVert',
  // terms filled with the selected layer's numbers
  'term.gradFPrev': '\\lVert \\nabla_{F_{k-1}} L \\rVert',
  'term.gradB': '\\lVert \\nabla_{b_k} L \\rVert',
  'term.gradV': '\\lVert \\nabla_{V_k} L \\rVert_F',
  'term.plainJacobian': '\\lVert W_k^{\\top} D_k \\rVert_2',
  'term.branchJacobian': '\\alpha \\lVert W_k^{\\top} D_k V_k^{\\top} \\rVert_2',
  ...NORM_PROOF_TEX,
} as const satisfies Record<string, string>;

export type DerivationTexId = keyof typeof DERIVATION_TEX;

/** Any formula the derivations show: one of theirs, or one of the equations panel's. */
export type MathId = DerivationTexId | EquationId;

/** One of the equations panel's formulas: in a proof, a result the theorem states. */
export function isPanelEquation(id: MathId): id is EquationId {
  return !Object.hasOwn(DERIVATION_TEX, id);
}

/** The single TeX source of a formula; with shared weights, its one-W form (as the equations panel writes it). */
export function texSource(id: MathId, tied = false): string {
  const tex = isPanelEquation(id) ? EQUATIONS[id].tex : DERIVATION_TEX[id];
  return tied ? tiedTex(tex) : tex;
}
