// Update rules for θ given g = ∇_θ L, over the flat parameter vector:
//   SGD with momentum μ:  v ← μ v + g,   θ ← θ − η v          (μ = 0: plain gradient descent)
//   Adam:  m ← β₁ m + (1−β₁) g,  s ← β₂ s + (1−β₂) g²,
//          θ ← θ − η m̂ / (√ŝ + ε),  m̂ = m/(1−β₁ᵗ),  ŝ = s/(1−β₂ᵗ)
// and clipping by global norm, g ← g · min(1, c/‖g‖).
// Adam divides by √ŝ, so it rescales a vanishing gradient back to steps of size η; only
// gradients far below ε stay stalled. Plain SGD shows the course's claim undistorted.

import { norm2 } from '../linalg';

export type OptimizerSpec =
  | { kind: 'sgd'; /** μ, default 0.9 */ momentum?: number }
  | { kind: 'adam'; beta1?: number; beta2?: number; epsilon?: number };

export interface Optimizer {
  /** η; may change between steps, the rest of the state carries on */
  learningRate: number;
  /** θ ← update(θ, g), in place */
  step(theta: Float64Array, g: Float64Array): void;
}

export const DEFAULT_MOMENTUM = 0.9;
export const ADAM_DEFAULTS = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

function sgd(size: number, learningRate: number, momentum: number): Optimizer {
  const v = new Float64Array(size);
  return {
    learningRate,
    step(theta, g) {
      const eta = this.learningRate;
      if (momentum === 0) {
        for (let j = 0; j < size; j++) theta[j] -= eta * g[j];
        return;
      }
      for (let j = 0; j < size; j++) {
        v[j] = momentum * v[j] + g[j];
        theta[j] -= eta * v[j];
      }
    },
  };
}

function adam(size: number, learningRate: number, beta1: number, beta2: number, epsilon: number): Optimizer {
  const m = new Float64Array(size);
  const s = new Float64Array(size);
  let t = 0;
  return {
    learningRate,
    step(theta, g) {
      t += 1;
      const c1 = 1 / (1 - Math.pow(beta1, t));
      const c2 = 1 / (1 - Math.pow(beta2, t));
      const eta = this.learningRate;
      for (let j = 0; j < size; j++) {
        m[j] = beta1 * m[j] + (1 - beta1) * g[j];
        s[j] = beta2 * s[j] + (1 - beta2) * g[j] * g[j];
        theta[j] -= (eta * m[j] * c1) / (Math.sqrt(s[j] * c2) + epsilon);
      }
    },
  };
}

/** The optimiser for `spec` over `size` parameters, starting from zero state. */
export function createOptimizer(spec: OptimizerSpec, size: number, learningRate: number): Optimizer {
  if (spec.kind === 'sgd') return sgd(size, learningRate, spec.momentum ?? DEFAULT_MOMENTUM);
  return adam(
    size, learningRate,
    spec.beta1 ?? ADAM_DEFAULTS.beta1, spec.beta2 ?? ADAM_DEFAULTS.beta2, spec.epsilon ?? ADAM_DEFAULTS.epsilon,
  );
}

/** g ← g · min(1, c/‖g‖). Returns ‖g‖ before clipping (computed without overflow). */
export function clipByGlobalNorm(g: Float64Array, maxNorm: number | null): number {
  const norm = norm2(g, 0, g.length);
  if (maxNorm !== null && norm > maxNorm && Number.isFinite(norm)) {
    const f = maxNorm / norm;
    for (let j = 0; j < g.length; j++) g[j] *= f;
  }
  return norm;
}
