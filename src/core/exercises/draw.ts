// The numbers of each exercise, drawn from the seeded 'exercise' stream: part p of set `seed`
// depends on (seed, p) alone, so a student's link `ex=SEED` and the instructor's copy show the
// same matrices. Entries are small and friendly (integers or one decimal) so every product can
// be done by hand, and no pre-activation sits on ReLU's kink.

import type { Matrix } from '../jacobian';
import { Random } from '../random';

/** The activations an exercise may use. */
export const EXERCISE_ACTIVATIONS = ['tanh', 'relu', 'sigmoid'] as const;
export type ExerciseActivation = (typeof EXERCISE_ACTIVATIONS)[number];

/** Pre-activations stay at least this far from 0, so σ' is never read at ReLU's kink. */
export const KINK_MARGIN = 0.2;

/** (1) g(x) = Ax + b: the student writes J_g = A. */
export interface AffineExercise {
  A: Matrix;
  b: Float64Array;
}

/** (2) h(x) = σ(x) componentwise at x: the student writes diag σ'(x). */
export interface ActivationExercise {
  act: ExerciseActivation;
  x: Float64Array;
}

/** (3) g(x) = Aσ(Bx + b) at x: the student writes A D B. */
export interface ChainExercise {
  act: ExerciseActivation;
  A: Matrix;
  B: Matrix;
  b: Float64Array;
  x: Float64Array;
}

/** (4) one backward step of a plain layer, F_k = σ(z_k), z_k = W_k F_{k−1} + b_k. */
export interface PlainStepExercise {
  act: ExerciseActivation;
  W: Matrix;
  z: Float64Array;
  /** ∇_{F_k}L */
  gradF: Float64Array;
}

/** (5) one backward step of a residual block, F_k = F_{k−1} + V_k σ(z_k) (α = 1). */
export interface ResidualStepExercise extends PlainStepExercise {
  V: Matrix;
  /** the order in which the multiple-choice item lists its options (a permutation of 0..3) */
  choiceOrder: readonly number[];
}

/** One set of exercises: parts 1–5, and the index of the scene part 6 asks about. */
export interface ExerciseSet {
  seed: number;
  affine: AffineExercise;
  activation: ActivationExercise;
  chain: ChainExercise;
  plain: PlainStepExercise;
  residual: ResidualStepExercise;
  /** an index into the scenes offered to part 6 (the caller's list of `sceneCount`) */
  predictScene: number;
}

/** An integer in [lo, hi]. */
function integer(rng: Random, lo: number, hi: number): number {
  return lo + (rng.nextUint32() % (hi - lo + 1));
}

/** One decimal in [−limit, limit], never −0. */
function oneDecimal(rng: Random, limit: number): number {
  return integer(rng, -10 * limit, 10 * limit) / 10 || 0;
}

/** One decimal in ±[KINK_MARGIN, limit]: away from 0, so σ'(x) is unambiguous for ReLU. */
function awayFromKink(rng: Random, limit: number): number {
  const magnitude = integer(rng, 10 * KINK_MARGIN, 10 * limit) / 10;
  return rng.nextUint32() % 2 === 0 ? magnitude : -magnitude;
}

function matrix(rows: number, cols: number, entry: () => number): Matrix {
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, entry) };
}

const vector = (n: number, entry: () => number) => Float64Array.from({ length: n }, entry);

function activationOf(rng: Random): ExerciseActivation {
  return EXERCISE_ACTIVATIONS[integer(rng, 0, EXERCISE_ACTIVATIONS.length - 1)];
}

/** (Bx + b)_r for row r. */
function preActivation(B: Matrix, b: Float64Array, x: Float64Array, r: number): number {
  let z = b[r];
  for (let j = 0; j < B.cols; j++) z += B.data[r * B.cols + j] * x[j];
  return z;
}

/** Draws until every (Bx + b)_r is at least KINK_MARGIN from 0 (a few tries at most, in practice). */
function drawChain(rng: Random): ChainExercise {
  const act = activationOf(rng);
  const rows = integer(rng, 2, 3);
  for (;;) {
    const A = matrix(rows, 3, () => integer(rng, -3, 3));
    const B = matrix(3, 3, () => oneDecimal(rng, 1.5));
    const b = vector(3, () => oneDecimal(rng, 0.5));
    const x = vector(3, () => integer(rng, -2, 2));
    const clear = [0, 1, 2].every((r) => Math.abs(preActivation(B, b, x, r)) >= KINK_MARGIN - 1e-9);
    if (clear) return { act, A, B, b, x };
  }
}

function drawStep(rng: Random): PlainStepExercise {
  return {
    act: activationOf(rng),
    W: matrix(3, 3, () => oneDecimal(rng, 1.5)),
    z: vector(3, () => awayFromKink(rng, 2)),
    gradF: vector(3, () => integer(rng, -3, 3)),
  };
}

/** A permutation of 0..n−1 (Fisher–Yates on the stream). */
function permutation(rng: Random, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = integer(rng, 0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The number of options of part 5's multiple-choice item. */
export const RESIDUAL_CHOICES = 4;

/** Every exercise of set `seed`; `sceneCount` is the number of scenes part 6 may ask about. */
export function drawExerciseSet(seed: number, sceneCount: number): ExerciseSet {
  const part = (p: number) => new Random(seed, 'exercise', p);
  const r1 = part(1);
  const affineRows = integer(r1, 2, 3);
  const affine = { A: matrix(affineRows, 3, () => integer(r1, -5, 5)), b: vector(affineRows, () => integer(r1, -3, 3)) };
  const r2 = part(2);
  const activation = { act: activationOf(r2), x: vector(3, () => awayFromKink(r2, 2)) };
  const chain = drawChain(part(3));
  const plain = drawStep(part(4));
  const r5 = part(5);
  const step = drawStep(r5);
  const residual = { ...step, V: matrix(3, 3, () => oneDecimal(r5, 1)), choiceOrder: permutation(r5, RESIDUAL_CHOICES) };
  const r6 = part(6);
  const predictScene = sceneCount > 0 ? integer(r6, 0, sceneCount - 1) : 0;
  return { seed, affine, activation, chain, plain, residual, predictScene };
}
