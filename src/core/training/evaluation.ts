// Measuring a model without training it: loss and accuracy on a whole set, and the model's
// output over a grid of the input square for the decision heatmap. Both run the forward pass
// in chunks, so memory stays at one chunk's trace whatever the set or grid size. With BatchNorm
// both use fixed statistics (model.ts, evaluationStatistics), so chunking changes nothing.

import { INPUT_EXTENT, type Dataset } from './datasets';
import { chunksOf } from './minibatches';
import { lossAndGradient, type Model } from './model';
import type { BatchStatistics } from './normalizedBody';
import { probabilityOfClass1 } from './losses';
import type { Parameters } from './parameters';

/** Points per forward pass: (L+1)·CHUNK·n numbers of trace at a time. */
const CHUNK = 128;

export interface SetScore {
  /** mean loss over the set */
  loss: number;
  /** fraction classified correctly (argmax of the logits); null for regression */
  accuracy: number | null;
}

function argmax(o: Float64Array, off: number, c: number): number {
  let best = 0;
  for (let a = 1; a < c; a++) if (o[off + a] > o[off + best]) best = a;
  return best;
}

export function scoreSet(model: Model, p: Parameters, ds: Dataset, stats: BatchStatistics): SetScore {
  const { c } = model.shape;
  let lossSum = 0;
  let correct = 0;
  for (const chunk of chunksOf(ds, CHUNK)) {
    const { loss, outputs } = lossAndGradient(model, p, chunk, undefined, stats);
    lossSum += loss * chunk.size;
    if (outputs && chunk.labels) for (let i = 0; i < chunk.size; i++) if (argmax(outputs, i * c, c) === chunk.labels[i]) correct += 1;
  }
  return { loss: lossSum / ds.size, accuracy: model.kind === 'classification' ? correct / ds.size : null };
}

/**
 * The model's output over a res×res grid of the input square, row-major with row 0 at the top:
 * cell (row, col) is the point x₁ = −1 + (col + ½)·2/res, x₂ = 1 − (row + ½)·2/res.
 * Classification: P(class 1 | x). Regression: the prediction o(x). NaN where the pass overflowed.
 */
export function decisionGrid(model: Model, p: Parameters, res: number, stats: BatchStatistics): Float32Array {
  const { c } = model.shape;
  const size = res * res;
  const x = new Float64Array(2 * size);
  const cell = (2 * INPUT_EXTENT) / res;
  for (let row = 0; row < res; row++) {
    for (let col = 0; col < res; col++) {
      const i = row * res + col;
      x[2 * i] = -INPUT_EXTENT + (col + 0.5) * cell;
      x[2 * i + 1] = INPUT_EXTENT - (row + 0.5) * cell;
    }
  }
  // labels/targets are only needed for the loss, which is not read here: zeros stand in
  const grid: Dataset = model.kind === 'classification'
    ? { size, x, labels: new Int32Array(size), targets: null }
    : { size, x, labels: null, targets: new Float64Array(size * c) };
  const out = new Float32Array(size);
  let at = 0;
  for (const chunk of chunksOf(grid, CHUNK)) {
    const { outputs } = lossAndGradient(model, p, chunk, undefined, stats);
    for (let i = 0; i < chunk.size; i++, at++) {
      if (!outputs) out[at] = NaN;
      else out[at] = model.kind === 'classification' ? probabilityOfClass1(outputs, i * c) : outputs[i * c];
    }
  }
  return out;
}
