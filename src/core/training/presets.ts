// Settings under which the course's claim shows on every seed we tried, for the page to offer
// as one-click starting points. The lesson tests train the first of them, so a change that
// breaks a preset's story fails a test rather than a reader's expectation. Every preset names
// its normalization and weight sharing, so a story is never told about a network it was not
// measured on.

import type { NetworkConfig } from '../config';
import type { TrainerOptions } from './trainer';

export interface TrainingPreset {
  /** what the reader should see */
  story: string;
  /** overrides of the page's configuration (the seed stays the reader's) */
  config: Partial<NetworkConfig>;
  options: Omit<TrainerOptions, 'seed'>;
  /** steps after which the story is plain to see */
  steps: number;
}

const L = 32;
const unnormalized = { norm: 'none', tied: false } satisfies Partial<NetworkConfig>;
const deepTanh = { depth: L, width: 16, activation: 'tanh', sigmaB: 0, branchScale: 1 / Math.sqrt(L), ...unnormalized } satisfies Partial<NetworkConfig>;
const momentum: Omit<TrainerOptions, 'seed'> = {
  task: 'circles', optimizer: { kind: 'sgd', momentum: 0.9 }, learningRate: 0.02, batchSize: 16,
};

/** Where the normalization sits decides whether a deep residual stack trains at this η. */
const deepReLU = {
  depth: 48, width: 16, activation: 'relu', init: 'gaussian', sigmaW: 1, sigmaB: 0, sigmaV: 1, branchScale: 1, inputScale: 1, tied: false,
} satisfies Partial<NetworkConfig>;
const adam: Omit<TrainerOptions, 'seed'> = { task: 'spirals', optimizer: { kind: 'adam' }, learningRate: 0.002, batchSize: 16 };

export const TRAINING_PRESETS = {
  deepTanh: {
    story: 'depth 32, tanh, σ_w = 1: the plain net stays at chance (loss ≈ ln 2); the residual net with α = 1/√L fits the circles',
    config: { ...deepTanh, sigmaW: 1 },
    options: momentum,
    steps: 150,
  },
  vanishing: {
    story: 'σ_w = 0.5: ∇_{F_0} is 10^-10 of ∇_{F_L} in the plain net and it cannot learn; the residual net keeps the gradient and learns',
    config: { ...deepTanh, sigmaW: 0.5 },
    options: momentum,
    steps: 150,
  },
  exploding: {
    story: 'σ_w = 2.5: ∇_{F_0} starts 10^3 times ∇_{F_L} in the plain net, which ends near chance (loss ≈ ln 2) as its units saturate; the residual net learns',
    config: { ...deepTanh, sigmaW: 2.5 },
    options: momentum,
    steps: 150,
  },
  diverging: {
    story: 'a linear net with σ_w = 4: plain SGD blows up within two steps; clipping the gradient to norm 1 keeps it finite and falling',
    config: { depth: 10, width: 16, activation: 'identity', sigmaW: 4, sigmaB: 0, ...unnormalized },
    options: { task: 'teacher', optimizer: { kind: 'sgd', momentum: 0 }, learningRate: 0.01, batchSize: 32, clip: null },
    steps: 200,
  },
  preLN: {
    story: 'depth 48, ReLU, Adam η = 0.002 on the spirals: the Pre-LN residual net fits them by step 300 and the gradient at its layer 0 stays 10–40 times the top\'s; the plain net stalls at chance',
    config: { ...deepReLU, norm: 'pre-ln' },
    options: adam,
    steps: 300,
  },
  postLN: {
    story: 'the same networks and η with Post-LN: the residual net stays at chance (loss ≈ ln 2) and the gradient at its layer 0 falls 10^2.4–10^4.7 below the top by step 300; at η = 0.0002 it learns, slowly',
    config: { ...deepReLU, norm: 'post-ln' },
    options: adam,
    steps: 300,
  },
} satisfies Record<string, TrainingPreset>;

export type PresetName = keyof typeof TRAINING_PRESETS;
