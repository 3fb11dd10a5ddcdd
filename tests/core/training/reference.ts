// An independent, deliberately naive implementation of the training model's loss on plain
// arrays: the oracle whose finite differences the assembled gradient must match. It follows the
// definitions directly, the whole batch one layer at a time (BatchNorm needs the batch):
//   LN(x) = (x − mean x)/sqrt(var x + ε) over the features of a sample,
//   BN(z) over the samples of the batch for each feature, ε = 1e-5, population variance,
//   tied: every layer reads layer 1's W, b, V.

import { ACTIVATION_TABLE } from '../../../src/core/activations';
import type { Dataset } from '../../../src/core/training/datasets';
import type { Model } from '../../../src/core/training/model';
import type { Parameters } from '../../../src/core/training/parameters';

const EPS = 1e-5;
type Vec = number[];

function matvec(M: Float64Array, v: Vec, rows: number): Vec {
  const cols = v.length;
  return Array.from({ length: rows }, (_, r) => v.reduce((s, x, q) => s + M[r * cols + q] * x, 0));
}

function standardized(x: Vec): Vec {
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
  return x.map((v) => (v - mean) / Math.sqrt(variance + EPS));
}

/** BN over the batch: standardize column j of the rows. */
function batchNormed(rows: Vec[]): Vec[] {
  const n = rows[0].length;
  const columns = Array.from({ length: n }, (_, j) => standardized(rows.map((r) => r[j])));
  return rows.map((_, i) => columns.map((col) => col[i]));
}

/** Adds h to entry j of F_k(x_i), to differentiate the loss with respect to F_k(x_i). */
export interface Nudge {
  k: number;
  i: number;
  j: number;
  h: number;
}

const nudged = (F: Vec[], k: number, nudge?: Nudge) => {
  if (nudge && nudge.k === k) F[nudge.i][nudge.j] += nudge.h;
  return F;
};

/** o(x_i) = R F_L + r for every point of the batch. */
export function refOutputs(model: Model, p: Parameters, batch: Dataset, nudge?: Nudge): Vec[] {
  const { arch, n, L, c, tied } = model.shape;
  const norm = model.norm;
  const sigma = ACTIVATION_TABLE[model.act.name].f;
  let F: Vec[] = Array.from({ length: batch.size }, (_, i) =>
    Array.from({ length: n }, (_, j) => model.E[2 * j] * batch.x[2 * i] + model.E[2 * j + 1] * batch.x[2 * i + 1] + model.e[j]));
  nudged(F, 0, nudge);
  for (let k = 1; k <= L; k++) {
    const at = tied ? 0 : k - 1;
    let z = F.map((f) => matvec(p.W[at], norm === 'pre-ln' ? standardized(f) : f, n).map((v, j) => v + p.b[at][j]));
    if (norm === 'batch') z = batchNormed(z);
    F = F.map((f, i) => {
      const s = z[i].map(sigma);
      let y = s;
      if (arch === 'residual') {
        const branch = matvec(p.V[at], s, n);
        y = f.map((v, j) => v + model.alpha * branch[j]);
      }
      return norm === 'post-ln' ? standardized(y) : y;
    });
    nudged(F, k, nudge);
  }
  return F.map((f) => matvec(p.R, f, c).map((v, a) => v + p.r[a]));
}

/** L = (1/B) Σ ℓ_i: cross-entropy written as −log of the softmax probability, or ½‖o − y‖². */
export function refLoss(model: Model, p: Parameters, batch: Dataset, nudge?: Nudge): number {
  const { c } = model.shape;
  const outputs = refOutputs(model, p, batch, nudge);
  let sum = 0;
  for (let i = 0; i < batch.size; i++) {
    const o = outputs[i];
    if (batch.labels) {
      const z = o.reduce((s, v) => s + Math.exp(v), 0);
      sum += -Math.log(Math.exp(o[batch.labels[i]]) / z);
    } else {
      sum += 0.5 * o.reduce((s, v, a) => s + (v - batch.targets![i * c + a]) ** 2, 0);
    }
  }
  return sum / batch.size;
}
