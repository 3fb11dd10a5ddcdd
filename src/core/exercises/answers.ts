// The expected answer of each exercise, from the core's own Jacobian of g(x) = Aσ(Bx + b),
// jacobianADB, the function the derivations' lab uses: every exercise is that map with some
// factor set to the identity. Vectors are n×1 matrices, as the entry grid shows them.

import { ACTIVATION_TABLE } from '../activations';
import { jacobianADB, type Matrix } from '../jacobian';
import type { ActivationExercise, AffineExercise, ChainExercise, PlainStepExercise, ResidualStepExercise } from './draw';

function identity(n: number): Matrix {
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) data[i * n + i] = 1;
  return { rows: n, cols: n, data };
}

const column = (v: Float64Array): Matrix => ({ rows: v.length, cols: 1, data: Float64Array.from(v) });

/** Mᵀv for a row-major M. */
function transposeTimes(M: Matrix, v: Float64Array): Float64Array {
  const out = new Float64Array(M.cols);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.cols; j++) out[j] += M.data[i * M.cols + j] * v[i];
  return out;
}

/** [jacobian.affine] J_g(x) = A: g = I·id(Ax + b), so A D B with A → I, D = I, B → A. */
export function affineAnswer(ex: AffineExercise): Matrix {
  const n = ex.A.rows;
  return jacobianADB(identity(n), ex.A, ex.b, new Float64Array(ex.A.cols), ACTIVATION_TABLE.identity).J;
}

/** [jacobian.activation] J_h(x) = diag σ'(x): A D B with A = B = I, b = 0. */
export function activationAnswer(ex: ActivationExercise): Matrix {
  const n = ex.x.length;
  return jacobianADB(identity(n), identity(n), new Float64Array(n), ex.x, ACTIVATION_TABLE[ex.act]).J;
}

/** [jacobian.chain] J_g(x) = A D B, D = diag σ'(Bx + b). */
export function chainAnswer(ex: ChainExercise): Matrix {
  return jacobianADB(ex.A, ex.B, ex.b, ex.x, ACTIVATION_TABLE[ex.act]).J;
}

/** The two vectors one backward step asks for. */
export interface StepAnswer {
  /** ∇_{z_k}L */
  gradZ: Matrix;
  /** ∇_{F_{k−1}}L */
  gradFPrev: Matrix;
}

/**
 * [plain.backprop] ∇_{z_k}L = D_k ∇_{F_k}L and ∇_{F_{k−1}}L = W_kᵀ ∇_{z_k}L. The layer's
 * Jacobian ∂F_k/∂F_{k−1} = D_k W_k is jacobianADB(I, W_k, z_k, 0): at F_{k−1} = 0 with bias z_k
 * the pre-activation is z_k itself.
 */
export function plainStepAnswer(ex: PlainStepExercise): StepAnswer {
  const n = ex.z.length;
  const { D, J } = jacobianADB(identity(n), ex.W, ex.z, new Float64Array(ex.W.cols), ACTIVATION_TABLE[ex.act]);
  return { gradZ: column(ex.gradF.map((g, i) => D[i] * g)), gradFPrev: column(transposeTimes(J, ex.gradF)) };
}

/**
 * [residual.backprop] ∇_{z_k}L = D_k V_kᵀ ∇_{F_k}L and ∇_{F_{k−1}}L = ∇_{F_k}L + W_kᵀ D_k V_kᵀ ∇_{F_k}L:
 * the block's Jacobian is I + V_k D_k W_k, and V_k D_k W_k is jacobianADB(V_k, W_k, z_k, 0).
 */
export function residualStepAnswer(ex: ResidualStepExercise): StepAnswer {
  const { D, J } = jacobianADB(ex.V, ex.W, ex.z, new Float64Array(ex.W.cols), ACTIVATION_TABLE[ex.act]);
  const branch = transposeTimes(J, ex.gradF);
  return {
    gradZ: column(transposeTimes(ex.V, ex.gradF).map((h, i) => D[i] * h)),
    gradFPrev: column(ex.gradF.map((g, i) => g + branch[i])),
  };
}
