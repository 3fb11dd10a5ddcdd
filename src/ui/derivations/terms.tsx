// The live terms that sit under a backprop equation: which quantity, its symbol, what it is in
// words, the layer it belongs to, and its value as the core computed it.

import type { ReactNode } from 'react';
import type { HighlightQuantity } from '../../store/derivationsSlice';
import { MISSING } from '../format';
import { Log10Number } from '../Log10Number';
import type { MathId } from './derivationsTex';
import type { LayerNumbers } from './layerNumbers';
import { LiveTerm } from './LiveTerm';
import { fixedMinus } from './numbers';

export type TermQuantity = 'gradF' | 'gradFPrev' | 'meanD' | 'gradW' | 'gradB' | 'gradV' | 'jacobian' | 'lnGain';

interface TermSpec {
  symbol: (n: LayerNumbers) => MathId;
  label: string;
  /** the layer it belongs to, relative to k */
  offset: 0 | -1;
  highlight: HighlightQuantity;
  value: (n: LayerNumbers, pending: boolean) => ReactNode;
}

const log10 = (v: number | null) => (v === null ? MISSING : <Log10Number log10={v} digits={3} />);

/** A norm from the layer-detail job: "computing…" until it answers. */
const detailValue = (v: number | null, converged: boolean, pending: boolean) =>
  v === null ? (
    <span className="muted">{pending ? 'computing…' : MISSING}</span>
  ) : (
    <>
      {converged ? '' : '≈ '}
      <Log10Number log10={v} digits={3} />
    </>
  );

const TERMS: Record<TermQuantity, TermSpec> = {
  gradF: { symbol: () => 'readout.gradF', label: 'median gradient norm at layer k', offset: 0, highlight: 'gradF', value: (n) => log10(n.gradF) },
  gradFPrev: {
    symbol: () => 'term.gradFPrev',
    label: 'median gradient norm at layer k − 1',
    offset: -1,
    highlight: 'gradF',
    value: (n) => log10(n.gradFPrev),
  },
  meanD: { symbol: () => 'readout.meanD', label: 'mean slope D at layer k', offset: 0, highlight: 'meanD', value: (n) => fixedMinus(n.meanD, 3) },
  gradW: { symbol: () => 'readout.gradW', label: 'weight-gradient norm at layer k', offset: 0, highlight: 'gradW', value: (n) => log10(n.gradW) },
  gradB: { symbol: () => 'term.gradB', label: 'bias-gradient norm at layer k', offset: 0, highlight: 'gradB', value: (n) => log10(n.gradB) },
  gradV: { symbol: () => 'term.gradV', label: 'branch-weight gradient norm at layer k', offset: 0, highlight: 'gradV', value: (n) => log10(n.gradV) },
  jacobian: {
    symbol: (n) => (n.arch === 'plain' ? 'term.plainJacobian' : 'term.branchJacobian'),
    label: 'spectral norm of the layer’s backward Jacobian, first input',
    offset: 0,
    highlight: 'jacobian',
    value: (n, pending) => detailValue(n.jacobian, n.jacobianConverged, pending),
  },
  lnGain: {
    symbol: () => 'term.lnGain',
    label: 'spectral norm of the LayerNorm Jacobian, one over the spread s, first input',
    offset: 0,
    highlight: 'jacobian',
    value: (n, pending) => detailValue(n.lnGain, true, pending),
  },
};

interface TermListProps {
  numbers: LayerNumbers;
  quantities: readonly TermQuantity[];
  /** the layer-detail job is still computing */
  pending: boolean;
  /** one W, V, b for every layer */
  tied?: boolean;
}

export function TermList({ numbers, quantities, pending, tied = false }: TermListProps) {
  return (
    <span className="terms">
      {quantities.map((q) => {
        const spec = TERMS[q];
        return (
          <LiveTerm
            key={q}
            term={q}
            symbol={spec.symbol(numbers)}
            tied={tied}
            label={spec.label}
            value={spec.value(numbers, pending)}
            layer={numbers.k + spec.offset}
            highlight={{ arch: numbers.arch, quantity: spec.highlight }}
          />
        );
      })}
    </span>
  );
}
