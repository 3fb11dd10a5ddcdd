// The tasks the networks learn: three 2-D classification sets (circles, XOR, two spirals)
// and a regression task whose targets come from a fixed shallow "teacher" network. Points
// lie in the input square [−1, 1]², the square the decision heatmap covers.

import type { Random } from '../random';
import { labRandom } from './labStreams';
import { teacherTargets } from './teacher';

export const TASKS = ['circles', 'xor', 'spirals', 'teacher'] as const;
export type TaskName = (typeof TASKS)[number];

/** Half the side of the input square [−1, 1]². */
export const INPUT_EXTENT = 1;

/** One set of points: inputs x_i ∈ R² back to back, and labels or targets. */
export interface Dataset {
  size: number;
  /** x_i = (x[2i], x[2i+1]) */
  x: Float64Array;
  /** class of x_i (classification), else null */
  labels: Int32Array | null;
  /** y_i ∈ R^outputs back to back (regression), else null */
  targets: Float64Array | null;
}

export interface Task {
  name: TaskName;
  kind: 'classification' | 'regression';
  /** c: number of classes, or the dimension of y */
  outputs: number;
  train: Dataset;
  test: Dataset;
}

export interface TaskSizes {
  train: number;
  test: number;
}

export const DEFAULT_SIZES: TaskSizes = { train: 300, test: 200 };

/** A labelled point generator: the label is chosen first (balanced classes), then the point. */
type PointOf = (rng: Random, label: number, out: Float64Array, off: number) => void;

const uniform = (rng: Random, lo: number, hi: number) => lo + (hi - lo) * rng.uniform();

/** Class 1: the disk r < 0.5; class 0: the ring 0.7 < r < 1. A gap of 0.2 between them. */
const circlePoint: PointOf = (rng, label, out, off) => {
  const r = label === 1 ? 0.5 * Math.sqrt(rng.uniform()) : Math.sqrt(uniform(rng, 0.49, 1));
  const theta = 2 * Math.PI * rng.uniform();
  out[off] = r * Math.cos(theta);
  out[off + 1] = r * Math.sin(theta);
};

/** Class 1 where x₁x₂ > 0; points kept 0.1 away from the axes so the classes do not touch. */
const xorPoint: PointOf = (rng, label, out, off) => {
  const s1 = rng.uniform() < 0.5 ? -1 : 1;
  const s2 = label === 1 ? s1 : -s1;
  out[off] = s1 * uniform(rng, 0.1, 0.95);
  out[off + 1] = s2 * uniform(rng, 0.1, 0.95);
};

/** Two interleaved arms r = 0.1 + 0.85t, θ = 3πt + πc (one and a half turns each), with jitter 0.02. */
const spiralPoint: PointOf = (rng, label, out, off) => {
  const t = rng.uniform();
  const r = 0.1 + 0.85 * t;
  const theta = 3 * Math.PI * t + Math.PI * label;
  out[off] = r * Math.cos(theta) + 0.02 * rng.normal();
  out[off + 1] = r * Math.sin(theta) + 0.02 * rng.normal();
};

const POINT_OF: Record<Exclude<TaskName, 'teacher'>, PointOf> = { circles: circlePoint, xor: xorPoint, spirals: spiralPoint };

function classificationSet(point: PointOf, rng: Random, size: number): Dataset {
  const x = new Float64Array(2 * size);
  const labels = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    labels[i] = i % 2;
    point(rng, labels[i], x, 2 * i);
  }
  return { size, x, labels, targets: null };
}

function uniformInputs(rng: Random, size: number): Float64Array {
  const x = new Float64Array(2 * size);
  for (let j = 0; j < x.length; j++) x[j] = uniform(rng, -INPUT_EXTENT, INPUT_EXTENT);
  return x;
}

/** The task `name` under `seed`: train and test sets from independent streams. */
export function makeTask(name: TaskName, seed: number, sizes: TaskSizes = DEFAULT_SIZES): Task {
  const trainRng = labRandom(seed, 'trainSet');
  const testRng = labRandom(seed, 'testSet');
  if (name === 'teacher') {
    const trainX = uniformInputs(trainRng, sizes.train);
    const testX = uniformInputs(testRng, sizes.test);
    const [trainY, testY] = teacherTargets(seed, trainX, testX);
    return {
      name,
      kind: 'regression',
      outputs: 1,
      train: { size: sizes.train, x: trainX, labels: null, targets: trainY },
      test: { size: sizes.test, x: testX, labels: null, targets: testY },
    };
  }
  const point = POINT_OF[name];
  return {
    name,
    kind: 'classification',
    outputs: 2,
    train: classificationSet(point, trainRng, sizes.train),
    test: classificationSet(point, testRng, sizes.test),
  };
}
