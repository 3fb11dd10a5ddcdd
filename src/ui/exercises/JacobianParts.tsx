// Parts 1–3 of the sheet: the Jacobian of an affine map, of σ applied componentwise, and of
// Aσ(Bx + b) by the chain rule. The numbers come from the set's seed, the answers from the core.

import { useMemo } from 'react';
import { activationAnswer, affineAnswer, chainAnswer, type ExerciseSet } from '../../core/exercises';
import { ACTIVATION_TABLE } from '../../core/activations';
import { Givens } from './ExerciseMath';
import type { Hint } from './ExerciseHints';
import { GridExercise, type GridSpec } from './GridExercise';
import { ACTIVATION_TEX, SLOPE_TEX, texMatrix, texVector } from './texMatrix';

const AFFINE_HINTS: readonly Hint[] = [
  { text: 'Write g one output at a time.', math: ['jacobian.affine.def'] },
  { text: <>Only the term A<sub>ij</sub>x<sub>j</sub> of g<sub>i</sub> moves with x<sub>j</sub>.</>, math: ['jacobian.affine.partial'] },
  { text: <>So entry (i, j) of the Jacobian is A<sub>ij</sub>: the Jacobian is A itself. The bias b drops out.</>, math: ['jacobian.affine'] },
];

export function AffinePart({ set }: { set: ExerciseSet }) {
  const { A, b } = set.affine;
  const grids = useMemo<GridSpec[]>(() => [{ name: 'J', label: 'Jacobian of g', tex: 'J_g', rows: A.rows, cols: 3, expected: affineAnswer(set.affine).data }], [set, A.rows]);
  return (
    <GridExercise item="affine" grids={grids} hints={AFFINE_HINTS}>
      <p>For g(x) = Ax + b with</p>
      <Givens items={[`A = ${texMatrix(A)}`, `b = ${texVector(b)}`]} />
      <p>fill in the Jacobian J<sub>g</sub>(x), a {A.rows}×3 matrix.</p>
    </GridExercise>
  );
}

function activationHints(act: ExerciseSet['activation']['act']): Hint[] {
  return [
    { text: 'σ acts on each coordinate alone.', math: ['jacobian.activation.def'] },
    { text: <>h<sub>i</sub> depends on x<sub>i</sub> only, so every other partial derivative is 0.</>, math: ['jacobian.activation.partial'] },
    { text: 'The Jacobian is diagonal, with the slopes of σ on the diagonal. Here σ is ' + ACTIVATION_TABLE[act].label + ':', math: ['jacobian.activation'], tex: SLOPE_TEX[act] },
  ];
}

/** σ(x) to four decimals, so the slope can be found by hand from the closed form. */
function valuesTex(act: ExerciseSet['activation']['act'], x: Float64Array): string | null {
  if (act === 'relu') return null;
  const f = ACTIVATION_TABLE[act].f;
  return `${ACTIVATION_TEX[act]}(x) \\approx ${texVector(x.map((v) => Math.round(f(v) * 1e4) / 1e4))}`;
}

export function ActivationPart({ set }: { set: ExerciseSet }) {
  const { act, x } = set.activation;
  const hints = useMemo(() => activationHints(act), [act]);
  const grids = useMemo<GridSpec[]>(() => [{
    name: 'J', label: 'Jacobian of h', tex: 'J_h', rows: 3, cols: 3, expected: activationAnswer(set.activation).data,
    initial: Array.from({ length: 9 }, (_, i) => (i % 4 === 0 ? '' : '0')),
  }], [set]);
  const values = valuesTex(act, x);
  return (
    <GridExercise item="activation" grids={grids} hints={hints}>
      <p>For h(x) = σ(x) applied to each coordinate, with σ = {ACTIVATION_TABLE[act].label}, at</p>
      <Givens items={values ? [`x = ${texVector(x)}`, values] : [`x = ${texVector(x)}`]} />
      <p>fill in the Jacobian J<sub>h</sub>(x): the diagonal, leaving every entry off it at 0.</p>
    </GridExercise>
  );
}

const CHAIN_HINTS: readonly Hint[] = [
  { text: 'g is three maps in a row: an affine map, σ, and a linear map.', math: ['jacobian.chain.def'] },
  { text: 'The chain rule: the Jacobian of a composition is the product of the Jacobians, each taken where its map is applied.', math: ['jacobian.chain.rule'] },
  { text: <>Each factor is one of the exercises above: J<sub>a</sub> = A, J<sub>c</sub> = B, and J<sub>h</sub> at the point z = Bx + b.</>, math: ['jacobian.chain.pieces'] },
  { text: 'Multiply them in order: first z = Bx + b, then D = diag σ\u2032(z), then A D B.', math: ['jacobian.chain'] },
];

export function ChainPart({ set }: { set: ExerciseSet }) {
  const { act, A, B, b, x } = set.chain;
  const hints = useMemo<Hint[]>(() => [...CHAIN_HINTS.slice(0, 3), { ...CHAIN_HINTS[3], tex: SLOPE_TEX[act] }], [act]);
  const grids = useMemo<GridSpec[]>(() => [{ name: 'J', label: 'Jacobian of g', tex: 'J_g', rows: A.rows, cols: 3, expected: chainAnswer(set.chain).data }], [set, A.rows]);
  return (
    <GridExercise item="chain" grids={grids} hints={hints}>
      <p>For g(x) = Aσ(Bx + b) with σ = {ACTIVATION_TABLE[act].label} and</p>
      <Givens items={[`A = ${texMatrix(A)}`, `B = ${texMatrix(B)}`, `b = ${texVector(b)}`, `x = ${texVector(x)}`]} />
      <p>fill in J<sub>g</sub>(x) = A D B, a {A.rows}×3 matrix{act === 'relu' ? '' : ` (σ′ to three decimals is enough: entries within 1 % count as right)`}.</p>
    </GridExercise>
  );
}

