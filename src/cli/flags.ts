// The command-line flags as one table: parsing, validation and --help all read it, so a
// flag's name, accepted values and description are written down exactly once.

import { ACTIVATIONS, ARCHS, INITS, LOSSES, NORMS, NUMERIC, type NumericSpec } from '../core/config';

/** Output formats of the result on stdout. */
export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Networks averaged per configuration. A CLI option, not a network parameter, so its range
 * lives here rather than in NUMERIC; 1000 keeps a run at default size to seconds.
 */
export const ENSEMBLE: NumericSpec = { min: 1, max: 1000, default: 1, integer: true };

/**
 * Largest dump, in weight entries (W plus V). buildNetwork holds every matrix at once, so
 * this bounds memory to ~1 GB of float64 (the text file is ~2.5× that); depth 1000 × width
 * 64 residual needs 8.2M entries, far below.
 */
export const MAX_DUMP_WEIGHTS = 2 ** 27;

type NumericKey = keyof typeof NUMERIC;

/** What a flag's value is checked against, and where the parsed value goes. */
export type FlagSpec =
  | { kind: 'numeric'; key: NumericKey; spec: NumericSpec; help: string }
  | { kind: 'ensemble'; spec: NumericSpec; help: string }
  | { kind: 'enum'; key: 'activation' | 'init' | 'loss' | 'norm' | 'arch' | 'format'; values: readonly string[]; help: string }
  | { kind: 'path'; key: 'dump'; help: string }
  /** present or absent, never followed by a value */
  | { kind: 'switch'; key: 'help' | 'tied'; help: string };

/** Every accepted flag, in the order --help lists them. */
export const FLAGS: Readonly<Record<string, FlagSpec>> = {
  '--arch': { kind: 'enum', key: 'arch', values: ARCHS, help: 'architecture(s) to compute' },
  '--depth': { kind: 'numeric', key: 'depth', spec: NUMERIC.depth, help: 'depth L: layers k = 1..L' },
  '--width': { kind: 'numeric', key: 'width', spec: NUMERIC.width, help: 'width n of every layer' },
  '--activation': { kind: 'enum', key: 'activation', values: ACTIVATIONS, help: 'activation σ' },
  '--sigma-w': { kind: 'numeric', key: 'sigmaW', spec: NUMERIC.sigmaW, help: 'σ_w: W_k entries ~ N(0, σ_w²/n)' },
  '--sigma-b': { kind: 'numeric', key: 'sigmaB', spec: NUMERIC.sigmaB, help: 'σ_b: bias entries ~ N(0, σ_b²)' },
  '--sigma-v': { kind: 'numeric', key: 'sigmaV', spec: NUMERIC.sigmaV, help: 'σ_v: V_k entries ~ N(0, σ_v²/n) (residual)' },
  '--branch-scale': { kind: 'numeric', key: 'branchScale', spec: NUMERIC.branchScale, help: 'α in F_k = F_{k-1} + α V_k σ(z_k)' },
  '--init': { kind: 'enum', key: 'init', values: INITS, help: 'weight initialisation of W_k' },
  '--batch': { kind: 'numeric', key: 'batch', spec: NUMERIC.batch, help: 'B: number of inputs x_i' },
  '--input-scale': { kind: 'numeric', key: 'inputScale', spec: NUMERIC.inputScale, help: 's: x_i ~ N(0, s² I)' },
  '--seed': { kind: 'numeric', key: 'seed', spec: NUMERIC.seed, help: 'seed of every random draw' },
  '--loss': { kind: 'enum', key: 'loss', values: LOSSES, help: 'loss at the output F_L' },
  '--norm': {
    kind: 'enum', key: 'norm', values: NORMS,
    help: 'normalization: LN of F_{k-1} before W_k (pre-ln), LN of the layer output (post-ln), BN of z_k over the batch before σ (batch)',
  },
  '--tied': { kind: 'switch', key: 'tied', help: 'every layer uses layer 1\'s W, b (and V): a recurrent network unrolled over L steps' },
  '--ensemble': { kind: 'ensemble', spec: ENSEMBLE, help: 'networks K averaged over' },
  '--format': { kind: 'enum', key: 'format', values: FORMATS, help: 'output format on stdout' },
  '--dump': { kind: 'path', key: 'dump', help: 'also write weights, inputs and loss target as JSON to FILE (needs --ensemble 1)' },
  '--help': { kind: 'switch', key: 'help', help: 'print this help and exit' },
};

export const FLAG_NAMES = Object.keys(FLAGS);

/** "an integer in [1, 10000]": the accepted values, as error messages and --help phrase them. */
export function describeAccepted(flag: FlagSpec): string {
  switch (flag.kind) {
    case 'numeric':
    case 'ensemble':
      return `${flag.spec.integer ? 'an integer' : 'a number'} in [${flag.spec.min}, ${flag.spec.max}]`;
    case 'enum':
      return `one of ${flag.values.join(', ')}`;
    case 'path':
      return 'a file path';
    case 'switch':
      return 'no value (present or absent)';
  }
}
