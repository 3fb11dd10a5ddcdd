// Per-sample losses on the read-out o = R F_L + r, each beside its gradient ∂ℓ/∂o:
//   softmax cross-entropy  ℓ = log Σ_j e^{o_j} − o_y,   ∂ℓ/∂o = softmax(o) − e_y
//   squared error          ℓ = ½‖o − y‖²,              ∂ℓ/∂o = o − y
// The batch loss is the mean L = (1/B) Σ_i ℓ_i.

/** ℓ_i for the logits at `o[off..off+c)` and class `label`; writes ∂ℓ/∂o to `grad` if given. */
export function softmaxCrossEntropy(o: Float64Array, off: number, c: number, label: number, grad?: Float64Array): number {
  // shifting by the largest logit keeps every e^{o_j − m} ≤ 1
  let m = -Infinity;
  for (let j = 0; j < c; j++) m = Math.max(m, o[off + j]);
  let sum = 0;
  for (let j = 0; j < c; j++) sum += Math.exp(o[off + j] - m);
  const logSumExp = m + Math.log(sum);
  if (grad) for (let j = 0; j < c; j++) grad[off + j] = Math.exp(o[off + j] - logSumExp) - (j === label ? 1 : 0);
  return logSumExp - o[off + label];
}

/** ℓ_i = ½‖o − y‖² for outputs and targets at the same offset; writes o − y to `grad` if given. */
export function halfSquaredError(o: Float64Array, off: number, c: number, y: Float64Array, grad?: Float64Array): number {
  let s = 0;
  for (let j = 0; j < c; j++) {
    const d = o[off + j] - y[off + j];
    if (grad) grad[off + j] = d;
    s += d * d;
  }
  return 0.5 * s;
}

/** Probability of class 1 from two logits: e^{o₁}/(e^{o₀} + e^{o₁}), the heatmap's value. */
export function probabilityOfClass1(o: Float64Array, off: number): number {
  const d = o[off] - o[off + 1];
  return d >= 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
}
