// The regression task's target function: a fixed random shallow network on R²,
//   y(x) = aᵀ tanh(A x + a₀),
// standardised with the training set's mean and spread so that predicting the mean scores
// a loss of ½ and the losses of different seeds are comparable.

import { labRandom } from './labStreams';

/** Hidden width of the teacher. */
const TEACHER_WIDTH = 16;
/** Scale of A's entries: large enough that the target bends several times across the square. */
const TEACHER_GAIN = 2.5;

/** y(x_i) for every point of `x` (2 per point), before standardisation. */
function teacherOutputs(A: Float64Array, a0: Float64Array, a: Float64Array, x: Float64Array): Float64Array {
  const y = new Float64Array(x.length / 2);
  for (let i = 0; i < y.length; i++) {
    let s = 0;
    for (let h = 0; h < TEACHER_WIDTH; h++) s += a[h] * Math.tanh(A[2 * h] * x[2 * i] + A[2 * h + 1] * x[2 * i + 1] + a0[h]);
    y[i] = s;
  }
  return y;
}

/** Targets for the train and the test inputs, both standardised with the train statistics. */
export function teacherTargets(seed: number, trainX: Float64Array, testX: Float64Array): [Float64Array, Float64Array] {
  const rng = labRandom(seed, 'teacher');
  const A = rng.fillNormal(new Float64Array(2 * TEACHER_WIDTH), TEACHER_GAIN);
  const a0 = rng.fillNormal(new Float64Array(TEACHER_WIDTH), 1);
  const a = rng.fillNormal(new Float64Array(TEACHER_WIDTH), 1 / Math.sqrt(TEACHER_WIDTH));
  const train = teacherOutputs(A, a0, a, trainX);
  const test = teacherOutputs(A, a0, a, testX);
  let mean = 0;
  for (const v of train) mean += v / train.length;
  let variance = 0;
  for (const v of train) variance += (v - mean) ** 2 / train.length;
  const inv = variance > 0 ? 1 / Math.sqrt(variance) : 1;
  const standardise = (y: Float64Array) => y.map((v) => (v - mean) * inv);
  return [standardise(train), standardise(test)];
}
