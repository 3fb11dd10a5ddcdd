// The network configuration: every parameter the page, the worker and the CLI can set,
// with its accepted range in one table so that all three validate the same way.

/** Activation names, in the order the UI lists them. */
export const ACTIVATIONS = ['identity', 'relu', 'leaky-relu', 'tanh', 'sigmoid', 'gelu'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const ARCHS = ['plain', 'residual', 'both'] as const;
export type ArchChoice = (typeof ARCHS)[number];
/** A single architecture (what one forward/backward pass computes). */
export type Arch = 'plain' | 'residual';

export const INITS = ['gaussian', 'orthogonal'] as const;
export type InitName = (typeof INITS)[number];

export const LOSSES = ['probe', 'mse'] as const;
export type LossName = (typeof LOSSES)[number];

/**
 * Where a normalization sits: none; LayerNorm before each layer's product (pre-ln) or after
 * each layer's output (post-ln); BatchNorm of z_k over the batch, before σ (batch).
 */
export const NORMS = ['none', 'pre-ln', 'post-ln', 'batch'] as const;
export type NormName = (typeof NORMS)[number];

/** Everything that defines one network and its batch of inputs. */
export interface NetworkConfig {
  /** depth L: number of layers k = 1..L */
  depth: number;
  /** width n of every square layer */
  width: number;
  activation: ActivationName;
  /** σ_w: W_k entries ~ N(0, σ_w²/n) (or σ_w times a Haar orthogonal matrix) */
  sigmaW: number;
  /** σ_b: bias entries ~ N(0, σ_b²) */
  sigmaB: number;
  /** σ_v: V_k entries ~ N(0, σ_v²/n), residual branch only */
  sigmaV: number;
  /** α: residual branch scale, F_k = F_{k-1} + α V_k σ(z_k) */
  branchScale: number;
  init: InitName;
  /** B: number of inputs x_i ~ N(0, s² I) */
  batch: number;
  /** s: input scale */
  inputScale: number;
  seed: number;
  loss: LossName;
  /** normalization layer and where it sits */
  norm: NormName;
  /** every layer uses layer 1's W, b (and V): a recurrent network unrolled over L steps */
  tied: boolean;
}

/** Range and default of a numeric parameter. `integer` parameters are rounded. */
export interface NumericSpec {
  min: number;
  max: number;
  default: number;
  integer: boolean;
}

/**
 * Accepted ranges. The UI exposes depth up to 1000; the core itself computes deeper
 * networks (10,000 layers at small width) for the CLI.
 */
export const NUMERIC: Record<
  'depth' | 'width' | 'sigmaW' | 'sigmaB' | 'sigmaV' | 'branchScale' | 'batch' | 'inputScale' | 'seed',
  NumericSpec
> = {
  depth: { min: 1, max: 10000, default: 50, integer: true },
  width: { min: 2, max: 512, default: 64, integer: true },
  sigmaW: { min: 0.01, max: 10, default: 1, integer: false },
  sigmaB: { min: 0, max: 10, default: 0, integer: false },
  sigmaV: { min: 0, max: 10, default: 1, integer: false },
  branchScale: { min: 0, max: 10, default: 1, integer: false },
  batch: { min: 1, max: 1024, default: 16, integer: true },
  inputScale: { min: 1e-3, max: 1e3, default: 1, integer: false },
  seed: { min: 0, max: 2 ** 32 - 1, default: 1, integer: true },
};

export const DEFAULT_CONFIG: NetworkConfig = {
  depth: NUMERIC.depth.default,
  width: NUMERIC.width.default,
  activation: 'tanh',
  sigmaW: NUMERIC.sigmaW.default,
  sigmaB: NUMERIC.sigmaB.default,
  sigmaV: NUMERIC.sigmaV.default,
  branchScale: NUMERIC.branchScale.default,
  init: 'gaussian',
  batch: NUMERIC.batch.default,
  inputScale: NUMERIC.inputScale.default,
  seed: NUMERIC.seed.default,
  loss: 'probe',
  norm: 'none',
  tied: false,
};

/** Clamp (and round, for integers) a number into its spec; NaN falls back to the default. */
export function clampToSpec(value: number, spec: NumericSpec): number {
  if (Number.isNaN(value)) return spec.default;
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  const v = spec.integer ? Math.round(clamped) : clamped;
  return Object.is(v, -0) ? 0 : v;
}

/** Throws a RangeError naming the first parameter outside its accepted range. */
export function assertValidConfig(config: NetworkConfig): void {
  for (const key of Object.keys(NUMERIC) as (keyof typeof NUMERIC)[]) {
    const spec = NUMERIC[key];
    const v = config[key];
    if (!Number.isFinite(v) || v < spec.min || v > spec.max || (spec.integer && !Number.isInteger(v))) {
      throw new RangeError(`${key} must be ${spec.integer ? 'an integer' : 'a number'} in [${spec.min}, ${spec.max}], got ${v}`);
    }
  }
  if (!ACTIVATIONS.includes(config.activation)) throw new RangeError(`activation must be one of ${ACTIVATIONS.join(', ')}`);
  if (!INITS.includes(config.init)) throw new RangeError(`init must be one of ${INITS.join(', ')}`);
  if (!LOSSES.includes(config.loss)) throw new RangeError(`loss must be one of ${LOSSES.join(', ')}`);
  if (!NORMS.includes(config.norm)) throw new RangeError(`norm must be one of ${NORMS.join(', ')}`);
  if (typeof config.tied !== 'boolean') throw new RangeError('tied must be true or false');
}
