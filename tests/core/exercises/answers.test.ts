// The exercises' expected answers, for many seeds, against closed forms written out here with
// Math's own functions and against central differences of the maps themselves; and the drawn
// numbers are the friendly, reproducible ones the sheet promises.

import { describe, expect, it } from 'vitest';
import {
  activationAnswer, affineAnswer, chainAnswer, drawExerciseSet, KINK_MARGIN, plainStepAnswer, residualStepAnswer,
  RESIDUAL_CHOICES, type ExerciseActivation,
} from '../../../src/core/exercises';
import type { Matrix } from '../../../src/core/jacobian';

const SEEDS = Array.from({ length: 80 }, (_, i) => i * 7919 + 1);
const SCENES = 7;

/** σ and σ' in closed form, independent of the core's activation table. */
const SIGMA: Record<ExerciseActivation, { f: (t: number) => number; df: (t: number) => number }> = {
  tanh: { f: Math.tanh, df: (t) => 1 - Math.tanh(t) ** 2 },
  relu: { f: (t) => Math.max(0, t), df: (t) => (t > 0 ? 1 : 0) },
  sigmoid: { f: (t) => 1 / (1 + Math.exp(-t)), df: (t) => Math.exp(-t) / (1 + Math.exp(-t)) ** 2 },
};

const at = (M: Matrix, i: number, j: number) => M.data[i * M.cols + j];
const matVec = (M: Matrix, v: ArrayLike<number>) => Array.from({ length: M.rows }, (_, i) => Array.from(v).reduce((s, x, j) => s + at(M, i, j) * x, 0));
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((s, x, i) => s + x * b[i], 0);

/** ∂f_i/∂x_j by central differences with step h. */
function differences(f: (x: number[]) => number[], x: ArrayLike<number>, h = 1e-6): number[][] {
  const base = Array.from(x);
  const cols = base.map((_, j) => {
    const up = base.slice();
    const down = base.slice();
    up[j] += h;
    down[j] -= h;
    const fu = f(up);
    const fd = f(down);
    return fu.map((v, i) => (v - fd[i]) / (2 * h));
  });
  return cols[0].map((_, i) => cols.map((c) => c[i]));
}

function expectMatrixClose(M: Matrix, expected: number[][], tolerance: number) {
  expect(M.rows).toBe(expected.length);
  expected.forEach((row, i) => {
    expect(M.cols).toBe(row.length);
    row.forEach((v, j) => expect(Math.abs(at(M, i, j) - v)).toBeLessThanOrEqual(tolerance));
  });
}

const column = (v: ArrayLike<number>) => Array.from(v, (x) => [x]);
const isFriendly = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 && Math.abs(v) <= 5;

describe.each(SEEDS)('exercise set %i', (seed) => {
  const set = drawExerciseSet(seed, SCENES);

  it('(1) J of Ax + b is A, and matches differences', () => {
    const { A, b } = set.affine;
    const J = affineAnswer(set.affine);
    expectMatrixClose(J, Array.from({ length: A.rows }, (_, i) => [0, 1, 2].map((j) => at(A, i, j))), 0);
    const g = (x: number[]) => matVec(A, x).map((v, i) => v + b[i]);
    expectMatrixClose(J, differences(g, [0.3, -1.2, 0.7]), 1e-6);
  });

  it('(2) J of σ componentwise is diag σ′(x), and matches differences', () => {
    const { act, x } = set.activation;
    x.forEach((v) => expect(Math.abs(v)).toBeGreaterThanOrEqual(KINK_MARGIN - 1e-12));
    const s = SIGMA[act];
    const J = activationAnswer(set.activation);
    expectMatrixClose(J, [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? s.df(x[i]) : 0))), 1e-12);
    expectMatrixClose(J, differences((v) => v.map(s.f), x), 1e-6);
  });

  it('(3) J of Aσ(Bx + b) is A D B, and matches differences', () => {
    const { act, A, B, b, x } = set.chain;
    const s = SIGMA[act];
    const z = matVec(B, x).map((v, r) => v + b[r]);
    z.forEach((v) => expect(Math.abs(v)).toBeGreaterThanOrEqual(KINK_MARGIN - 1e-9));
    const adb = Array.from({ length: A.rows }, (_, i) => [0, 1, 2].map((j) => [0, 1, 2].reduce((t, r) => t + at(A, i, r) * s.df(z[r]) * at(B, r, j), 0)));
    const J = chainAnswer(set.chain);
    expectMatrixClose(J, adb, 1e-12);
    const g = (v: number[]) => matVec(A, matVec(B, v).map((u, r) => s.f(u + b[r])));
    expectMatrixClose(J, differences(g, x), 1e-6);
  });

  it('(4) a plain backward step: ∇z = D g and ∇F_{k−1} = Wᵀ D g, and both match differences of L', () => {
    const { act, W, z, gradF: g } = set.plain;
    const s = SIGMA[act];
    const { gradZ, gradFPrev } = plainStepAnswer(set.plain);
    const dz = [0, 1, 2].map((i) => s.df(z[i]) * g[i]);
    expectMatrixClose(gradZ, column(dz), 1e-12);
    expectMatrixClose(gradFPrev, column([0, 1, 2].map((j) => [0, 1, 2].reduce((t, i) => t + at(W, i, j) * dz[i], 0))), 1e-12);
    // L(z) = gᵀσ(z), and L(F) = gᵀσ(W F + z) at F = 0 (where the pre-activation is z itself)
    expectMatrixClose(gradZ, column(differences((v) => [dot(g, v.map(s.f))], z)[0]), 1e-6);
    const lossOfF = (F: number[]) => [dot(g, matVec(W, F).map((u, i) => s.f(u + z[i])))];
    expectMatrixClose(gradFPrev, column(differences(lossOfF, [0, 0, 0])[0]), 1e-6);
  });

  it('(5) a residual backward step: ∇F_{k−1} = g + Wᵀ D Vᵀ g, matching differences; a zero branch passes g unchanged', () => {
    const { act, W, V, z, gradF: g, choiceOrder } = set.residual;
    const s = SIGMA[act];
    const { gradZ, gradFPrev } = residualStepAnswer(set.residual);
    const vg = [0, 1, 2].map((r) => [0, 1, 2].reduce((t, i) => t + at(V, i, r) * g[i], 0));
    const dz = vg.map((v, r) => s.df(z[r]) * v);
    expectMatrixClose(gradZ, column(dz), 1e-12);
    expectMatrixClose(gradFPrev, column([0, 1, 2].map((j) => g[j] + [0, 1, 2].reduce((t, i) => t + at(W, i, j) * dz[i], 0))), 1e-12);
    const lossOfF = (F: number[]) => {
      const branch = matVec(V, matVec(W, F).map((u, i) => s.f(u + z[i])));
      return [dot(g, F.map((f, i) => f + branch[i]))];
    };
    expectMatrixClose(gradFPrev, column(differences(lossOfF, [0, 0, 0])[0]), 1e-6);
    const zeroBranch = residualStepAnswer({ ...set.residual, V: { ...V, data: new Float64Array(9) } });
    expectMatrixClose(zeroBranch.gradFPrev, column(g), 0);
    expect([...choiceOrder].sort()).toEqual(Array.from({ length: RESIDUAL_CHOICES }, (_, i) => i));
  });

  it('shows friendly numbers: integers or one decimal, small', () => {
    const shown = [
      set.affine.A.data, set.affine.b, set.activation.x, set.chain.A.data, set.chain.B.data, set.chain.b, set.chain.x,
      set.plain.W.data, set.plain.z, set.plain.gradF, set.residual.W.data, set.residual.V.data, set.residual.z, set.residual.gradF,
    ];
    for (const values of shown) for (const v of values) expect(isFriendly(v), `${v}`).toBe(true);
    expect(set.predictScene).toBeGreaterThanOrEqual(0);
    expect(set.predictScene).toBeLessThan(SCENES);
  });
});

describe('the draw', () => {
  it('is reproducible: the same seed gives the same numbers, other seeds other numbers', () => {
    expect(drawExerciseSet(4711, SCENES)).toEqual(drawExerciseSet(4711, SCENES));
    const firstEntries = new Set(SEEDS.map((seed) => Array.from(drawExerciseSet(seed, SCENES).chain.B.data).join(',')));
    expect(firstEntries.size).toBeGreaterThan(SEEDS.length * 0.95);
  });

  it('uses every activation and both sizes of A over many seeds', () => {
    const sets = SEEDS.map((seed) => drawExerciseSet(seed, SCENES));
    expect(new Set(sets.map((s) => s.chain.act))).toEqual(new Set(['tanh', 'relu', 'sigmoid']));
    expect(new Set(sets.map((s) => s.affine.A.rows))).toEqual(new Set([2, 3]));
    expect(new Set(sets.map((s) => s.predictScene)).size).toBe(SCENES);
  });
});
