// TeX for the numbers an exercise shows: matrices and column vectors between brackets, with the
// few decimals their entries have. Only numbers are written into the TeX, never reader text.

import type { Matrix } from '../../core/jacobian';
import type { ExerciseActivation } from '../../core/exercises';

/** An entry as the sheet writes it: up to four decimals, no trailing zeros, a real minus. */
export function texNumber(v: number): string {
  const rounded = Math.round(v * 1e4) / 1e4 || 0;
  return String(rounded);
}

export function texMatrix(M: Matrix): string {
  const rows = Array.from({ length: M.rows }, (_, i) =>
    Array.from({ length: M.cols }, (_, j) => texNumber(M.data[i * M.cols + j])).join(' & '));
  return `\\begin{bmatrix} ${rows.join(' \\\\ ')} \\end{bmatrix}`;
}

export function texVector(v: ArrayLike<number>): string {
  return `\\begin{bmatrix} ${Array.from(v, texNumber).join(' \\\\ ')} \\end{bmatrix}`;
}

/** σ by name, as the formulas write it. */
export const ACTIVATION_TEX: Record<ExerciseActivation, string> = {
  tanh: '\\tanh',
  relu: '\\operatorname{ReLU}',
  sigmoid: '\\operatorname{sigmoid}',
};

/** σ' in closed form, the one fact each activation needs. */
export const SLOPE_TEX: Record<ExerciseActivation, string> = {
  tanh: "\\tanh'(t) = 1 - \\tanh^2(t)",
  relu: "\\operatorname{ReLU}'(t) = \\begin{cases} 1 & t > 0 \\\\ 0 & t < 0 \\end{cases}",
  sigmoid: "\\operatorname{sigmoid}'(t) = \\operatorname{sigmoid}(t)\\,\\bigl(1 - \\operatorname{sigmoid}(t)\\bigr)",
};

/** An entry for the grid, as a student would type it (four decimals at most). */
export function entryText(v: number): string {
  return texNumber(v);
}
