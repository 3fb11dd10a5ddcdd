// Minibatches in seeded epochs: the training set is shuffled (Fisher–Yates) by the lab's
// 'minibatch' stream and cut into consecutive batches; a remainder too short for a full batch
// is skipped, so every step averages over the same number of samples.

import type { Dataset } from './datasets';
import { labRandom } from './labStreams';

export interface Sampler {
  /** indices of the next minibatch */
  next(): Int32Array;
}

export function createSampler(seed: number, size: number, batchSize: number): Sampler {
  const rng = labRandom(seed, 'minibatch');
  const B = Math.max(1, Math.min(batchSize, size));
  const order = Int32Array.from({ length: size }, (_, i) => i);
  let at = size;
  return {
    next() {
      if (at + B > size) {
        for (let i = size - 1; i > 0; i--) {
          const j = Math.floor(rng.uniform() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        at = 0;
      }
      const rows = order.slice(at, at + B);
      at += B;
      return rows;
    },
  };
}

/** The rows of `ds` as a dataset of their own. */
export function gatherRows(ds: Dataset, rows: Int32Array): Dataset {
  const size = rows.length;
  const x = new Float64Array(2 * size);
  const labels = ds.labels ? new Int32Array(size) : null;
  const c = ds.targets ? ds.targets.length / ds.size : 0;
  const targets = ds.targets ? new Float64Array(size * c) : null;
  rows.forEach((row, i) => {
    x[2 * i] = ds.x[2 * row];
    x[2 * i + 1] = ds.x[2 * row + 1];
    if (labels) labels[i] = ds.labels![row];
    if (targets) targets.set(ds.targets!.subarray(row * c, (row + 1) * c), i * c);
  });
  return { size, x, labels, targets };
}

/** Consecutive pieces of at most `chunk` rows, so a large set never needs one huge trace. */
export function chunksOf(ds: Dataset, chunk: number): Dataset[] {
  const out: Dataset[] = [];
  for (let start = 0; start < ds.size; start += chunk) {
    const rows = Int32Array.from({ length: Math.min(chunk, ds.size - start) }, (_, i) => start + i);
    out.push(gatherRows(ds, rows));
  }
  return out;
}
