// An independent, deliberately naive implementation of the training model's loss on plain
// arrays: the oracle whose finite differences the assembled gradient must match.

import { ACTIVATION_TABLE } from '../../../src/core/activations';
import type { Dataset } from '../../../src/core/training/datasets';
import type { Model } from '../../../src/core/training/model';
import type { Parameters } from '../../../src/core/training/parameters';

function matvec(M: Float64Array, v: number[], rows: number): number[] {
  const cols = v.length;
  return Array.from({ length: rows }, (_, r) => v.reduce((s, x, q) => s + M[r * cols + q] * x, 0));
}

/** o(x_i) = R F_L + r with F_0 = E x + e and the body layer by layer. */
export function refOutputs(model: Model, p: Parameters, x0: number, x1: number): number[] {
  const { arch, n, L, c } = model.shape;
  const sigma = ACTIVATION_TABLE[model.act.name].f;
  let F = Array.from({ length: n }, (_, j) => model.E[2 * j] * x0 + model.E[2 * j + 1] * x1 + model.e[j]);
  for (let k = 1; k <= L; k++) {
    const z = matvec(p.W[k - 1], F, n).map((v, j) => v + p.b[k - 1][j]);
    if (arch === 'plain') F = z.map(sigma);
    else {
      const branch = matvec(p.V[k - 1], z.map(sigma), n);
      F = F.map((f, j) => f + model.alpha * branch[j]);
    }
  }
  return matvec(p.R, F, c).map((v, a) => v + p.r[a]);
}

/** L = (1/B) Σ ℓ_i: cross-entropy written as −log of the softmax probability, or ½‖o − y‖². */
export function refLoss(model: Model, p: Parameters, batch: Dataset): number {
  const { c } = model.shape;
  let sum = 0;
  for (let i = 0; i < batch.size; i++) {
    const o = refOutputs(model, p, batch.x[2 * i], batch.x[2 * i + 1]);
    if (batch.labels) {
      const z = o.reduce((s, v) => s + Math.exp(v), 0);
      sum += -Math.log(Math.exp(o[batch.labels[i]]) / z);
    } else {
      sum += 0.5 * o.reduce((s, v, a) => s + (v - batch.targets![i * c + a]) ** 2, 0);
    }
  }
  return sum / batch.size;
}
