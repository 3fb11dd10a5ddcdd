// Which theorem the derivation sections state for a setting. Without normalization or shared
// weights they keep the lines they always had; otherwise each states the equations panel's
// backward lines for that setting (equationSets.ts), so the two never disagree, each line
// followed by the live terms it has a number for.

import type { Arch, NormName } from '../../core/config';
import { equationSet } from '../equations/equationSets';
import type { EquationId } from '../equations/tex';
import { NORM_LABELS } from '../normLabels';
import type { TermQuantity } from './terms';

export interface TheoremLine {
  id: EquationId;
  terms: readonly TermQuantity[];
}

export interface DerivationVariant {
  /** a stable name, "plain:pre-ln:tied" */
  key: string;
  arch: Arch;
  norm: NormName;
  tied: boolean;
  /** the forward lines shown above the theorem */
  forward: readonly EquationId[];
  theorem: readonly TheoremLine[];
  /** what the variant adds to the theorem's title ("" for the plain setting) */
  qualifier: string;
}

const PLAIN_THEOREM: readonly TheoremLine[] = [
  { id: 'plain.backprop.z', terms: ['gradF', 'meanD'] },
  { id: 'plain.backprop.F', terms: ['gradFPrev', 'jacobian'] },
  { id: 'plain.backprop.W', terms: ['gradW'] },
  { id: 'plain.backprop.b', terms: ['gradB'] },
];

const RESIDUAL_THEOREM: readonly TheoremLine[] = [
  { id: 'residual.backprop.V', terms: ['gradV'] },
  { id: 'residual.backprop.z', terms: ['gradF', 'meanD'] },
  { id: 'residual.backprop.W', terms: ['gradW'] },
  { id: 'residual.backprop.b', terms: ['gradB'] },
  { id: 'residual.backprop.F', terms: ['gradFPrev', 'jacobian'] },
];

/**
 * The live terms under each backward line. The Jacobian's spectral norm sits on the line that
 * carries the gradient down a layer, ‖J_LN‖₂ = 1/s on the line where LN acts; with BatchNorm
 * there is no Jacobian of one input, so neither is quoted.
 */
const TERMS: Partial<Record<EquationId, readonly TermQuantity[]>> = {
  'plain.backprop.z': ['gradF', 'meanD'],
  'plain.post-ln.backprop.z': ['gradF', 'meanD', 'lnGain'],
  'plain.batch.backprop.z': ['gradF', 'meanD'],
  'plain.backprop.F': ['gradFPrev', 'jacobian'],
  'plain.pre-ln.backprop.F': ['gradFPrev', 'jacobian', 'lnGain'],
  'plain.backprop.W': ['gradW'],
  'plain.pre-ln.backprop.W': ['gradW'],
  'plain.backprop.b': ['gradB'],
  'residual.backprop.z': ['gradF', 'meanD'],
  'residual.batch.backprop.z': ['gradF', 'meanD'],
  'residual.post-ln.backprop.G': ['gradF', 'lnGain'],
  'residual.post-ln.backprop.z': ['meanD'],
  'residual.backprop.F': ['gradFPrev', 'jacobian'],
  'residual.pre-ln.backprop.F': ['gradFPrev', 'jacobian', 'lnGain'],
  'residual.post-ln.backprop.F': ['gradFPrev', 'jacobian'],
  'residual.backprop.V': ['gradV'],
  'residual.post-ln.backprop.V': ['gradV'],
  'residual.backprop.W': ['gradW'],
  'residual.pre-ln.backprop.W': ['gradW'],
  'residual.backprop.b': ['gradB'],
};

function qualifier(norm: NormName, tied: boolean): string {
  const parts = [norm === 'none' ? '' : `with ${NORM_LABELS[norm]}`, tied ? 'shared weights' : ''].filter(Boolean);
  return parts.join(', ');
}

/** The theorem and forward lines one derivation section shows for a setting. */
export function derivationVariant(arch: Arch, norm: NormName, tied: boolean): DerivationVariant {
  const set = equationSet(arch, norm, tied);
  const plainSetting = norm === 'none' && !tied;
  const theorem = plainSetting
    ? arch === 'plain' ? PLAIN_THEOREM : RESIDUAL_THEOREM
    : set.backward.map((id) => ({ id, terms: (TERMS[id] ?? []).filter((q) => norm !== 'batch' || q !== 'jacobian') }));
  return { key: [arch, norm, ...(tied ? ['tied'] : [])].join(':'), arch, norm, tied, forward: set.forward, theorem, qualifier: qualifier(norm, tied) };
}
