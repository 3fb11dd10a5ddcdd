// Parts 4 and 5 of the sheet: one backward step of a plain layer and of a residual block, from
// ∇_{F_k}L, the layer's matrices and z_k to ∇_{z_k}L and ∇_{F_{k−1}}L, as the core computes them.

import { useMemo } from 'react';
import { ACTIVATION_TABLE } from '../../core/activations';
import { plainStepAnswer, residualStepAnswer, type ExerciseSet, type PlainStepExercise, type StepAnswer } from '../../core/exercises';
import { Givens } from './ExerciseMath';
import type { Hint } from './ExerciseHints';
import { GridExercise, type GridSpec } from './GridExercise';
import { SLOPE_TEX, texMatrix, texVector } from './texMatrix';
import { WhyChoice } from './WhyChoice';

function stepGrids(answer: StepAnswer): GridSpec[] {
  return [
    { name: 'gradZ', label: 'gradient for zₖ', tex: '\\nabla_{z_k} L', rows: 3, cols: 1, expected: answer.gradZ.data },
    { name: 'gradFPrev', label: 'gradient for Fₖ₋₁', tex: '\\nabla_{F_{k-1}} L', rows: 3, cols: 1, expected: answer.gradFPrev.data },
  ];
}

function plainHints(act: PlainStepExercise['act']): Hint[] {
  return [
    { text: <>F<sub>k</sub> = σ(z<sub>k</sub>) componentwise, so its Jacobian is D<sub>k</sub> = diag σ′(z<sub>k</sub>), and the gradient goes back through its transpose.</>, math: ['plain.proof.z'], tex: SLOPE_TEX[act] },
    { text: <>z<sub>k</sub> = W<sub>k</sub>F<sub>k−1</sub> + b<sub>k</sub> has Jacobian W<sub>k</sub> with respect to F<sub>k−1</sub>.</>, math: ['plain.proof.F'] },
    { text: <>Together: one layer multiplies the gradient by W<sub>k</sub><sup>⊤</sup>D<sub>k</sub>.</>, math: ['plain.proof.step'] },
  ];
}

function residualHints(act: PlainStepExercise['act']): Hint[] {
  return [
    { text: <>The block is F ↦ F + V<sub>k</sub>σ(W<sub>k</sub>F + b<sub>k</sub>) (here α = 1); its Jacobian is the identity plus the branch’s.</>, math: ['residual.proof.jacobian'], tex: SLOPE_TEX[act] },
    { text: 'The gradient goes back through the transpose of that Jacobian.', math: ['residual.proof.chain'] },
    { text: <>Split it: the identity passes ∇<sub>F<sub>k</sub></sub>L down as it is, and the branch adds W<sub>k</sub><sup>⊤</sup>∇<sub>z<sub>k</sub></sub>L.</>, math: ['residual.proof.split'] },
  ];
}

const givens = (ex: PlainStepExercise) => [`W_k = ${texMatrix(ex.W)}`, `z_k = ${texVector(ex.z)}`, `\\nabla_{F_k} L = ${texVector(ex.gradF)}`];

export function PlainStepPart({ set }: { set: ExerciseSet }) {
  const ex = set.plain;
  const grids = useMemo(() => stepGrids(plainStepAnswer(ex)), [ex]);
  const hints = useMemo(() => plainHints(ex.act), [ex.act]);
  return (
    <GridExercise item="plain" grids={grids} hints={hints}>
      <p>A plain layer F<sub>k</sub> = σ(z<sub>k</sub>), z<sub>k</sub> = W<sub>k</sub>F<sub>k−1</sub> + b<sub>k</sub> with σ = {ACTIVATION_TABLE[ex.act].label}. Given</p>
      <Givens items={givens(ex)} />
      <p>compute ∇<sub>z<sub>k</sub></sub>L and ∇<sub>F<sub>k−1</sub></sub>L.</p>
    </GridExercise>
  );
}

export function ResidualStepPart({ set }: { set: ExerciseSet }) {
  const ex = set.residual;
  const grids = useMemo(() => stepGrids(residualStepAnswer(ex)), [ex]);
  const hints = useMemo(() => residualHints(ex.act), [ex.act]);
  return (
    <>
      <GridExercise item="residual" grids={grids} hints={hints}>
        <p>A residual block F<sub>k</sub> = F<sub>k−1</sub> + V<sub>k</sub>σ(z<sub>k</sub>), z<sub>k</sub> = W<sub>k</sub>F<sub>k−1</sub> + b<sub>k</sub> with σ = {ACTIVATION_TABLE[ex.act].label}. Given</p>
        <Givens items={[...givens(ex), `V_k = ${texMatrix(ex.V)}`]} />
        <p>compute ∇<sub>z<sub>k</sub></sub>L = D<sub>k</sub>V<sub>k</sub><sup>⊤</sup>∇<sub>F<sub>k</sub></sub>L and ∇<sub>F<sub>k−1</sub></sub>L = ∇<sub>F<sub>k</sub></sub>L + W<sub>k</sub><sup>⊤</sup>D<sub>k</sub>V<sub>k</sub><sup>⊤</sup>∇<sub>F<sub>k</sub></sub>L.</p>
      </GridExercise>
      <WhyChoice order={ex.choiceOrder} />
    </>
  );
}
