// The steps of the residual backprop proof, by the hint, for a setting: the untied, unnormalized
// proof as it always read; Pre-LN, where LN sits inside the branch and the identity path is
// kept; Post-LN, where the whole sum passes through LN and the identity path is multiplied by
// J_LN at every layer; BatchNorm, whose Jacobian sits between W_k and D_k; and shared weights.

import type { NormName } from '../../core/config';
import type { ProofStep } from './ProofSteps';

const H_STEP: ProofStep = {
  key: 'h',
  text: (
    <>
      Hold everything above layer k fixed and look at the loss as a function of F<sub>k</sub> alone. Its gradient is the one we
      want, ∇h<sub>k</sub>(F<sub>k</sub>) = ∇<sub>F<sub>k</sub></sub>L.
    </>
  ),
  math: ['residual.proof.h'],
};

const RECURSION_TEXT = (
  <>
    One layer lower, equation (1) writes F<sub>k</sub> in terms of F<sub>k−1</sub>:
  </>
);

const CHAIN_TEXT = 'The chain rule, with the Jacobian transposed for a gradient:';

const PARAMS_TEXT = (
  <>
    The parameters. V<sub>k</sub> enters only through αV<sub>k</sub>s<sub>k</sub>; W<sub>k</sub> and b<sub>k</sub> enter only
    through z<sub>k</sub>, exactly as in the plain network:
  </>
);

const BOUND_TEXT = (
  <>
    Why it does not vanish: every singular value of I + αW<sub>k</sub>
    <sup>⊤</sup>D<sub>k</sub>V<sub>k</sub>
    <sup>⊤</sup> lies within α‖W<sub>k</sub>
    <sup>⊤</sup>D<sub>k</sub>V<sub>k</sub>
    <sup>⊤</sup>‖<sub>2</sub> of 1, so one layer can shrink the gradient by at most that fraction:
  </>
);

const NONE: readonly ProofStep[] = [
  H_STEP,
  { key: 'recursion', text: RECURSION_TEXT, math: ['residual.proof.recursion'] },
  {
    key: 'jacobian',
    text: (
      <>
        The inner map is the identity plus exercise (iii) with A = αV<sub>k</sub> and B = W<sub>k</sub>. Jacobians of a sum add:
      </>
    ),
    math: ['residual.proof.jacobian'],
  },
  { key: 'chain', text: CHAIN_TEXT, math: ['residual.proof.chain'] },
  {
    key: 'split',
    text: (
      <>
        Expand the transpose (D<sub>k</sub> is diagonal) and give the branch part its name, ∇<sub>z<sub>k</sub></sub>L:
      </>
    ),
    math: ['residual.proof.split', 'residual.backprop.z', 'residual.backprop.F'],
  },
  { key: 'params', text: PARAMS_TEXT, math: ['residual.proof.params', 'residual.backprop.V', 'residual.backprop.W', 'residual.backprop.b'] },
  { key: 'bound', text: BOUND_TEXT, math: ['residual.proof.bound', 'residual.chain'] },
];

const PRE_LN: readonly ProofStep[] = [
  H_STEP,
  {
    key: 'recursion',
    text: (
      <>
        One layer lower, with Pre-LN the branch reads LN(F<sub>k−1</sub>) instead of F<sub>k−1</sub>; the skip path adds F
        <sub>k−1</sub> itself:
      </>
    ),
    math: ['residual.pre-ln.proof.recursion'],
  },
  {
    key: 'jacobian',
    text: (
      <>
        The inner map is the identity plus exercise (iii) with A = αV<sub>k</sub> and B = W<sub>k</sub>, applied to LN(F): the
        chain rule puts J<sub>LN</sub>(F<sub>k−1</sub>) on the right of the branch’s Jacobian, and only there:
      </>
    ),
    math: ['residual.pre-ln.proof.jacobian', 'norm.ln.jacobian'],
  },
  { key: 'chain', text: CHAIN_TEXT, math: ['residual.pre-ln.proof.chain'] },
  {
    key: 'split',
    text: (
      <>
        Expand the transpose. The identity term is untouched: LN sits only in the branch, so the gradient keeps a path down
        on which nothing multiplies it. This is why Pre-LN stacks train at any depth:
      </>
    ),
    math: ['residual.pre-ln.proof.split', 'residual.backprop.z', 'residual.pre-ln.backprop.F'],
  },
  {
    key: 'params',
    text: (
      <>
        The parameters: as before, except that W<sub>k</sub> now multiplies LN(F<sub>k−1</sub>):
      </>
    ),
    math: ['residual.proof.params', 'residual.backprop.V', 'residual.pre-ln.backprop.W', 'residual.backprop.b'],
  },
  {
    key: 'bound',
    text: (
      <>
        Why it does not vanish: the branch term is at most α‖J<sub>LN</sub>‖<sub>2</sub>‖W<sub>k</sub>
        <sup>⊤</sup>D<sub>k</sub>V<sub>k</sub>
        <sup>⊤</sup>‖<sub>2</sub> times the gradient, with ‖J<sub>LN</sub>‖<sub>2</sub> = 1/s, so one layer can shrink the
        gradient by at most that fraction:
      </>
    ),
    math: ['residual.pre-ln.proof.bound', 'residual.pre-ln.chain'],
  },
];

const POST_LN: readonly ProofStep[] = [
  H_STEP,
  {
    key: 'recursion',
    text: (
      <>
        One layer lower, with Post-LN the whole sum, skip path and branch, passes through LN; call the sum G<sub>k</sub>:
      </>
    ),
    math: ['residual.post-ln.proof.recursion', 'residual.post-ln.forward.G'],
  },
  {
    key: 'jacobian',
    text: (
      <>
        The inner map is LN of the identity plus exercise (iii). By the chain rule J<sub>LN</sub>(G<sub>k</sub>) multiplies the
        whole Jacobian, the identity included:
      </>
    ),
    math: ['residual.post-ln.proof.jacobian', 'norm.ln.jacobian'],
  },
  { key: 'chain', text: CHAIN_TEXT, math: ['residual.post-ln.proof.chain'] },
  {
    key: 'split',
    text: (
      <>
        Expand and name the parts. The identity path now carries ∇<sub>G<sub>k</sub></sub>L = J<sub>LN</sub>
        <sup>⊤</sup>∇<sub>F<sub>k</sub></sub>L, not ∇<sub>F<sub>k</sub></sub>L: at every layer J<sub>LN</sub> removes the
        components along 1 and Ĝ<sub>k</sub> and scales the rest by 1/s<sub>k</sub>.
      </>
    ),
    math: ['residual.post-ln.proof.split', 'residual.post-ln.backprop.G', 'residual.post-ln.backprop.z', 'residual.post-ln.backprop.F'],
  },
  {
    key: 'params',
    text: (
      <>
        The parameters. V<sub>k</sub> enters only through G<sub>k</sub>; W<sub>k</sub> and b<sub>k</sub> only through z
        <sub>k</sub>, as before:
      </>
    ),
    math: ['residual.post-ln.proof.params', 'residual.post-ln.backprop.V', 'residual.backprop.W', 'residual.backprop.b'],
  },
  {
    key: 'bound',
    text: (
      <>
        The identity term still keeps the branch from cancelling ∇<sub>G<sub>k</sub></sub>L, but J<sub>LN</sub>(G<sub>k</sub>)
        acts on the whole gradient first, and it has no lower bound: it sends two directions to 0 and scales the rest by 1/s
        <sub>k</sub>. G<sub>k</sub> adds a branch to the normalized F<sub>k−1</sub>, so its spread s<sub>k</sub> is usually
        above 1, and these factors below 1 compound over the depth. No path down is free of them: why deep Post-LN stacks can
        lose the gradient.
      </>
    ),
    math: ['residual.post-ln.proof.bound', 'residual.post-ln.chain'],
  },
];

const BATCH: readonly ProofStep[] = [
  H_STEP,
  {
    key: 'recursion',
    text: (
      <>
        One layer lower, with BatchNorm on the branch’s z<sub>k</sub>. BN takes its statistics over the batch, so the whole
        batch moves together (bold: the batch stacked):
      </>
    ),
    math: ['residual.batch.proof.recursion'],
  },
  {
    key: 'jacobian',
    text: (
      <>
        The identity plus exercise (iii) with the BN Jacobian between W<sub>k</sub> and D<sub>k</sub>; for one feature across
        the B inputs it is:
      </>
    ),
    math: ['residual.batch.proof.jacobian', 'batch.proof.jacobian'],
  },
  { key: 'chain', text: CHAIN_TEXT, math: ['residual.batch.proof.chain'] },
  {
    key: 'split',
    text: (
      <>
        Expand and name the branch part ∇<sub>ẑ<sub>k</sub></sub>L. The identity term is untouched: BN sits only in the branch.
      </>
    ),
    math: ['residual.batch.proof.split', 'residual.batch.backprop.z', 'norm.bn.backprop', 'residual.backprop.F'],
  },
  {
    key: 'params',
    text: (
      <>
        The parameters, as before; b<sub>k</sub> drops out, since BN subtracts the batch mean (its gradient is exactly 0):
      </>
    ),
    math: ['residual.proof.params', 'residual.backprop.V', 'residual.backprop.W', 'batch.proof.b'],
  },
  {
    key: 'bound',
    text: (
      <>
        Every factor still contains I, so the gradient keeps a direct path down; the branch’s part carries J<sub>BN,k</sub>,
        whose norm is 1/s for each feature’s spread s over the batch. BatchNorm couples the inputs, so no per-input norm is
        quoted here:
      </>
    ),
    math: ['residual.batch.chain'],
  },
];

const UNTIED: Record<NormName, readonly ProofStep[]> = { none: NONE, 'pre-ln': PRE_LN, 'post-ln': POST_LN, batch: BATCH };

/** With shared weights: V, W, b are the same at every step, and their gradients sum the steps' terms. */
function tiedSteps(steps: readonly ProofStep[]): readonly ProofStep[] {
  return steps.map((step) =>
    step.key === 'params'
      ? {
          key: 'params',
          text: (
            <>
              The parameters. With shared weights V, W and b are the same at every step, so each gets one term per layer:
              layer k’s term is the untied network’s gradient at layer k, and the gradient is the sum of the L terms:
            </>
          ),
          math: [...step.math.slice(1), 'tied.backprop.sum'],
        }
      : step,
  );
}

/** The steps of the residual backprop proof for a normalization and weight sharing. */
export function residualProof(norm: NormName, tied: boolean): readonly ProofStep[] {
  return tied ? tiedSteps(UNTIED[norm]) : UNTIED[norm];
}
