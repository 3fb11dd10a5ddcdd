// The steps of Theorem 10.1's proof for a setting: the untied, unnormalized proof as it always
// read, with the LayerNorm or BatchNorm step written into the step it changes, and with shared
// weights one W whose gradient sums a term from every layer.

import type { NormName } from '../../core/config';
import type { ProofStep } from './ProofSteps';
import { LnSentence } from './LnSentence';
import { PlainSentence } from './PlainSentence';
import { TiedSentence } from './TiedSentence';

const Z_STEP: ProofStep = {
  key: 'z',
  text: (
    <>
      L depends on z<sub>k</sub> only through F<sub>k</sub> = σ(z<sub>k</sub>), whose Jacobian is D<sub>k</sub> by exercise
      (ii). A gradient goes back through the transposed Jacobian, and D<sub>k</sub> is diagonal, so D<sub>k</sub>
      <sup>⊤</sup> = D<sub>k</sub>:
    </>
  ),
  math: ['plain.proof.z', 'plain.backprop.z'],
};

const F_STEP: ProofStep = {
  key: 'F',
  text: (
    <>
      L depends on F<sub>k−1</sub> only through z<sub>k</sub> = W<sub>k</sub>F<sub>k−1</sub> + b<sub>k</sub>, whose Jacobian is
      W<sub>k</sub> by exercise (i):
    </>
  ),
  math: ['plain.proof.F', 'plain.backprop.F'],
};

const W_STEP: ProofStep = {
  key: 'W',
  text: (
    <>
      Entry (W<sub>k</sub>)<sub>ij</sub> appears only in (z<sub>k</sub>)<sub>i</sub>, multiplied by (F<sub>k−1</sub>)<sub>j</sub>.
      All these partial derivatives together form an outer product:
    </>
  ),
  math: ['plain.proof.W', 'plain.backprop.W'],
};

const B_STEP: ProofStep = {
  key: 'b',
  text: (
    <>
      b<sub>k</sub> is added to z<sub>k</sub> as it is, so its Jacobian is the identity:
    </>
  ),
  math: ['plain.proof.b', 'plain.backprop.b'],
};

const UNROLL: ProofStep = {
  key: 'unroll',
  text: 'The first two steps carry the gradient down one layer. Repeat from layer L down to layer 1:',
  math: ['plain.proof.step', 'plain.chain'],
};

const BOUND_TEXT = (
  <>
    The norm of a product is at most the product of the norms. So ‖∇<sub>F₀</sub>L‖ is bounded by a product of L numbers, one
    per layer: if they sit around some c, the product is about c<sup>L</sup>. It vanishes for c &lt; 1 and can explode for c
    &gt; 1, exponentially in the depth.
  </>
);

const BOUND: ProofStep = { key: 'bound', text: BOUND_TEXT, math: ['plain.proof.bound'], extra: <PlainSentence /> };

/** What LN's factor 1/s means, said once for both placements. */
const LN_BOUND_TEXT = (
  <>
    LayerNorm adds one factor per layer, ‖J<sub>LN</sub>‖<sub>2</sub> = 1/s: J<sub>LN</sub> removes the components along 1 and
    x̂ and scales the rest by 1/s, where s is the spread (standard deviation) of the vector LN normalizes. It is large when
    that vector is small and small when it is large: the scale LN takes out going forward, it divides out going backward, so
    a large σ<sub>w</sub> no longer compounds over the layers. The bound is still a product of L factors, and not a tight one.
  </>
);

const PRE_LN: readonly ProofStep[] = [
  Z_STEP,
  {
    key: 'F',
    text: (
      <>
        L depends on F<sub>k−1</sub> only through z<sub>k</sub> = W<sub>k</sub>LN(F<sub>k−1</sub>) + b<sub>k</sub>. By the chain
        rule its Jacobian is W<sub>k</sub>J<sub>LN</sub>(F<sub>k−1</sub>), with J<sub>LN</sub> from the fourth warm-up
        (symmetric, so J<sub>LN</sub>
        <sup>⊤</sup> = J<sub>LN</sub>):
      </>
    ),
    math: ['plain.pre-ln.proof.F', 'norm.ln.jacobian', 'plain.pre-ln.backprop.F'],
  },
  {
    key: 'W',
    text: (
      <>
        Entry (W<sub>k</sub>)<sub>ij</sub> appears only in (z<sub>k</sub>)<sub>i</sub>, now multiplied by LN(F<sub>k−1</sub>)
        <sub>j</sub>:
      </>
    ),
    math: ['plain.pre-ln.proof.W', 'plain.pre-ln.backprop.W'],
  },
  B_STEP,
  { key: 'unroll', text: UNROLL.text, math: ['plain.pre-ln.proof.step', 'plain.pre-ln.chain'] },
  { key: 'bound', text: LN_BOUND_TEXT, math: ['ln.proof.bound'], extra: <><LnSentence arch="plain" /><PlainSentence /></> },
];

const POST_LN: readonly ProofStep[] = [
  {
    key: 'z',
    text: (
      <>
        L depends on z<sub>k</sub> only through F<sub>k</sub> = LN(σ(z<sub>k</sub>)). By the chain rule its Jacobian is J
        <sub>LN</sub>(σ(z<sub>k</sub>)) D<sub>k</sub>, with J<sub>LN</sub> from the fourth warm-up; transposed, D<sub>k</sub>{' '}
        comes first:
      </>
    ),
    math: ['plain.post-ln.proof.z', 'norm.ln.jacobian', 'plain.post-ln.backprop.z'],
  },
  F_STEP,
  W_STEP,
  B_STEP,
  { key: 'unroll', text: UNROLL.text, math: ['plain.post-ln.proof.step', 'plain.post-ln.chain'] },
  { key: 'bound', text: LN_BOUND_TEXT, math: ['ln.proof.bound'], extra: <><LnSentence arch="plain" /><PlainSentence /></> },
];

const BATCH: readonly ProofStep[] = [
  {
    key: 'z',
    text: (
      <>
        F<sub>k</sub> = σ(ẑ<sub>k</sub>), so the gradient reaches the normalized ẑ<sub>k</sub> through D<sub>k</sub> as before:
      </>
    ),
    math: ['batch.proof.zhat', 'plain.batch.backprop.z'],
  },
  {
    key: 'bn',
    text: (
      <>
        BatchNorm couples the samples: ẑ<sub>k</sub> of one input depends on z<sub>k</sub> of every input in the batch, through
        the batch mean and spread s of each feature. So the gradient of one input’s loss is no longer a matter of that input
        alone. For one feature, with its B values over the batch stacked, BN is LayerNorm across the batch, and its Jacobian
        has the same form over the B samples:
      </>
    ),
    math: ['batch.proof.jacobian', 'norm.bn.backprop'],
  },
  F_STEP,
  W_STEP,
  {
    key: 'b',
    text: (
      <>
        b<sub>k</sub> is added to z<sub>k</sub> as it is, but BN subtracts the batch mean, so b<sub>k</sub> drops out: J
        <sub>BN</sub> kills the all-ones direction, and the bias gradient, summed over the batch, is exactly 0:
      </>
    ),
    math: ['plain.backprop.b', 'batch.proof.b'],
  },
  {
    key: 'unroll',
    text: (
      <>
        Repeat from layer L down to layer 1. Each factor now acts on the whole batch at once (bold): W<sub>k</sub>
        <sup>⊤</sup> and D<sub>k</sub> input by input, J<sub>BN,k</sub> feature by feature across the inputs, between W
        <sub>k</sub>
        <sup>⊤</sup> and D<sub>k</sub>:
      </>
    ),
    math: ['plain.batch.proof.step', 'plain.batch.chain'],
  },
  {
    key: 'bound',
    text: (
      <>
        Each feature’s BN Jacobian has norm 1/s, s that feature’s spread over the batch; BN keeps ẑ<sub>k</sub> at unit scale
        going forward, so 1/s cancels the scale of W<sub>k</sub> going backward. But the product is still one of L factors,
        and at initialization a deep plain BatchNorm network’s gradient grows with depth all the same: the coupling across
        the batch is what a product of norms cannot see. The page quotes no per-input spectral norm here; the chart’s curve
        is the measurement:
      </>
    ),
    math: ['batch.proof.bound'],
    extra: <PlainSentence />,
  },
];

const UNTIED: Record<NormName, readonly ProofStep[]> = {
  none: [Z_STEP, F_STEP, W_STEP, B_STEP, UNROLL, BOUND],
  'pre-ln': PRE_LN,
  'post-ln': POST_LN,
  batch: BATCH,
};

/** With shared weights: one W, and its gradient the sum of every layer's term. */
function tiedSteps(steps: readonly ProofStep[], norm: NormName): readonly ProofStep[] {
  return steps.map((step) => {
    if (step.key === 'W') {
      const result = step.math[step.math.length - 1];
      return {
        key: 'W',
        text: (
          <>
            With shared weights the one W appears in every layer. Layer k’s use of it gives the outer product of the untied
            network, now layer k’s term ∇<sup>(k)</sup>
            <sub>W</sub>L, and the gradient of W is the sum of the L terms (likewise b and V):
          </>
        ),
        math: [result, 'tied.backprop.sum'],
      };
    }
    if (step.key === 'bound' && norm === 'none') {
      return {
        key: 'bound',
        text: (
          <>
            {BOUND_TEXT} With one W the bound is ‖W‖<sub>2</sub>
            <sup>L</sup> times the slopes’. But a power of one matrix shrinks or grows at the rate of its spectral radius ρ(W),
            which can sit well below ‖W‖<sub>2</sub>: for σ the identity,
          </>
        ),
        math: ['tied.proof.bound', 'tied.chain.linear'],
        extra: (
          <>
            <TiedSentence />
            <PlainSentence />
          </>
        ),
      };
    }
    return step.key === 'bound' ? { ...step, extra: <>{step.extra}<TiedSentence /></> } : step;
  });
}

/** The steps of Theorem 10.1's proof for a normalization and weight sharing. */
export function plainProof(norm: NormName, tied: boolean): readonly ProofStep[] {
  return tied ? tiedSteps(UNTIED[norm], norm) : UNTIED[norm];
}
